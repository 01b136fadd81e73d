import type { ResponseModel } from "../mmm/types";

/**
 * The response curves a plan is judged on, packed for speed: per channel, the Hill parameters of every bootstrap
 * draw (or of the point estimate alone when the model has no draws). Every curve is the steady-state weekly KPI
 * of a constant weekly spend (adstock weights sum to 1, see response-curve.ts).
 */
export type DrawCurves = {
  /** Number of draws (1 = the point estimate only). */
  draws: number;
  /** True when the curves are bootstrap draws, false when they are the point estimate. */
  fromDraws: boolean;
  /** Per channel, per draw: alpha, ln gamma, beta. */
  alpha: Float64Array[];
  logGamma: Float64Array[];
  beta: Float64Array[];
};

export function drawCurves(model: ResponseModel): DrawCurves {
  const draws = model.draws && model.draws.length > 0 ? model.draws : undefined;
  const sets = draws ?? [model.channels];
  const D = sets.length;
  const alpha: Float64Array[] = [], logGamma: Float64Array[] = [], beta: Float64Array[] = [];
  model.channels.forEach((_, c) => {
    const a = new Float64Array(D), g = new Float64Array(D), b = new Float64Array(D);
    for (let d = 0; d < D; d++) {
      const s = sets[d][c].saturation;
      a[d] = s.alpha;
      g[d] = Math.log(s.gamma);
      b[d] = s.beta;
    }
    alpha.push(a);
    logGamma.push(g);
    beta.push(b);
  });
  return { draws: D, fromDraws: Boolean(draws), alpha, logGamma, beta };
}

/** Weekly KPI of channel c at weekly spend x under draw d: beta · r/(1+r), r = (x/gamma)^alpha. */
export function drawResponse(curves: DrawCurves, c: number, d: number, x: number): number {
  if (x <= 0) return 0;
  const r = Math.exp(curves.alpha[c][d] * (Math.log(x) - curves.logGamma[c][d]));
  return Number.isFinite(r) ? (curves.beta[c][d] * r) / (1 + r) : curves.beta[c][d];
}

/**
 * The expected response of channel c over the draws, E_d[f_{c,d}(x)]. Because the expectation of a sum is the sum
 * of the expectations, Σ_c E[f_c(x_c)] is the expected total, so maximising the expected outcome stays separable
 * by channel — but an average of Hill curves is not a Hill curve (it can bend more than once), which is why the
 * expected-value plan is solved by maximizeSeparable rather than the Hill-specific allocator.
 */
export function expectedResponse(curves: DrawCurves, c: number): (x: number) => number {
  const a = curves.alpha[c], g = curves.logGamma[c], b = curves.beta[c], D = curves.draws;
  return (x: number) => {
    if (x <= 0) return 0;
    const lx = Math.log(x);
    let s = 0;
    for (let d = 0; d < D; d++) {
      const r = Math.exp(a[d] * (lx - g[d]));
      s += Number.isFinite(r) ? (b[d] * r) / (1 + r) : b[d];
    }
    return s / D;
  };
}

/** d/dx of the expected response (the mean of the draws' Hill derivatives). */
export function expectedMarginal(curves: DrawCurves, c: number, x: number): number {
  const a = curves.alpha[c], g = curves.logGamma[c], b = curves.beta[c], D = curves.draws;
  let s = 0;
  for (let d = 0; d < D; d++) {
    if (x <= 0) {
      s += a[d] < 1 ? Infinity : a[d] === 1 ? b[d] / Math.exp(g[d]) : 0;
      continue;
    }
    const r = Math.exp(a[d] * (Math.log(x) - g[d]));
    if (Number.isFinite(r)) s += (b[d] * a[d] * r) / (x * (1 + r) * (1 + r));
  }
  return s / D;
}

/** Total weekly KPI of an allocation (channel order) under every draw. */
export function revenueByDraw(curves: DrawCurves, x: ArrayLike<number>): Float64Array {
  const out = new Float64Array(curves.draws);
  for (let c = 0; c < x.length; c++) {
    if (!(x[c] > 0)) continue;
    for (let d = 0; d < curves.draws; d++) out[d] += drawResponse(curves, c, d, x[c]);
  }
  return out;
}
