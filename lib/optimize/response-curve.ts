import type { HillSaturation } from "../mmm/types";

/**
 * Steady-state weekly KPI of a constant weekly spend x under a Hill curve:
 *   f(x) = beta · x^alpha / (x^alpha + gamma^alpha).
 * Because adstock weights sum to 1, a constant spend x adstocks to x, so the Hill curve alone is the
 * steady-state response; adstock only matters when spend varies week to week (see compare-flighting).
 * Written as r/(1+r) with r = (x/gamma)^alpha so large x never overflows.
 */
export function hillResponse(s: HillSaturation, x: number): number {
  if (x <= 0) return 0;
  const r = Math.pow(x / s.gamma, s.alpha);
  return Number.isFinite(r) ? (s.beta * r) / (1 + r) : s.beta;
}

/**
 * Marginal KPI per extra unit of weekly spend, f'(x) = beta·alpha·r / (x·(1+r)²).
 * At x = 0 the limit is +∞ for alpha < 1, beta/gamma for alpha = 1 and 0 for alpha > 1.
 */
export function hillDerivative(s: HillSaturation, x: number): number {
  if (x <= 0) {
    if (s.alpha < 1) return Infinity;
    return s.alpha === 1 ? s.beta / s.gamma : 0;
  }
  const r = Math.pow(x / s.gamma, s.alpha);
  if (!Number.isFinite(r)) return 0;
  return (s.beta * s.alpha * r) / (x * (1 + r) * (1 + r));
}

/**
 * Inflection point of an S-shaped Hill curve: f'' = 0 at x = gamma·((alpha−1)/(alpha+1))^(1/alpha).
 * The curve is convex below it and concave above; for alpha ≤ 1 it is concave everywhere (returns 0).
 */
export function hillInflection(s: HillSaturation): number {
  if (s.alpha <= 1) return 0;
  return s.gamma * Math.pow((s.alpha - 1) / (s.alpha + 1), 1 / s.alpha);
}

/**
 * The spend x in [lo, hi] where f'(x) = lambda, for an interval on which f' is non-increasing
 * (anywhere above the inflection point). Clamps to the ends when lambda is outside f'([lo, hi]).
 * Bisection on x: f' has no closed-form inverse for alpha ≠ 1, and 200 halvings of a bracket of
 * finite width reach float resolution, which Newton cannot promise near the steep alpha < 1 origin.
 */
export function spendAtMarginal(s: HillSaturation, lambda: number, lo: number, hi: number): number {
  if (hillDerivative(s, lo) <= lambda) return lo;
  if (hillDerivative(s, hi) >= lambda) return hi;
  if (s.alpha === 1) {
    // Closed form: beta·gamma/(x+gamma)² = lambda.
    const x = Math.sqrt((s.beta * s.gamma) / lambda) - s.gamma;
    return Math.min(hi, Math.max(lo, x));
  }
  let a = lo, b = hi;
  for (let i = 0; i < 200; i++) {
    const m = 0.5 * (a + b);
    if (m <= a || m >= b) break;
    if (hillDerivative(s, m) > lambda) a = m;
    else b = m;
  }
  return 0.5 * (a + b);
}
