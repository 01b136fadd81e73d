/**
 * 1-based ranks with ties sharing their average rank (the "fractional" ranking used by
 * Mann–Whitney U and Spearman's rho), so tied scores neither help nor hurt.
 *
 * @param values numbers to rank; NaN is rejected because it has no order.
 * @throws {Error} when a value is NaN.
 * @example averageRanks([10, 20, 20, 5]) // [2, 3.5, 3.5, 1]
 */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((_, i) => i);
  for (const v of values) if (Number.isNaN(v)) throw new Error("averageRanks: NaN cannot be ranked");
  order.sort((a, b) => values[a] - values[b]);
  const ranks = new Array<number>(values.length);
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && values[order[j + 1]] === values[order[i]]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k]] = rank;
    i = j + 1;
  }
  return ranks;
}
