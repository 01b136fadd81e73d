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
  /**
   * The resample as runs of consecutive original weeks: pairs [start, end) in `segments`. A moving-block resample is
   * ~n / blockLength runs, so a Gram over it costs that many prefix-sum differences (mediaPrefix) instead of n products.
   */
  segments: Int32Array;
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
  const runs: number[] = [];
  for (let k = 0; k < n;) {
    let e = k + 1;
    while (e < n && idx[e] === idx[e - 1] + 1) e++;
    runs.push(idx[k], idx[e - 1] + 1);
    k = e;
  }
  return { idx, y, cols, yy, Gc, xyc, liftNoise, segments: Int32Array.from(runs) };
}

/**
 * Prefix sums over the original weeks of the products a replicate's media rows need, for one media design: per channel
 * c, h_c·y, h_c·x_j for the intercept and every control j, and h_c·h_c' (c' ≤ c); unscaled (refitOnRows divides by
 * the RMS). Stored week-major, `width` products per week, so a run of weeks is two contiguous rows.
 * Why: the bootstrap refits every pooled design on each of its 200 resamples. With these computed once per design, a
 * refit sums its resample's ~n / blockLength runs instead of n weeks (≈ 5× fewer products at 156 weeks); the answer is
 * the same up to rounding.
 */
export type MediaPrefix = { width: number; data: Float64Array };

/** Offset of channel c's products within a week's row: c blocks of 1 + q + (c' + 1) products before it. */
const blockStart = (c: number, q: number) => c * (1 + q) + (c * (c + 1)) / 2;

export function mediaPrefix(problem: Problem, media: MediaState): MediaPrefix {
  const n = problem.n,
    m = media.h.length;
  const cols = [problem.ones, ...problem.controlZ];
  const q = cols.length;
  const width = blockStart(m, q);
  const data = new Float64Array((n + 1) * width);
  for (let t = 0; t < n; t++) {
    const prev = t * width,
      row = prev + width;
    let k = 0;
    for (let c = 0; c < m; c++) {
      const hc = media.h[c][t];
      data[row + k] = data[prev + k] + hc * problem.y[t];
      k++;
      for (let j = 0; j < q; j++, k++) data[row + k] = data[prev + k] + hc * cols[j][t];
      for (let c2 = 0; c2 <= c; c2++, k++) data[row + k] = data[prev + k] + hc * media.h[c2][t];
    }
  }
  return { width, data };
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
  prefix?: MediaPrefix,
): { b: Float64Array; objectives: number[] } {
  const n = problem.n,
    q = 1 + problem.controlZ.length,
    m = problem.media.length,
    p = q + m;
  const { idx, y, cols } = rows;
  // Without a prefix (a design met once, as in the local steps) the media columns are gathered in resample order.
  const hg = prefix
    ? []
    : media.h.map((h) => {
        const out = new Float64Array(n);
        for (let k = 0; k < n; k++) out[k] = h[idx[k]];
        return out;
      });
  // With a prefix: every product summed over the resample's runs at once, two contiguous rows per run.
  let runSums = new Float64Array(0);
  if (prefix) {
    const { width, data } = prefix,
      seg = rows.segments;
    runSums = new Float64Array(width);
    for (let r = 0; r < seg.length; r += 2) {
      const hi = seg[r + 1] * width,
        lo = seg[r] * width;
      for (let k = 0; k < width; k++) runSums[k] += data[hi + k] - data[lo + k];
    }
  }
  const G = new Float64Array(p * p),
    xy = new Float64Array(p);
  for (let i = 0; i < q; i++) {
    xy[i] = rows.xyc[i];
    for (let j = 0; j < q; j++) G[i * p + j] = rows.Gc[i * q + j];
  }
  const signs: SignCode[] = [problem.interceptSign, ...problem.controlSigns];
  for (let c = 0; c < m; c++) {
    const i = q + c,
      sd = media.hSd[c] > 1e-12 ? media.hSd[c] : 1;
    signs.push(media.hSd[c] > 1e-12 ? 1 : 2);
    if (prefix) {
      let k = blockStart(c, q);
      xy[i] = runSums[k++] / sd;
      for (let j = 0; j < q; j++) G[i * p + j] = G[j * p + i] = runSums[k++] / sd;
      for (let c2 = 0; c2 <= c; c2++) {
        const sd2 = media.hSd[c2] > 1e-12 ? media.hSd[c2] : 1;
        G[i * p + q + c2] = G[(q + c2) * p + i] = runSums[k++] / (sd * sd2);
      }
      continue;
    }
    const h = hg[c];
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
