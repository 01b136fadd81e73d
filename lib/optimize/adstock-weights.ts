import type { Adstock } from "../mmm/types";

/**
 * Lag weights w[0..maxLag] of an adstock, normalised to sum to 1 (the contract in lib/mmm/types.ts),
 * so adstocked spend at week t is Σ_l w[l]·spend[t − l] and a constant spend keeps its level.
 *
 * Weibull forms follow Robyn (adstock_weibull): the scale is a fraction of the window, scale·maxLag;
 * "cdf" chains survival probabilities, w[l] = Π_{k=1..l} (1 − CDF(k)); "pdf" uses the density at
 * l + 1 (Robyn's 1-based lag index, which keeps w[0] finite for shape < 1).
 * Degenerate parameters (all weights 0 or non-finite) fall back to no carryover, w = [1].
 */
export function adstockWeights(adstock: Adstock): number[] {
  const maxLag = Math.max(0, Math.floor(adstock.maxLag));
  const w: number[] = new Array(maxLag + 1).fill(0);
  if (adstock.type === "geometric") {
    for (let l = 0; l <= maxLag; l++) w[l] = Math.pow(adstock.theta, l);
  } else {
    const k = adstock.shape;
    const lambda = Math.max(adstock.scale * Math.max(maxLag, 1), 1e-9);
    if (adstock.type === "weibull-cdf") {
      let survival = 1;
      for (let l = 0; l <= maxLag; l++) {
        if (l > 0) survival *= Math.exp(-Math.pow(l / lambda, k));
        w[l] = survival;
      }
    } else {
      for (let l = 0; l <= maxLag; l++) {
        const x = (l + 1) / lambda;
        w[l] = (k / lambda) * Math.pow(x, k - 1) * Math.exp(-Math.pow(x, k));
      }
    }
  }
  const total = w.reduce((a, b) => a + b, 0);
  if (!(total > 0) || !Number.isFinite(total)) return [1];
  return w.map((v) => v / total);
}
