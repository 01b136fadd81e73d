import { decodeHyper, fitCandidate, hyperPenalty, refitPinned, type CandidateFit, type Problem } from "./candidate-model";
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
 * smallest LR is eliminated while that LR is below χ²₁(0.90) = 2.71, then the test is repeated on the rest.
 * Why this rule: LR_c < χ²₁(0.90) is exactly "the 90 % profile-likelihood interval of the channel's effect reaches
 * zero", so the flag and the reported interval say the same thing; eliminating one at a time (weakest first) keeps
 * two correlated channels from each hiding behind the other — once one goes, the survivor is tested alone.
 * A channel that never spends is unidentified by definition.
 */
export function identifyChannels(problem: Problem, fits: PlausibleFit[]): Identification {
  const m = problem.media.length, n = problem.n;
  const unidentified = problem.media.map((ch) => !(ch.total > 0));
  const lr = new Array<number>(m).fill(Infinity);
  if (!fits.length) return { unidentified, lr };
  const penalties = fits.map((p) => hyperPenalty(problem, p.x));
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
      if (unidentified[c]) continue;
      const pinned = unidentified.slice();
      pinned[c] = true;
      lr[c] = Math.max(0, best(pinned) - base);
      if (weakest < 0 || lr[c] < lr[weakest]) weakest = c;
    }
    if (weakest < 0 || lr[weakest] >= CHI2_1_90) break;
    unidentified[weakest] = true;
  }
  return { unidentified, lr };
}
