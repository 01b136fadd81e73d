import type { Adstock } from "./types";
import { adstockWeights, applyAdstock, hillShape } from "../math/response-curve";
import { solveConstrainedRidge, type SignCode } from "./constrained-ridge";

/**
 * One hyperparameter point of the search → a fitted ridge model and its objectives.
 *
 * Design columns are [intercept, controls…, media…]. Controls are centred and scaled (full-window
 * statistics), so the intercept is the KPI at average controls and zero media, constrained ≥ 0 as in Robyn.
 * Media columns are the saturated adstock h divided by its root mean square but NOT centred: the ridge
 * penalty then acts on each channel's weekly effect size. (Centring them, as glmnet does, leaves a nearly
 * saturated h — almost an on/off dummy with tiny sd — unpenalised and free to trade against the intercept,
 * which produced absurd ROIs on weakly identified channels.) No centring depends on the rows used, so Gram
 * matrices can be summed over time segments: the cross-validation folds and the full fit share one pass.
 * The control block never changes between candidates and is precomputed; each candidate only adds the
 * media rows/columns (O(weeks × columns)), which keeps an evaluation near a millisecond.
 */
export type AdstockKind = "geometric" | "weibull-cdf" | "weibull-pdf";

export type LiftTest = { channel: number; from: number; to: number; measured: number; se: number };

export type Problem = {
  n: number;
  y: Float64Array;
  /** Column of ones (the intercept). */
  ones: Float64Array;
  yy: number;
  yRange: number;
  media: { name: string; spend: Float64Array; total: number; scale: number }[];
  spendShare: number[];
  controlNames: string[];
  /** Standardised control columns. */
  controlZ: Float64Array[];
  controlMean: number[];
  controlSd: number[];
  controlSigns: SignCode[];
  /** 1 (intercept ≥ 0) when the KPI is never negative, else 0. */
  interceptSign: SignCode;
  kind: AdstockKind;
  maxLag: number;
  /** Segment boundaries [0, b1, …, n]; fold f trains on segments 0..f and tests on segment f+1. */
  bounds: number[];
  lambdas: number[];
  lifts: LiftTest[];
  /** Per segment: Gram and X'y of the intercept + control block (q = 1 + controls). */
  segGram: Float64Array[];
  segXy: Float64Array[];
  segYy: number[];
};

export type Hyper = { adstock: Adstock; alpha: number; gamma: number }[];

export const paramsPerChannel = (kind: AdstockKind) => (kind === "geometric" ? 3 : 4);

/**
 * Hill gamma is searched between these quantiles of the channel's adstocked spend in the weeks it spends (the
 * candidate's own adstock, weeks before the first full lag window left out because their adstock misses the spend
 * before the data).
 * Why: a half-saturation point outside the data is not identified by it. Above the largest adstocked level the
 * curve is still convex or steep where the data end, the fit cannot tell how it continues, and the optimizer
 * extrapolated it into plans that poured the budget into one channel (issue 18: fitted gamma 1.3–7× the largest
 * weekly spend). Below the lowest levels the curve is flat across the data, an on/off switch an always-on channel
 * cannot separate from the intercept. Robyn bounds gamma the same way (gamma ∈ [0.3, 1] of the adstocked range);
 * we use quantiles of the adstocked level in the weeks the channel spends (log-uniform between them) so that dark
 * weeks and one low week do not move the lower end. The 10 % quantile leaves 90 % of the spending weeks above it,
 * where the curve bends.
 * Why the weeks with spend, not the weeks with a non-zero adstock (the rule until the ninth session): after each
 * flight of a bursty channel the adstock decays geometrically, so every off week holds a small positive value
 * (θ^k × the flight's spend). With short carryover those tails were most of the "non-zero" weeks, the 10 % quantile
 * fell to 0.1–4 % of the largest weekly spend, and the search used it: a near-step Hill (gamma 180 against flights of
 * 20,000–90,000) says any spend above a token amount earns the full effect. On a fresh set of random structures 15 of
 * 116 fitted channels, all bursty, had such a gamma, and one plan cut the best channel (tv, true ROI 2.17, read 0.88
 * [0.26, 1.30]) by 88 % and lost 29.6 % against the current mix (bench/README-decisions.md, ninth session).
 */
export const GAMMA_QUANTILES = [0.1, 1] as const;
export const logRange = (u: number, lo: number, hi: number) => Math.exp(Math.log(lo) + u * (Math.log(hi) - Math.log(lo)));

/**
 * The [low, high] gamma range of one channel under one adstock: GAMMA_QUANTILES of its adstocked weekly spend over
 * the weeks with spend (past the first lag window). Falls back to the non-zero raw spend when no such week is left,
 * and to [1, 1] for a channel that never spends.
 */
export function gammaRange(spend: ArrayLike<number>, weights: ArrayLike<number>, buffer?: Float64Array): [number, number] {
  const n = spend.length;
  const a = applyAdstock(spend, weights, buffer);
  const skip = Math.min(weights.length - 1, Math.floor(n / 4));
  // The search calls this for every channel of every candidate: positives go to a reused scratch array and the
  // quantiles come from quickselect (O(n)) rather than filter + sort.
  if (scratch.length < n) scratch = new Float64Array(n);
  let m = 0;
  for (let t = skip; t < n; t++) if (spend[t] > 0 && a[t] > 0) scratch[m++] = a[t];
  if (m === 0) for (let t = 0; t < n; t++) if (spend[t] > 0) scratch[m++] = spend[t];
  if (m === 0) return [1, 1];
  const q = (p: number) => {
    const pos = (m - 1) * p,
      lo = Math.floor(pos),
      frac = pos - lo;
    const vLo = selectKth(scratch, m, lo);
    if (frac === 0) return vLo;
    // After selection everything right of lo is ≥ vLo: the next order statistic is their minimum.
    let next = Infinity;
    for (let i = lo + 1; i < m; i++) if (scratch[i] < next) next = scratch[i];
    return vLo + (next - vLo) * frac;
  };
  return [q(GAMMA_QUANTILES[0]), q(GAMMA_QUANTILES[1])];
}

let scratch = new Float64Array(0);

/** k-th smallest (0-based) of a[0..m) by quickselect (Hoare partition, middle pivot); reorders a[0..m). */
function selectKth(a: Float64Array, m: number, k: number): number {
  let lo = 0,
    hi = m - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1];
    let i = lo,
      j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k];
  }
  return a[k];
}

/**
 * Unit-cube coordinates → adstock and Hill parameters (gamma in spend units). Ranges follow Robyn's
 * recommended bounds, widened a little: geometric decay 0–0.9; Weibull shape 0.3–5 (cdf) / 0.5–10 (pdf),
 * scale 0.02–0.6 of maxLag; Hill alpha 0.5–3; gamma inside the channel's observed adstocked range (gammaRange).
 */
export function decodeHyper(problem: Problem, u: ArrayLike<number>): Hyper {
  const buffer = new Float64Array(problem.n);
  return problem.media.map((_, c) => decodeChannel(problem, u, c, buffer));
}

/** decodeHyper for one channel (the bootstrap's local steps move one channel at a time). */
export function decodeChannel(problem: Problem, u: ArrayLike<number>, c: number, buffer?: Float64Array): Hyper[number] {
  const k = paramsPerChannel(problem.kind);
  const ch = problem.media[c];
  {
    const o = c * k;
    let adstock: Adstock;
    if (problem.kind === "geometric") adstock = { type: "geometric", theta: 0.9 * u[o], maxLag: problem.maxLag };
    else {
      const shape = problem.kind === "weibull-cdf" ? logRange(u[o], 0.3, 5) : logRange(u[o], 0.5, 10);
      adstock = { type: problem.kind, shape, scale: logRange(u[o + 1], 0.02, 0.6), maxLag: problem.maxLag };
    }
    const [lo, hi] = gammaRange(ch.spend, adstockWeights(adstock), buffer);
    return { adstock, alpha: 0.5 + 2.5 * u[o + k - 2], gamma: logRange(u[o + k - 1], lo, hi) };
  }
}

/**
 * Prior on the Hill shape: the kernel of log α ~ N(0, s²) with s = ln 3 / 1.645, peaking at α = 1 (a plain concave
 * curve); the search range's top (3) sits at its 95th percentile. On the search's uniform-in-α coordinates this is not
 * the log-normal itself (hyperPenalty says what it is).
 * Why: the data rarely pin α, and a maximum-likelihood search drifted to α ≈ 3 (a near step at gamma) for most
 * channels of the decision benchmark, including concave ones (α = 1 in truth), because a step fits a few weeks of
 * noise; the step then made the channel's marginal return collapse or explode right where the planner moved spend.
 */
export const ALPHA_PRIOR_SD = Math.log(3) / 1.645;

/**
 * −2·log prior density of a candidate's hyperparameters (up to a constant): Σ_c (ln α_c / ALPHA_PRIOR_SD)². Added to
 * the deviance n·ln(NRMSE²) (which is −2·log likelihood up to a constant) wherever candidates are ranked, sampled (the
 * bootstrap's walk, the geo model's shape chain) or averaged (shape-averaged-roi.ts).
 * What prior that is, precisely: the search's coordinates are uniform in α (α = 0.5 + 2.5u), so what the samplers draw
 * from is exp(−(ln α)²/2s²) on a uniform base, not the log-normal density (which has a further 1/α). Its peak is at
 * α = 1 (the search's mode), but its median on [0.5, 3] is 1.41: it leans toward S-shapes. Measured in the sixth
 * session with the 1/α added (median 1.09, Meridian's default fixes the slope at 1): the geo benchmark's concave
 * channels read closer to the truth (pooled |error| 15.1 → 13.3 %; social, true α = 1, −22 → −8 %), while the decision
 * benchmark, whose channels are S-shaped half the time, read ROIs 9 points higher (identified channels' |error|
 * 23.7 → 25.6 %), and one demo plan lost 4.5 % (bench/README-decisions.md). Not kept: the evidence splits with the
 * truth's shapes, and Robyn's default (uniform α on [0.5, 3], median 1.75) leans further the other way.
 */
export function hyperPenalty(problem: Problem, u: ArrayLike<number>): number {
  const k = paramsPerChannel(problem.kind);
  let s = 0;
  for (let c = 0; c < problem.media.length; c++) s += (Math.log(0.5 + 2.5 * u[c * k + k - 2]) / ALPHA_PRIOR_SD) ** 2;
  return s;
}

export type LiftRow = { j: number; a: number; weight: number; measured: number; se: number };

export type CandidateFit = {
  hyper: Hyper;
  /** Saturated adstock h_{c,t} per channel (in [0,1)). */
  h: Float64Array[];
  hMean: number[];
  /** Root mean square of h (the media column is h / hSd; β = b / hSd in KPI units). */
  hSd: number[];
  /** Full-window Gram (no penalty, with lift pseudo-rows) and X'y; p = 1 + controls + media. */
  gram: Float64Array;
  xy: Float64Array;
  penalty: Float64Array;
  signs: SignCode[];
  lambda: number;
  /** Lift pseudo-rows: column j, coefficient a (implied lift = a·b_j), weight σ²/se², measured lift — to rebuild X'y in the bootstrap. */
  liftRows: LiftRow[];
  /** Residual variance σ² that weights the lift pseudo-rows (0 without lift tests). */
  liftSigma2: number;
  b: Float64Array;
  objectives: number[];
  sse: number;
  /** Σ h over each lift test's weeks (lift-test order), to rebuild the implied lifts of a refit. */
  liftSums: number[];
  /**
   * Out-of-sample squared error of time-series cross-validation at the chosen λ: fold f trains on the weeks before
   * segment f+1 and forecasts it (expanding window, 3 folds: the last 45 % of the weeks forecast in three steps).
   * NaN when not computed (one λ and no `cv` option).
   */
  cvSse: number;
};

/** Fits the ridge for one hyperparameter point; the result carries everything the bootstrap needs. */
/** Saturated adstock h_t = Hill(adstock(spend)_t) of one channel, with its mean and root mean square. */
export function saturatedAdstock(spend: Float64Array, hp: Hyper[number], out?: Float64Array): { h: Float64Array; mean: number; rms: number } {
  const n = spend.length;
  const h = applyAdstock(spend, adstockWeights(hp.adstock), out ?? new Float64Array(n));
  let s = 0,
    s2 = 0;
  for (let t = 0; t < n; t++) {
    const v = hillShape(h[t], hp.alpha, hp.gamma);
    h[t] = v;
    s += v;
    s2 += v * v;
  }
  return { h, mean: s / n, rms: Math.sqrt(s2 / n) };
}

/**
 * @param options.cv compute the cross-validation error (cvSse) even with a single λ
 * @param options.pinned media channels whose coefficient is held at zero (channels the fit found unidentified)
 */
export function fitCandidate(
  problem: Problem,
  hyper: Hyper,
  lambdas: number[] = problem.lambdas,
  options: { cv?: boolean; pinned?: ArrayLike<boolean> } = {},
): CandidateFit {
  const { n, media, controlZ, bounds } = problem;
  const m = media.length,
    q = 1 + controlZ.length,
    p = q + m;
  const S = bounds.length - 1;
  const h: Float64Array[] = [],
    hMean: number[] = [],
    hSd: number[] = [];
  const z: Float64Array[] = [];
  const ad = new Float64Array(n);
  for (let c = 0; c < m; c++) {
    const w = adstockWeights(hyper[c].adstock);
    applyAdstock(media[c].spend, w, ad);
    const hc = new Float64Array(n);
    let s = 0;
    for (let t = 0; t < n; t++) {
      hc[t] = hillShape(ad[t], hyper[c].alpha, hyper[c].gamma);
      s += hc[t];
    }
    const mean = s / n;
    let v = 0;
    for (let t = 0; t < n; t++) v += hc[t] * hc[t];
    const sd = Math.sqrt(v / n);
    const zc = new Float64Array(n);
    if (sd > 1e-12) for (let t = 0; t < n; t++) zc[t] = hc[t] / sd;
    h.push(hc);
    hMean.push(mean);
    hSd.push(sd);
    z.push(zc);
  }
  const signs: SignCode[] = [problem.interceptSign, ...problem.controlSigns];
  for (let c = 0; c < m; c++) signs.push(hSd[c] > 1e-12 && !options.pinned?.[c] ? 1 : 2);
  // Per-segment Gram of the full design.
  const segG: Float64Array[] = [],
    segC: Float64Array[] = [];
  const cols: Float64Array[] = [problem.ones, ...controlZ, ...z];
  const yv = problem.y;
  for (let s = 0; s < S; s++) {
    const G = new Float64Array(p * p),
      cxy = new Float64Array(p);
    const g0 = problem.segGram[s],
      c0 = problem.segXy[s];
    const t0 = bounds[s],
      t1 = bounds[s + 1];
    for (let i = 0; i < q; i++) {
      cxy[i] = c0[i];
      for (let j = 0; j < q; j++) G[i * p + j] = g0[i * q + j];
    }
    for (let c = 0; c < m; c++) {
      const i = q + c,
        zc = z[c];
      let sy = 0;
      for (let t = t0; t < t1; t++) sy += zc[t] * yv[t];
      cxy[i] = sy;
      for (let j = 0; j <= i; j++) {
        const cj = cols[j];
        let acc = 0;
        for (let t = t0; t < t1; t++) acc += zc[t] * cj[t];
        G[i * p + j] = G[j * p + i] = acc;
      }
    }
    segG.push(G);
    segC.push(cxy);
  }
  const sumSegs = (upto: number) => {
    const G = new Float64Array(p * p),
      c = new Float64Array(p);
    let rows = 0,
      yy = 0;
    for (let s = 0; s < upto; s++) {
      for (let k = 0; k < p * p; k++) G[k] += segG[s][k];
      for (let k = 0; k < p; k++) c[k] += segC[s][k];
      rows += bounds[s + 1] - bounds[s];
      yy += problem.segYy[s];
    }
    return { G, c, rows, yy };
  };
  const quadSse = (G: ArrayLike<number>, c: ArrayLike<number>, yy: number, b: ArrayLike<number>) => {
    let s = yy;
    for (let i = 0; i < p; i++) {
      s -= 2 * b[i] * c[i];
      let gi = 0;
      for (let j = 0; j < p; j++) gi += G[i * p + j] * b[j];
      s += b[i] * gi;
    }
    return s;
  };
  const penaltyFor = (lambda: number, rows: number) => {
    const pen = new Float64Array(p);
    for (let j = 1; j < p; j++) pen[j] = lambda * rows;
    return pen;
  };
  // Lift tests as Gaussian pseudo-observations of b_c·Σ_{t∈W} z-free contribution: implied lift is
  // β_c·Σ_W h = b_c·(Σ_W h)/sd_c, so the row is e_c·(Σ_W h)/sd_c with weight σ²/se² (σ² from an uncalibrated fit).
  const full = sumSegs(S);
  const liftRows: LiftRow[] = [];
  const liftSums = problem.lifts.map((l) => {
    let s = 0;
    for (let t = l.from; t <= l.to; t++) s += h[l.channel][t];
    return s;
  });
  const addLift = (G: Float64Array, c: Float64Array, sigma2: number, record: boolean) => {
    problem.lifts.forEach((l, k) => {
      const j = q + l.channel;
      if (hSd[l.channel] <= 1e-12) return;
      const a = liftSums[k] / hSd[l.channel];
      const w = sigma2 / (l.se * l.se);
      G[j * p + j] += w * a * a;
      c[j] += w * a * l.measured;
      if (record) liftRows.push({ j, a, weight: w, measured: l.measured, se: l.se });
    });
  };
  let sigma2 = 0;
  if (problem.lifts.length) {
    const b0 = solveConstrainedRidge(full.G, full.c, penaltyFor(lambdas[0], n), signs);
    sigma2 = Math.max(quadSse(full.G, full.c, full.yy, b0), 1e-12) / Math.max(n - p, 1);
  }
  // Time-series cross-validation over expanding windows picks λ.
  let bestLambda = lambdas[0],
    bestCv = lambdas.length > 1 || options.cv ? Infinity : NaN;
  if (lambdas.length > 1 || options.cv) {
    const folds = [];
    for (let f = 1; f < S; f++) {
      const train = sumSegs(f);
      if (problem.lifts.length) addLift(train.G, train.c, sigma2, false);
      folds.push({ train, G: segG[f], c: segC[f], yy: problem.segYy[f] });
    }
    for (const lambda of lambdas) {
      let cv = 0;
      for (const fold of folds) {
        try {
          const b = solveConstrainedRidge(fold.train.G, fold.train.c, penaltyFor(lambda, fold.train.rows), signs);
          cv += quadSse(fold.G, fold.c, fold.yy, b);
        } catch {
          // A short early fold can be numerically singular at a tiny λ: that λ just loses the vote.
          cv = Infinity;
        }
      }
      if (cv < bestCv) {
        bestCv = cv;
        bestLambda = lambda;
      }
    }
  }
  const G = full.G,
    xy = full.c;
  const sseRaw = (b: ArrayLike<number>) => quadSse(G, xy, full.yy, b);
  if (problem.lifts.length) addLift(G, xy, sigma2, true);
  const penalty = penaltyFor(bestLambda, n);
  const b = solveConstrainedRidge(G, xy, penalty, signs);
  // SSE of the data rows only: remove the lift pseudo-rows' share from the quadratic form.
  let sse = sseRaw(b);
  for (const lr of liftRows) {
    // sseRaw used the augmented G and xy: remove w·(a·b)² − 2·w·m·(a·b) to keep the data rows only.
    const implied = lr.a * b[lr.j];
    sse -= lr.weight * implied * implied - 2 * lr.weight * lr.measured * implied;
  }
  sse = Math.max(sse, 0);
  const objectives = candidateObjectives(problem, b, hMean, hSd, liftSums, sse, q);
  return { hyper, h, hMean, hSd, gram: G, xy, penalty, signs, lambda: bestLambda, liftRows, liftSigma2: sigma2, b, objectives, sse, liftSums, cvSse: bestCv };
}

/**
 * The same candidate (hyperparameters, λ, lift rows) refitted with some media coefficients pinned at zero — the
 * "without these channels" model of a likelihood-ratio test. Cheap: one constrained solve on the stored Gram.
 * @returns coefficients, objectives and data SSE of the restricted fit
 */
export function refitPinned(problem: Problem, fit: CandidateFit, pinned: ArrayLike<boolean>): { b: Float64Array; objectives: number[]; sse: number } {
  const q = 1 + problem.controlZ.length,
    p = fit.xy.length;
  const signs = fit.signs.slice();
  for (let c = 0; c < pinned.length; c++) if (pinned[c]) signs[q + c] = 2;
  const b = solveConstrainedRidge(fit.gram, fit.xy, fit.penalty, signs, fit.b);
  // Data-row SSE: the quadratic form on the lift-augmented Gram, minus the lift pseudo-rows' share.
  let sse = problem.yy;
  for (let i = 0; i < p; i++) {
    let gi = 0;
    for (let j = 0; j < p; j++) gi += fit.gram[i * p + j] * b[j];
    sse += b[i] * gi - 2 * b[i] * fit.xy[i];
  }
  for (const lr of fit.liftRows) {
    const implied = lr.a * b[lr.j];
    sse -= lr.weight * implied * implied - 2 * lr.weight * lr.measured * implied;
  }
  sse = Math.max(sse, 0);
  return { b, objectives: candidateObjectives(problem, b, fit.hMean, fit.hSd, fit.liftSums, sse, q), sse };
}

/**
 * [NRMSE, DECOMP.RSSD (, mean lift z², number of lift tests)] — Robyn's objectives (robyn_mmm: nrmse,
 * decomp.rssd, mape.lift; here the lift term is a z² rather than a MAPE so it has a likelihood scale). The
 * trailing count is constant, so it never changes Pareto dominance; the selection rule needs it.
 */
export function candidateObjectives(
  problem: Problem,
  b: ArrayLike<number>,
  hMean: number[],
  hSd: number[],
  liftSums: number[],
  sse: number,
  q: number,
): number[] {
  const { n, media, spendShare } = problem;
  const nrmse = Math.sqrt(sse / n) / problem.yRange;
  let total = 0;
  const contrib = media.map((_, c) => {
    const v = hSd[c] > 1e-12 ? (b[q + c] / hSd[c]) * hMean[c] * n : 0;
    total += v;
    return v;
  });
  let rssd = 0;
  for (let c = 0; c < media.length; c++) rssd += ((total > 0 ? contrib[c] / total : 0) - spendShare[c]) ** 2;
  const out = [nrmse, Math.sqrt(rssd)];
  if (problem.lifts.length) {
    let z2 = 0;
    problem.lifts.forEach((l, k) => {
      const implied = hSd[l.channel] > 1e-12 ? (b[q + l.channel] / hSd[l.channel]) * liftSums[k] : 0;
      z2 += ((implied - l.measured) / l.se) ** 2;
    });
    out.push(z2 / problem.lifts.length, problem.lifts.length);
  }
  return out;
}
