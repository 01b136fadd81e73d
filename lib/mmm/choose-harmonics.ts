import { createRng } from "../math/random";
import { decodeHyper, fitCandidate, paramsPerChannel, type AdstockKind } from "./candidate-model";
import type { MmmInput } from "./model-types";
import { buildProblem } from "./mmm-problem";

/** At most this many yearly harmonics, and at most one per WEEKS_PER_HARMONIC weeks of data. */
export const MAX_HARMONICS = 6;
export const WEEKS_PER_HARMONIC = 26;
/** Random media shapes the candidate seasonalities are scored on (each K is scored on the same ones). */
const PILOT_POINTS = 8;

/**
 * How K is scored on each pilot: "bic" = n·ln(SSE_K) + 2K·ln n (each harmonic adds a sine and a cosine); "cv" = the
 * expanding-window forecast error of the fit (cvSse, fitCandidate).
 */
export type HarmonicsCriterion = "bic" | "cv";

/**
 * Chooses the number of yearly Fourier harmonics K ∈ {1, …, min(MAX_HARMONICS, ⌊weeks / 26⌋)}: for each K, the median
 * over PILOT_POINTS random media shapes (the same points for every K) of the criterion; the smallest wins.
 * Why a rich season at all: a demand season with a sharp peak (Christmas, a summer sale) needs more than 2 harmonics,
 * and the part of the season the design cannot express ends up in whichever channel's spend follows the season.
 *
 * Why BIC for one national series (fitMarketingMixModel): with one to three years of weekly data the forecast error
 * swings between K = 1 and K = 6 for datasets of one structure (the decision benchmark's seed sets gave one case 1, 2,
 * 4 and 6). K = 1 on a season that needs 3 left 35 deviance units of season to the media terms; the fit moved one
 * channel's effect onto another and the plan, 99 % sure of a gain, lost 17.7 % against the current mix. Over eight
 * seed sets (224 datasets) BIC cut the plans' summed loss against the current mix from 56.7 to 34.5 points (largest
 * 17.7 → 7.1 %) at equal regret and ROI error (bench/README-decisions.md, sixth session).
 * Why CV for the geo model (fitGeoMixModel, on the regions' summed per-size series): that series averages the noise of
 * 20–40 regions, so its forecast error is a steady guide; on bench:geo (four seed sets) the two rules disagreed on 14 of
 * 32 cases and the CV choice gave the smaller national ROI error in 11 of them.
 */
export function chooseHarmonics(
  input: MmmInput,
  kind: AdstockKind,
  maxLag: number,
  trend: boolean,
  seed: number,
  criterion: HarmonicsCriterion = "bic",
): { harmonics: number; scores: number[] } {
  const n = input.dates.length;
  const top = Math.max(1, Math.min(MAX_HARMONICS, Math.floor(n / WEEKS_PER_HARMONIC)));
  const rng = createRng(seed + 57);
  const dim = input.media.length * paramsPerChannel(kind);
  const pilots = Array.from({ length: PILOT_POINTS }, () => Float64Array.from({ length: dim }, () => rng.next()));
  const scores: number[] = [];
  let best = 1;
  for (let k = 1; k <= top; k++) {
    let problem;
    try {
      problem = buildProblem(input, kind, maxLag, trend, true, k);
    } catch {
      break; // too few weeks for this many columns: stop at the previous K
    }
    const score = (x: Float64Array) => {
      const fit = fitCandidate(problem, decodeHyper(problem, x));
      return criterion === "cv" ? fit.cvSse : n * Math.log(Math.max(fit.sse, 1e-300)) + 2 * k * Math.log(n);
    };
    const values = pilots.map(score).sort((a, b) => a - b);
    const median = 0.5 * (values[(values.length - 1) >> 1] + values[values.length >> 1]);
    scores.push(median);
    if (median < scores[best - 1]) best = k;
  }
  return { harmonics: best, scores };
}
