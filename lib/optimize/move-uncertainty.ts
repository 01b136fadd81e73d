import { drawResponse, type DrawCurves } from "./draw-curves";

/** Channels whose share of the disagreement is below this are not named (they barely move the verdict). */
export const HINGE_MIN_SHARE = 0.1;
/** At most this many channels are named. */
const HINGE_MAX = 3;

export type Hinge = { channel: string; share: number };

/**
 * Which channels a refused move hinges on: the draws disagree about the move's gain over the current mix, and this
 * splits that disagreement by channel. The gain is separable, G_d = Σ_c g_c,d with g_c,d = margin · (f_c,d(x_c) −
 * f_c,d(current_c)) minus the spend change (the same in every draw), so Var(G) = Σ_c Cov(g_c, G) exactly, and channel
 * c's share is Cov(g_c, G) / Var(G) (shares sum to 1; one that offsets the others is negative). Channels with a share
 * of at least HINGE_MIN_SHARE are returned, largest first, at most three.
 * Why: when the Planner keeps the current mix, "the draws disagree" alone tells the user nothing they can act on. The
 * channel that carries the disagreement is the one whose response an experiment (a lift test) should measure; on the
 * decision benchmark one lift test per always-on channel cut the ROI error from 51 % to 13 % (bench/README-decisions.md).
 * Returns [] without draws, for no move, or when every draw agrees exactly.
 * @example moveHingesOn(curves, ["tv", "search"], [50, 50], [60, 40]) // [{ channel: "search", share: 0.8 }, …]
 */
export function moveHingesOn(curves: DrawCurves, names: readonly string[], current: ArrayLike<number>, x: ArrayLike<number>, margin = 1): Hinge[] {
  const D = curves.draws;
  if (!curves.fromDraws || D < 2) return [];
  const per = names.map((_, c) => {
    const g = new Float64Array(D);
    if (x[c] !== current[c]) for (let d = 0; d < D; d++) g[d] = margin * (drawResponse(curves, c, d, x[c]) - drawResponse(curves, c, d, current[c]));
    return g;
  });
  const total = new Float64Array(D);
  for (const g of per) for (let d = 0; d < D; d++) total[d] += g[d];
  const mean = (v: Float64Array) => v.reduce((a, b) => a + b, 0) / D;
  const mt = mean(total);
  let varTotal = 0;
  for (let d = 0; d < D; d++) varTotal += (total[d] - mt) ** 2;
  // Relative to the gain's own size: below this the draws agree (rounding noise, not disagreement).
  const scale = total.reduce((a, v) => Math.max(a, Math.abs(v)), 0);
  if (!(varTotal > D * (1e-12 * scale) ** 2)) return [];
  return per
    .map((g, c) => {
      const mg = mean(g);
      let cov = 0;
      for (let d = 0; d < D; d++) cov += (g[d] - mg) * (total[d] - mt);
      return { channel: names[c], share: cov / varTotal };
    })
    .filter((h) => h.share >= HINGE_MIN_SHARE)
    .sort((a, b) => b.share - a.share)
    .slice(0, HINGE_MAX);
}
