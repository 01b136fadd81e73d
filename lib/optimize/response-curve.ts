import { hillDerivative } from "../math/response-curve";
import type { HillSaturation } from "../mmm/types";

/**
 * Inflection point of an S-shaped Hill curve: f'' = 0 at x = gamma·((alpha−1)/(alpha+1))^(1/alpha).
 * The curve is convex below it and concave above; for alpha ≤ 1 it is concave everywhere (returns 0).
 */
export function hillInflection(s: HillSaturation): number {
  if (s.alpha <= 1) return 0;
  return s.gamma * Math.pow((s.alpha - 1) / (s.alpha + 1), 1 / s.alpha);
}

/** f''(x) = beta·alpha·r·((alpha − 1) − (alpha + 1)·r) / (x²·(1 + r)³), zero at the inflection. */
export function hillSecondDerivative(s: HillSaturation, x: number): number {
  if (x <= 0) return Number.NaN;
  const r = Math.pow(x / s.gamma, s.alpha);
  if (!Number.isFinite(r)) return 0;
  return (s.beta * s.alpha * r * (s.alpha - 1 - (s.alpha + 1) * r)) / (x * x * (1 + r) * (1 + r) * (1 + r));
}

/**
 * The spend x in [lo, hi] where f'(x) = lambda, for an interval on which f' is non-increasing
 * (anywhere above the inflection point). Clamps to the ends when lambda is outside f'([lo, hi]).
 *
 * Newton on h(u) = log f'(e^u) − log lambda in u = log x. With r = (x/gamma)^alpha,
 *   log f' = log(beta·alpha) + log r − u − 2·log(1 + r),  h'(u) = alpha − 1 − 2·alpha·r/(1 + r),
 *   h''(u) = −2·alpha²·r/(1 + r)² < 0,
 * so h is concave, and decreasing where f' is: started right of the root (h < 0) every Newton step
 * stays right of it and moves left, converging monotonically and quadratically — a few steps
 * instead of ~60 bisections, which keeps a 20-channel allocation in single-digit milliseconds.
 * A bracket check falls back to bisection should rounding ever push a step outside [lo, hi].
 */
export function spendAtMarginal(s: HillSaturation, lambda: number, lo: number, hi: number, start?: number): number {
  if (hillDerivative(s, lo) <= lambda) return lo;
  if (hillDerivative(s, hi) >= lambda) return hi;
  if (s.alpha === 1) {
    // Closed form: beta·gamma/(x+gamma)² = lambda.
    const x = Math.sqrt((s.beta * s.gamma) / lambda) - s.gamma;
    return Math.min(hi, Math.max(lo, x));
  }
  const target = Math.log(lambda) - Math.log(s.beta * s.alpha);
  const logGamma = Math.log(s.gamma);
  let a = lo > 0 ? Math.log(lo) : -Infinity;
  let b = Math.log(hi);
  // A warm start (the previous answer for a nearby lambda) is safe from either side: left of the
  // root the first Newton step overshoots to the right (h concave), and from there it is monotone.
  let u = start !== undefined && start > lo && start < hi ? Math.log(start) : b;
  for (let i = 0; i < 100; i++) {
    const lr = s.alpha * (u - logGamma);
    const softplus = lr > 30 ? lr + Math.log1p(Math.exp(-lr)) : Math.log1p(Math.exp(lr));
    const h = lr - u - 2 * softplus - target;
    if (h > 0) a = u;
    else b = u;
    const slope = s.alpha - 1 - (2 * s.alpha) / (1 + Math.exp(-lr));
    let next = u - h / slope;
    if (!(next > a && next <= b)) next = Number.isFinite(a) ? 0.5 * (a + b) : b - Math.max(1, Math.abs(b));
    if (Math.abs(next - u) <= 1e-14 * Math.max(1, Math.abs(u))) return Math.min(hi, Math.max(lo, Math.exp(next)));
    u = next;
  }
  return Math.min(hi, Math.max(lo, Math.exp(u)));
}
