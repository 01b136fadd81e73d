import { decodeHyper, fitCandidate, hyperPenalty, paramsPerChannel, refitPinned, type CandidateFit, type Problem } from "./candidate-model";
import { CHI2_1_90 } from "./profile-likelihood";
import { deviance } from "./select-model";

/** A candidate the data cannot rule out: penalised deviance within CHI2_1_90 of the best one the search found. */
export type PlausibleFit = { x: Float64Array; fit: CandidateFit; d: number };

/** Most plausible candidates refitted for the tests (the best by penalised deviance; enough to profile each channel). */
export const MAX_PLAUSIBLE = 100;

/**
 * The search's candidates whose penalised deviance (n·ln NRMSE² + hyperparameter prior) lies within `slack` of the
 * best, refitted at λ (best first, duplicates dropped, at most MAX_PLAUSIBLE).
 */
export function plausibleFits(problem: Problem, archive: { x: Float64Array; f: number[] }[], lambda: number, slack = CHI2_1_90): PlausibleFit[] {
  const n = problem.n;
  const scored = archive.map((e) => ({ e, d: deviance(e.f, n) + hyperPenalty(problem, e.x) })).sort((a, b) => a.d - b.d);
  const out: PlausibleFit[] = [];
  if (!scored.length) return out;
  const seen = new Set<string>();
  for (const { e, d } of scored) {
    if (d - scored[0].d > slack || out.length >= MAX_PLAUSIBLE) break;
    const key = Array.from(e.x, (v) => v.toFixed(5)).join(",");
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ x: e.x, fit: fitCandidate(problem, decodeHyper(problem, e.x), [lambda]), d });
  }
  return out;
}

/** χ²_df 0.90 quantiles for df = 4 (geometric: 1 + 3 shape parameters) and 5 (Weibull: 1 + 4). */
const CHI2_90: Record<number, number> = { 4: 7.77944, 5: 9.236357 };

/**
 * Threshold of the no-effect test for one channel: χ²_{1+k}(0.90), k = the channel's searched shape parameters.
 * Why not χ²₁: the test maximises over the channel's adstock and Hill parameters, which do not exist under "no effect"
 * (Davies 1977, 1987: parameters identified only under the alternative), so the statistic of a channel with no effect
 * exceeds χ²₁ far more often than 10 % — with χ²₁(0.90) = 2.71, two of the decision benchmark's eight null channels
 * passed with LR 4.9 and 6.0 (their oracle t: −1.0, −0.6). Counting the k searched parameters as degrees of freedom
 * is the usual conservative bound.
 */
export function noEffectThreshold(problem: Problem): number {
  return CHI2_90[1 + paramsPerChannel(problem.kind)];
}

/**
 * The ROI reported for a channel the no-effect test leaves unidentified: the model average of "no effect" (ROI 0) and
 * "an effect" (the median ROI over the bootstrap draws, which refit the channel freely) with Akaike weights (Burnham &
 * Anderson 2002, ch. 4). The effect model has 1 + k more parameters (its coefficient and k searched shape parameters)
 * and a deviance lower by LR, so its AIC is lower by LR − 2(1 + k) and its weight is
 *   w = 1 / (1 + exp(−(LR − 2(1 + k)) / 2)).
 * Why not the hard 0 it replaced: a real but weakly identified channel reported as ROI 0 is wrong by 100 %; why not the
 * bootstrap median alone: no-effect channels whose spend moves with real ones get medians of 0.5–1.5 (the draws'
 * coefficients cannot go below 0). The weight is about 0 when the data show nothing (LR 0: w = 1/(1 + e^{1+k}) ≈ 0.018
 * with k = 3) and ½ where AIC cannot choose (LR = 2(1 + k)); the interval stays [0, …] (the test put 0 inside it).
 * @param roiMedian median ROI over the bootstrap draws
 * @param lr the channel's no-effect likelihood-ratio statistic (Identification.lr)
 * @param shapeParams k, the channel's searched shape parameters (paramsPerChannel)
 * @example unidentifiedRoi(1.2, 8, 3) // 0.6: w = ½
 */
export function unidentifiedRoi(roiMedian: number, lr: number, shapeParams: number): number {
  if (!(Number.isFinite(roiMedian) && roiMedian > 0) || !Number.isFinite(lr)) return 0;
  const w = 1 / (1 + Math.exp(-(Math.max(0, lr) - 2 * (1 + shapeParams)) / 2));
  return w * roiMedian;
}

export type IdentifyOptions = {
  /** Channels the elimination may test (default: all); the others stay in the model, free, and keep lr = Infinity. */
  testable?: readonly boolean[];
};

export type Identification = {
  /** Per channel: true when the data cannot tell its effect from zero (the rule below). */
  unidentified: boolean[];
  /**
   * Per channel: the likelihood-ratio statistic of "no effect" — how much the best penalised deviance rises when the
   * channel's coefficient is pinned at zero (with the channels already found unidentified pinned too).
   */
  lr: number[];
};

/**
 * The rule that decides when a channel's effect is indistinguishable from zero — a likelihood-ratio test by backward
 * elimination over the plausible candidates:
 *   LR_c = min_θ D(θ; b_c = 0, earlier eliminations at 0) − min_θ D(θ; earlier eliminations at 0),
 * with D the penalised deviance and θ ranging over the plausible hyperparameters (so the other channels' shapes may
 * adapt when c is dropped: a profile likelihood over the sampled hyperparameter space). The channel with the
 * smallest LR is eliminated while that LR is below noEffectThreshold (χ²_{1+k}(0.90), k the channel's shape
 * parameters), then the test is repeated on the rest.
 * Why this rule: it is a 10 % likelihood-ratio test of "no effect" that counts the shape parameters fitted only when the
 * channel is in the model; eliminating one at a time (weakest first) keeps two correlated channels from each hiding
 * behind the other — once one goes, the survivor is tested alone.
 * A channel that never spends is unidentified by definition, and so is one that spends the same every week (a fixed
 * fee: its adstocked column is constant after the first lag window, a multiple of the intercept, so only the first
 * weeks' ramp, an artefact of where the data start, could carry its effect; its lr is reported as 0).
 * `options.testable` restricts which channels may be tested and eliminated (the season check in fitMarketingMixModel
 * tests only the channels whose budget follows the season); the others stay free in every refit.
 */
export function identifyChannels(problem: Problem, fits: PlausibleFit[], options: IdentifyOptions = {}): Identification {
  const m = problem.media.length,
    n = problem.n;
  const flat = problem.media.map((ch) => ch.total > 0 && constantSpend(ch.spend));
  const unidentified = problem.media.map((ch, c) => !(ch.total > 0) || flat[c]);
  const testable = (c: number) => options.testable?.[c] ?? true;
  const lr = problem.media.map((_, c) => (flat[c] ? 0 : Infinity));
  if (!fits.length) return { unidentified, lr };
  const penalties = fits.map((p) => hyperPenalty(problem, p.x));
  const threshold = noEffectThreshold(problem);
  const best = (pinned: boolean[]) => {
    let d = Infinity;
    fits.forEach((p, i) => {
      const r = refitPinned(problem, p.fit, pinned);
      d = Math.min(d, deviance(r.objectives, n) + penalties[i]);
    });
    return d;
  };
  for (let round = 0; round < m; round++) {
    const base = best(unidentified);
    let weakest = -1;
    for (let c = 0; c < m; c++) {
      if (unidentified[c] || !testable(c)) continue;
      const pinned = unidentified.slice();
      pinned[c] = true;
      lr[c] = Math.max(0, best(pinned) - base);
      if (weakest < 0 || lr[c] < lr[weakest]) weakest = c;
    }
    if (weakest < 0 || lr[weakest] >= threshold) break;
    unidentified[weakest] = true;
  }
  return { unidentified, lr };
}

/** True when every week's spend is the same (to 1e-9 of the largest): the data cannot tell its effect from the baseline. */
function constantSpend(spend: ArrayLike<number>): boolean {
  let lo = Infinity,
    hi = -Infinity;
  for (let t = 0; t < spend.length; t++) {
    lo = Math.min(lo, spend[t]);
    hi = Math.max(hi, spend[t]);
  }
  return hi - lo <= 1e-9 * Math.abs(hi);
}
