import type { HillSaturation } from "../mmm/types";
import { hillDerivative } from "../math/response-curve";
import { buildConcaveEnvelope, type ConcaveEnvelope, envelopeSpendAt, envelopeValue } from "./concave-envelope";

export type MarginalSolution = {
  x: number[];
  /** Common marginal return of the channels strictly inside their bounds. */
  lambda: number;
  iterations: number;
  /** Σ envelope_i(x_i): the optimum of the concave relaxation, an upper bound on Σ f_i over the feasible set. */
  upperBound: number;
  envelopes: ConcaveEnvelope[];
};

/**
 * Maximises Σ env_i(x_i) subject to Σ x_i = budget, lo_i ≤ x_i ≤ hi_i (hi finite), where env_i is the
 * concave envelope of channel i's Hill curve (the curve itself when it is concave).
 *
 * Why this is optimal (Lagrangian sufficiency, the KKT conditions made constructive): for a
 * multiplier λ let x_i(λ) = argmax_{lo_i ≤ x ≤ hi_i} env_i(x) − λ·x. Because env_i is concave,
 * x_i(λ) is where env_i'(x) = λ, clamped to the bounds — exactly the KKT conditions
 * (env_i' = λ inside, ≤ λ at the lower bound, ≥ λ at the upper bound). S(λ) = Σ x_i(λ) is
 * non-increasing in λ, so bisection finds λ* with S(λ*) = budget. Then for any feasible y:
 *   Σ env_i(y_i) = Σ [env_i(y_i) − λ*·y_i] + λ*·budget ≤ Σ [env_i(x_i) − λ*·x_i] + λ*·budget = Σ env_i(x_i),
 * so x is a global optimum, i.e. marginal returns are equalised across interior channels.
 * S(λ) jumps where λ equals the slope of an envelope's linear segment; the final step interpolates
 * between x(λ_lo) and x(λ_hi), which is exact for the relaxation because the envelope is linear there.
 *
 * The root search runs on log λ (marginal returns span many decades) until λ is pinned to ~1e-14
 * relative or the spend matches the budget to 1e-12 relative.
 */
export function equalizeMarginalReturns(
  saturations: HillSaturation[],
  lo: number[],
  hi: number[],
  budget: number,
  /** A nearby λ (e.g. from a neighbouring sub-problem) to start from a tight bracket. */
  lambdaHint?: number,
): MarginalSolution {
  const n = saturations.length;
  const envelopes = saturations.map((s, i) => buildConcaveEnvelope(s, lo[i], hi[i]));
  // Last answer per channel: successive λ are close, so it is a good Newton start.
  const warm = new Array<number>(n).fill(NaN);
  const spendAt = (lambda: number, out: number[]) => {
    let total = 0;
    for (let i = 0; i < n; i++) {
      const e = envelopes[i];
      out[i] = e.hi > e.lo ? envelopeSpendAt(e, lambda, warm[i]) : e.lo;
      warm[i] = out[i];
      total += out[i];
    }
    return total;
  };
  const bound = (x: number[]) => x.reduce((acc, xi, i) => acc + envelopeValue(envelopes[i], xi), 0);
  const sumLo = lo.reduce((a, b) => a + b, 0);
  const sumHi = hi.reduce((a, b) => a + b, 0);
  const tol = 1e-12 * Math.max(budget, 1e-300);
  const free = envelopes.filter((e) => e.hi > e.lo);

  // Envelope derivative at the ends of each free channel's range, to bracket λ.
  const derivHi = free.map((e) => (e.hasSegment && e.tangent >= e.hi ? e.slope : hillDerivative(e.saturation, e.hi)));
  if (free.length === 0 || budget <= sumLo + tol || budget >= sumHi - tol) {
    const x = budget <= sumLo + tol ? lo.slice() : hi.slice();
    const lambda = free.length === 0 ? 0 : budget <= sumLo + tol ? Math.max(...free.map((e) => e.slope)) : Math.min(...derivHi);
    return { x, lambda, iterations: 0, upperBound: bound(x), envelopes };
  }

  const xA = new Array<number>(n),
    xB = new Array<number>(n),
    xM = new Array<number>(n);
  let lamLo = NaN,
    lamHi = NaN,
    sumA = NaN,
    sumB = NaN;
  if (lambdaHint !== undefined && lambdaHint > 0 && Number.isFinite(lambdaHint)) {
    const a = spendAt(lambdaHint / 1.02, xA),
      b = spendAt(lambdaHint * 1.02, xB);
    if (a >= budget && b <= budget) [lamLo, lamHi, sumA, sumB] = [lambdaHint / 1.02, lambdaHint * 1.02, a, b];
  }
  if (Number.isNaN(lamLo)) {
    lamLo = Math.max(0.5 * Math.min(...derivHi), 1e-300);
    sumA = spendAt(lamLo, xA);
    let guard = 0;
    while (sumA < budget && guard++ < 2000) {
      lamLo *= 0.5;
      sumA = spendAt(lamLo, xA);
    }
    // At λ ≥ env_i'(lo_i + share) for every channel, each spends at most lo_i + share, so S(λ) ≤ budget
    // with share = (budget − Σ lo) / #free; finite even where f'(lo) = ∞ (alpha < 1 at zero spend).
    const share = (budget - sumLo) / free.length;
    lamHi = Math.max(...free.map((e) => envelopeDerivative(e, Math.min(e.hi, e.lo + share))));
    if (!(lamHi > lamLo) || !Number.isFinite(lamHi)) lamHi = 2 * lamLo;
    sumB = spendAt(lamHi, xB);
    guard = 0;
    while (sumB > budget && guard++ < 4000) {
      lamHi *= 2;
      sumB = spendAt(lamHi, xB);
    }
  }

  // Illinois (modified regula falsi) on log λ, with a bisection step whenever a step fails to halve
  // the bracket: S is smooth between jumps, so this needs ~10 passes where plain bisection needs ~50,
  // and it keeps bisection's guarantee of bracketing the root (and the jump, if S jumps over budget).
  let iterations = 0;
  let fA = sumA - budget,
    fB = sumB - budget; // fA ≥ 0 at lamLo, fB ≤ 0 at lamHi
  let side = 0;
  // S jumps only at the slopes of envelope segments. When S(λ) = budget falls on a jump, regula
  // falsi degenerates into ~45 bisections to pin it; probing both sides of a slope inside a narrow
  // bracket finds it in two passes instead.
  const jumps = envelopes.filter((e) => e.hasSegment && e.hi > e.lo).map((e) => e.slope);
  const probed = new Set<number>();
  while (iterations < 300 && lamHi / lamLo - 1 > 1e-14 && sumA - sumB > tol) {
    iterations++;
    if (lamHi / lamLo < 1.05) {
      const jump = jumps.find((v) => v > lamLo && v < lamHi && !probed.has(v));
      if (jump !== undefined) {
        probed.add(jump);
        const below = jump * (1 - 1e-14),
          above = jump * (1 + 1e-14);
        const sumBelow = spendAt(below, xM);
        if (sumBelow >= budget) {
          lamLo = below;
          sumA = sumBelow;
          fA = sumBelow - budget;
          for (let i = 0; i < n; i++) xA[i] = xM[i];
          const sumAbove = spendAt(above, xM);
          if (sumAbove <= budget) {
            lamHi = above;
            sumB = sumAbove;
            fB = sumAbove - budget;
            for (let i = 0; i < n; i++) xB[i] = xM[i];
            break;
          }
          lamLo = above;
          sumA = sumAbove;
          fA = sumAbove - budget;
          for (let i = 0; i < n; i++) xA[i] = xM[i];
        } else {
          lamHi = below;
          sumB = sumBelow;
          fB = sumBelow - budget;
          for (let i = 0; i < n; i++) xB[i] = xM[i];
        }
        continue;
      }
    }
    const uA = Math.log(lamLo),
      uB = Math.log(lamHi);
    const width = uB - uA;
    let u = fA - fB > 0 ? uA + (fA / (fA - fB)) * width : 0.5 * (uA + uB);
    if (!(u > uA + 1e-3 * width && u < uB - 1e-3 * width) || iterations % 4 === 0) u = 0.5 * (uA + uB);
    const mid = Math.exp(u);
    if (mid <= lamLo || mid >= lamHi) break;
    const sumM = spendAt(mid, xM);
    const fM = sumM - budget;
    if (Math.abs(fM) <= tol) {
      for (let i = 0; i < n; i++) xA[i] = xB[i] = xM[i];
      lamLo = lamHi = mid;
      sumA = sumB = sumM;
      break;
    }
    if (fM > 0) {
      lamLo = mid;
      sumA = sumM;
      fA = fM;
      for (let i = 0; i < n; i++) xA[i] = xM[i];
      if (side === 1) fB *= 0.5; // the other end went stale twice: Illinois halving
      side = 1;
    } else {
      lamHi = mid;
      sumB = sumM;
      fB = fM;
      for (let i = 0; i < n; i++) xB[i] = xM[i];
      if (side === -1) fA *= 0.5;
      side = -1;
    }
  }
  const t = sumA > sumB ? (budget - sumB) / (sumA - sumB) : 0;
  const x = xB.map((b, i) => Math.min(hi[i], Math.max(lo[i], b + t * (xA[i] - b))));
  return { x, lambda: Math.sqrt(lamLo * lamHi), iterations, upperBound: bound(x), envelopes };
}

/** Derivative of the envelope at x (the segment's slope on the segment, f' beyond it). */
function envelopeDerivative(e: ConcaveEnvelope, x: number): number {
  return e.hasSegment && x < e.tangent ? e.slope : hillDerivative(e.saturation, x);
}
