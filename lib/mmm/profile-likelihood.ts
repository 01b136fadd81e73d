import { choleskyInPlace } from "../math/cholesky";
import { decodeHyper, fitCandidate, hyperPenalty, type CandidateFit, type Problem } from "./candidate-model";
import { deviance } from "./select-model";

/** χ²₁ 0.90 quantile: the likelihood-ratio cut-off of a 90 % profile interval for one quantity. */
export const CHI2_1_90 = 2.705543;

/**
 * Profile-likelihood bounds of each channel's ROI over the candidates the search evaluated
 * (Venzon & Moolgavkar 1988 style, on a sample of the hyperparameter space):
 * a candidate θ with deviance D(θ) ≤ D_min + χ²₁(0.90) is plausible, and at fixed θ the ROI is linear
 * in the channel coefficient, whose own likelihood-ratio interval is b̂ ± sqrt((χ² − ΔD)·σ̂²·[H⁻¹]_cc).
 * The union over plausible θ is an inner approximation of the 90 % profile interval.
 *
 * Why: where the data cannot separate a channel from the baseline (an always-on or seasonal channel, a
 * Hill curve whose foot is never observed), the search keeps returning the same best-fitting shape and a
 * bootstrap around it is falsely narrow; the likelihood surface itself shows how flat it is.
 */
export function profileRoiBounds(
  problem: Problem,
  archive: { x: Float64Array; f: number[] }[],
  lambda: number,
  maxCandidates = 250,
  /** Candidates already refitted at λ (identify-channels' plausible set, best first): reused instead of refitting. */
  refitted?: { x: Float64Array; fit: CandidateFit }[],
): { low: number[]; high: number[] } {
  const cache = new Map((refitted ?? []).map((r) => [r.x, r.fit]));
  const { n, media } = problem;
  const m = media.length,
    q = 1 + problem.controlZ.length,
    p = q + m;
  // Deviance plus the hyperparameter prior: the profile of the penalised likelihood the search maximises.
  const scored = archive.map((e) => ({ e, d: deviance(e.f, n) + hyperPenalty(problem, e.x) })).sort((a, b) => a.d - b.d);
  const low = new Array<number>(m).fill(Infinity),
    high = new Array<number>(m).fill(-Infinity);
  if (!scored.length) return { low, high };
  const dMin = scored[0].d;
  const seen = new Set<string>();
  let sigma2 = NaN,
    used = 0;
  for (const { e, d } of scored) {
    if (d - dMin > CHI2_1_90 || used >= maxCandidates) break;
    const key = Array.from(e.x, (v) => v.toFixed(5)).join(",");
    if (seen.has(key)) continue;
    seen.add(key);
    used++;
    const fit = cache.get(e.x) ?? fitCandidate(problem, decodeHyper(problem, e.x), [lambda]);
    if (Number.isNaN(sigma2)) sigma2 = fit.sse / n;
    const budget = Math.max(0, CHI2_1_90 - (deviance(fit.objectives, n) + hyperPenalty(problem, e.x) - dMin));
    // [H⁻¹]_jj for the media columns from one Cholesky factor of H = G + diag(penalty).
    const L = new Float64Array(p * p);
    for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) L[i * p + j] = fit.gram[i * p + j] + (i === j ? fit.penalty[i] : 0);
    if (!cholesky(L, p, fit.signs)) continue;
    for (let c = 0; c < m; c++) {
      const j = q + c;
      if (fit.hSd[c] <= 1e-12 || media[c].total <= 0) continue;
      const v = inverseDiagonal(L, p, j, fit.signs);
      const perB = (fit.hMean[c] * n) / fit.hSd[c] / media[c].total;
      const roi = fit.b[j] * perB;
      const half = Math.sqrt(budget * sigma2 * v) * perB;
      low[c] = Math.min(low[c], Math.max(0, roi - half));
      high[c] = Math.max(high[c], roi + half);
    }
  }
  return { low, high };
}

/** In-place Cholesky of the SPD matrix restricted to columns not pinned at zero (sign 2 rows become identity). */
function cholesky(A: Float64Array, p: number, signs: ArrayLike<number>): boolean {
  for (let i = 0; i < p; i++)
    if (signs[i] === 2)
      for (let j = 0; j < p; j++) {
        A[i * p + j] = A[j * p + i] = 0;
        A[i * p + i] = 1;
      }
  return choleskyInPlace(A, p) < 0;
}

/** [A⁻¹]_jj from the Cholesky factor L (A = LLᵀ): ‖L⁻¹ e_j‖². */
function inverseDiagonal(L: Float64Array, p: number, j: number, signs: ArrayLike<number>): number {
  if (signs[j] === 2) return 0;
  const y = new Float64Array(p);
  let s2 = 0;
  for (let i = j; i < p; i++) {
    let s = i === j ? 1 : 0;
    for (let k = j; k < i; k++) s -= L[i * p + k] * y[k];
    y[i] = s / L[i * p + i];
    s2 += y[i] * y[i];
  }
  return s2;
}
