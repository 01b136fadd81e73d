/**
 * A driver's contribution to a classifier's log-odds, in plain words for the page: "raises risk a lot". A
 * contribution c multiplies the odds by e^c, so the words follow the odds: |c| ≥ 1 (odds × 2.7 or more) is "a lot",
 * |c| ≥ 0.3 (odds × 1.35 or more) "somewhat", smaller "a little".
 *
 * @example describeEffect(1.6, { up: "raises risk", down: "lowers risk" }) // "raises risk a lot"
 */
export function describeEffect(effect: number, words: { up: string; down: string }): string {
  if (!Number.isFinite(effect)) throw new Error("describeEffect: effect must be a finite number");
  const size = Math.abs(effect);
  return `${effect >= 0 ? words.up : words.down} ${size >= 1 ? "a lot" : size >= 0.3 ? "somewhat" : "a little"}`;
}
