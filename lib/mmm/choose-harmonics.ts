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
 * Chooses the number of yearly Fourier harmonics K ∈ {1, …, min(MAX_HARMONICS, ⌊weeks / 26⌋)} by time-series
 * cross-validation: for each K, the median over PILOT_POINTS random media shapes (the same points for every K) of the
 * expanding-window forecast error of the fit (cvSse, fitCandidate); the smallest median wins.
 * Why: a demand season with a sharp peak (Christmas, a summer sale) needs more than the 2 harmonics we used to fix, and
 * the part of the season the design cannot express ends up in whichever channel's spend follows the season (on the
 * decision benchmark 2 → 4 harmonics lowered the deviance at the true media shapes by 25–60 units). More harmonics
 * cost degrees of freedom; out-of-sample error decides, so a short history keeps few. Fourier terms are periodic, so
 * an expanding-window forecast tests them fairly.
 */
export function chooseHarmonics(input: MmmInput, kind: AdstockKind, maxLag: number, trend: boolean, seed: number): { harmonics: number; scores: number[] } {
  const top = Math.max(1, Math.min(MAX_HARMONICS, Math.floor(input.dates.length / WEEKS_PER_HARMONIC)));
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
    const errors = pilots.map((x) => fitCandidate(problem, decodeHyper(problem, x)).cvSse).sort((a, b) => a - b);
    const median = 0.5 * (errors[(errors.length - 1) >> 1] + errors[errors.length >> 1]);
    scores.push(median);
    if (median < scores[best - 1]) best = k;
  }
  return { harmonics: best, scores };
}
