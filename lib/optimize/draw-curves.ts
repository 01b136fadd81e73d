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

/** Packed curves per model object: the Planner calls the optimizer many times (allocation curve, targets) on one model. */
const packed = new WeakMap<ResponseModel, DrawCurves>();

export function drawCurves(model: ResponseModel): DrawCurves {
  const hit = packed.get(model);
  if (hit && hit.alpha.length === model.channels.length) return hit;
  const made = packCurves(model);
  packed.set(model, made);
  return made;
}

function packCurves(model: ResponseModel): DrawCurves {
  const draws = model.draws && model.draws.length > 0 ? model.draws : undefined;
  const sets = draws ?? [model.channels];
  const D = sets.length;
  const alpha: Float64Array[] = [],
    logGamma: Float64Array[] = [],
    beta: Float64Array[] = [];
  model.channels.forEach((_, c) => {
    const a = new Float64Array(D),
      g = new Float64Array(D),
      b = new Float64Array(D);
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
  const a = curves.alpha[c],
    g = curves.logGamma[c],
    b = curves.beta[c],
    D = curves.draws;
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

/** Points of a tabulated expected curve (cubic Hermite interpolation between them). */
export const TABLE_POINTS = 1024;
const tables = new WeakMap<DrawCurves, Map<number, { upTo: number; values: Float64Array }>>();

/**
 * expectedResponse tabulated on [0, upTo] (TABLE_POINTS + 1 points, cubic Hermite interpolation with central-difference
 * slopes, so the interpolated curve has a continuous slope and an optimum falls between knots, not on them; exact
 * beyond upTo), cached
 * per curves and channel. Why: a dynamic program evaluates each channel's curve at ~1,000 spends and the polish at
 * thousands more, each an average over ~200 draws; tabulating once makes an expected-value plan a few milliseconds, so
 * the Planner's allocation curve (31 plans) and target searches stay interactive. Interpolation error is
 * third order in the step (upTo / 1024) for smooth Hill shapes away from x ≈ 0.
 */
export function expectedTable(curves: DrawCurves, c: number, upTo: number): (x: number) => number {
  const exact = expectedResponse(curves, c);
  if (!(upTo > 0) || !Number.isFinite(upTo)) return exact;
  let perChannel = tables.get(curves);
  if (!perChannel) tables.set(curves, (perChannel = new Map()));
  let t = perChannel.get(c);
  if (!t || t.upTo < upTo) {
    const top = Math.max(upTo, t ? 2 * t.upTo : 0);
    const values = new Float64Array(TABLE_POINTS + 1);
    for (let k = 0; k <= TABLE_POINTS; k++) values[k] = exact((top * k) / TABLE_POINTS);
    t = { upTo: top, values };
    perChannel.set(c, t);
  }
  const { values, upTo: span } = t;
  const scale = TABLE_POINTS / span;
  // Slopes per knot in table units (central differences, one-sided at the ends).
  const slope = (k: number) =>
    k <= 0 ? values[1] - values[0] : k >= TABLE_POINTS ? values[TABLE_POINTS] - values[TABLE_POINTS - 1] : 0.5 * (values[k + 1] - values[k - 1]);
  return (x: number) => {
    if (x <= 0) return 0;
    if (x >= span) return exact(x);
    const pos = x * scale,
      k = Math.floor(pos),
      w = pos - k;
    const w2 = w * w,
      w3 = w2 * w;
    return (2 * w3 - 3 * w2 + 1) * values[k] + (w3 - 2 * w2 + w) * slope(k) + (-2 * w3 + 3 * w2) * values[k + 1] + (w3 - w2) * slope(k + 1);
  };
}

/** d/dx of the expected response (the mean of the draws' Hill derivatives). */
export function expectedMarginal(curves: DrawCurves, c: number, x: number): number {
  const a = curves.alpha[c],
    g = curves.logGamma[c],
    b = curves.beta[c],
    D = curves.draws;
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
