import type { Problem } from "./candidate-model";
import { solveConstrainedRidge, type SignCode } from "./constrained-ridge";

/**
 * One bootstrap replicate's data: a moving-block resample of weeks (rows of KPI and design together),
 * with the control block of the Gram matrix precomputed once for every candidate refit on it.
 */
export type ReplicateRows = {
  idx: Int32Array;
  /** KPI and [intercept, controls…] gathered in resample order, so refits read contiguous memory. */
  y: Float64Array;
  cols: Float64Array[];
  yy: number;
  Gc: Float64Array;
  xyc: Float64Array;
  liftNoise: number[];
};

/** The media part of a design: saturated adstock per channel with mean and root mean square. */
export type MediaState = { h: Float64Array[]; hMean: number[]; hSd: number[] };

export function replicateRows(problem: Problem, idx: Int32Array, liftNoise: number[]): ReplicateRows {
  const n = problem.n,
    q = 1 + problem.controlZ.length;
  const gather = (v: Float64Array) => {
    const out = new Float64Array(n);
    for (let k = 0; k < n; k++) out[k] = v[idx[k]];
    return out;
  };
  const y = gather(problem.y);
  const cols = [problem.ones, ...problem.controlZ].map(gather);
  const Gc = new Float64Array(q * q),
    xyc = new Float64Array(q);
  let yy = 0;
  for (let k = 0; k < n; k++) yy += y[k] * y[k];
  for (let i = 0; i < q; i++) {
    const ci = cols[i];
    let s = 0;
    for (let k = 0; k < n; k++) s += ci[k] * y[k];
    xyc[i] = s;
    for (let j = 0; j <= i; j++) {
      const cj = cols[j];
      let g = 0;
      for (let k = 0; k < n; k++) g += ci[k] * cj[k];
      Gc[i * q + j] = Gc[j * q + i] = g;
    }
  }
  return { idx, y, cols, yy, Gc, xyc, liftNoise };
}

/**
 * Refits the sign-constrained ridge for one media design on one replicate's weeks and returns the
 * coefficients and the objectives [NRMSE, RSSD (, mean lift z², count)] on those weeks. The lift
 * pseudo-rows use the replicate's re-drawn lift results.
 */
export function refitOnRows(
  problem: Problem,
  rows: ReplicateRows,
  media: MediaState,
  penalty: Float64Array,
  liftSigma2: number,
  warm?: ArrayLike<number>,
): { b: Float64Array; objectives: number[] } {
  const n = problem.n,
    q = 1 + problem.controlZ.length,
    m = problem.media.length,
    p = q + m;
  const { idx, y, cols } = rows;
  const hg = media.h.map((h) => {
    const out = new Float64Array(n);
    for (let k = 0; k < n; k++) out[k] = h[idx[k]];
    return out;
  });
  const G = new Float64Array(p * p),
    xy = new Float64Array(p);
  for (let i = 0; i < q; i++) {
    xy[i] = rows.xyc[i];
    for (let j = 0; j < q; j++) G[i * p + j] = rows.Gc[i * q + j];
  }
  const signs: SignCode[] = [problem.interceptSign, ...problem.controlSigns];
  for (let c = 0; c < m; c++) {
    const i = q + c,
      h = hg[c],
      sd = media.hSd[c] > 1e-12 ? media.hSd[c] : 1;
    signs.push(media.hSd[c] > 1e-12 ? 1 : 2);
    let s = 0;
    for (let k = 0; k < n; k++) s += h[k] * y[k];
    xy[i] = s / sd;
    for (let j = 0; j < q; j++) {
      const cj = cols[j];
      let g = 0;
      for (let k = 0; k < n; k++) g += h[k] * cj[k];
      G[i * p + j] = G[j * p + i] = g / sd;
    }
    for (let c2 = 0; c2 <= c; c2++) {
      const h2 = hg[c2],
        sd2 = media.hSd[c2] > 1e-12 ? media.hSd[c2] : 1;
      let g = 0;
      for (let k = 0; k < n; k++) g += h[k] * h2[k];
      G[i * p + q + c2] = G[(q + c2) * p + i] = g / (sd * sd2);
    }
  }
  const Gd = G.slice(),
    xyd = xy.slice();
  const lifts = problem.lifts.map((l, k) => {
    let a = 0;
    for (let t = l.from; t <= l.to; t++) a += media.h[l.channel][t];
    a = media.hSd[l.channel] > 1e-12 ? a / media.hSd[l.channel] : 0;
    const measured = l.measured + l.se * rows.liftNoise[k];
    const j = q + l.channel,
      w = liftSigma2 / (l.se * l.se);
    G[j * p + j] += w * a * a;
    xy[j] += w * a * measured;
    return { j, a, measured, se: l.se };
  });
  const b = solveConstrainedRidge(G, xy, penalty, signs, warm);
  let sse = rows.yy;
  for (let i = 0; i < p; i++) {
    let gi = 0;
    for (let j = 0; j < p; j++) gi += Gd[i * p + j] * b[j];
    sse += b[i] * gi - 2 * b[i] * xyd[i];
  }
  let total = 0;
  const contrib = media.h.map((_, c) => {
    const v = media.hSd[c] > 1e-12 ? (b[q + c] / media.hSd[c]) * media.hMean[c] : 0;
    total += v;
    return v;
  });
  let rssd = 0;
  for (let c = 0; c < m; c++) rssd += ((total > 0 ? contrib[c] / total : 0) - problem.spendShare[c]) ** 2;
  const objectives = [Math.sqrt(Math.max(sse, 0) / n) / problem.yRange, Math.sqrt(rssd)];
  if (lifts.length) {
    let z2 = 0;
    for (const l of lifts) z2 += ((l.a * b[l.j] - l.measured) / l.se) ** 2;
    objectives.push(z2 / lifts.length, lifts.length);
  }
  return { b, objectives };
}
