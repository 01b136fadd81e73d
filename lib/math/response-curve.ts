import type { Adstock, HillSaturation } from "../mmm/types";

/**
 * The media response curve in one home: the Hill saturation (value and derivative) and the adstock lag weights
 * (geometric, Weibull CDF and PDF), with the spend convolution and the carryover length. The mix model's fit
 * (lib/mmm), the optimizer (lib/optimize), the Planner's sliders (lib/planner), forecasts under a plan
 * (lib/forecast-plan) and the demo's generator (lib/demo) all evaluate a curve through these functions, so they
 * agree to the last bit and on every edge case. (bench/decisions and bench/geo keep their own generator copies on
 * purpose: an independent truth.) Units: spend x in currency per week; the contract is in lib/mmm/types.ts.
 */

/**
 * Hill saturation shape x^alpha / (x^alpha + gamma^alpha) ∈ [0, 1) (Jin et al. 2017, eq. 3; Robyn's
 * `saturation_hill`). gamma is the half-saturation point in the units of x; alpha > 1 gives an S-curve,
 * alpha ≤ 1 a concave curve. Written as 1 / (1 + (gamma/x)^alpha) so large x never overflows.
 * Edge cases: x ≤ 0 gives 0; gamma ≤ 0 gives 1 (saturated at any spend).
 *
 * @example hillShape(2, 1, 2) // 0.5
 */
export function hillShape(x: number, alpha: number, gamma: number): number {
  if (x <= 0) return 0;
  if (gamma <= 0) return 1;
  return 1 / (1 + Math.pow(gamma / x, alpha));
}

/**
 * d/dx of the Hill shape: alpha · x^(alpha−1) · gamma^alpha / (x^alpha + gamma^alpha)^2, computed as
 * alpha · h · (1 − h) / x with h the shape value (same quantity, no large powers).
 * At x = 0 it is the limit from the right: 1/gamma for alpha = 1, 0 for alpha > 1 and +∞ for alpha < 1 (the one
 * rule everywhere: a concave curve steeper than any line at 0). gamma ≤ 0 gives 0 (saturated).
 *
 * @example hillShapeDerivative(1, 2, 1) // 0.5
 */
export function hillShapeDerivative(x: number, alpha: number, gamma: number): number {
  if (gamma <= 0) return 0;
  if (x <= 0) return alpha === 1 ? 1 / gamma : alpha > 1 ? 0 : Number.POSITIVE_INFINITY;
  const h = hillShape(x, alpha, gamma);
  return (alpha * h * (1 - h)) / x;
}

/**
 * Steady-state weekly KPI of a constant weekly spend x under a Hill curve, f(x) = beta · x^alpha / (x^alpha +
 * gamma^alpha): adstock weights sum to 1, so a spend held constant adstocks to x and the curve alone is the
 * steady-state response (the optimizer, the Planner and plans' intervals evaluate it here).
 * Written as beta · r/(1 + r) with r = (x/gamma)^alpha: the same curve as beta · hillShape, evaluated in the order
 * the plans have always used, so stored plans and the packed draw curves (lib/optimize/draw-curves.ts) reproduce to
 * the last bit; the two orders agree within a few ulp (tested). x ≤ 0 gives 0; an overflowing r gives beta.
 *
 * @example hillResponse({ type: "hill", alpha: 1, gamma: 2, beta: 10 }, 2) // 5
 */
export function hillResponse(s: HillSaturation, x: number): number {
  if (x <= 0) return 0;
  const r = Math.pow(x / s.gamma, s.alpha);
  return Number.isFinite(r) ? (s.beta * r) / (1 + r) : s.beta;
}

/**
 * Marginal KPI per extra unit of weekly spend, f'(x) = beta·alpha·r / (x·(1+r)²) with r = (x/gamma)^alpha (beta ·
 * hillShapeDerivative, in the optimizer's evaluation order). At x = 0 the same limit as hillShapeDerivative: +∞ for
 * alpha < 1, beta/gamma for alpha = 1 and 0 for alpha > 1; an overflowing r gives 0.
 *
 * @example hillDerivative({ type: "hill", alpha: 1, gamma: 2, beta: 10 }, 0) // 5
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
 * Normalised geometric adstock weights (Jin et al. 2017, "Bayesian methods for media mix modeling with
 * carryover and shape effects", eq. 1; pymc-marketing `geometric_adstock(normalize=True)`):
 * w_l = theta^l / Σ_k theta^k for l = 0..maxLag. Normalising makes the weights sum to 1, so a constant
 * weekly spend x has steady-state adstock x — the property `lib/mmm/types.ts` relies on.
 *
 * @param theta decay per week, in [0, 1)
 * @param maxLag longest lag in weeks (≥ 0)
 * @throws if theta is outside [0, 1] or maxLag is not a non-negative integer
 * @example geometricAdstockWeights(0.5, 2) // [4/7, 2/7, 1/7]
 */
export function geometricAdstockWeights(theta: number, maxLag: number): Float64Array {
  if (!(theta >= 0 && theta <= 1)) throw new Error(`geometricAdstockWeights: theta must be in [0, 1], got ${theta}`);
  if (!Number.isInteger(maxLag) || maxLag < 0) throw new Error(`geometricAdstockWeights: maxLag must be a non-negative integer, got ${maxLag}`);
  const w = new Float64Array(maxLag + 1);
  let p = 1,
    sum = 0;
  for (let l = 0; l <= maxLag; l++) {
    w[l] = p;
    sum += p;
    p *= theta;
  }
  for (let l = 0; l <= maxLag; l++) w[l] /= sum;
  return w;
}

/**
 * Normalised Weibull adstock weights, the two forms of Robyn's `adstock_weibull` (R/R/transformation.R):
 * - "cdf": w_0 = 1, w_l = w_{l-1} · (1 − F(l)) — the chained survival of a Weibull CDF, a decay whose
 *   rate can change over time (shape < 1 slows, shape > 1 speeds up the decay);
 * - "pdf": w_l = f(l + 1) — the Weibull density on bins 1..maxLag+1 as in Robyn's `x_bin = 1:windlen`
 *   (bin l + 1 rather than l so shape < 1 has no infinite weight at lag 0); it allows a delayed peak.
 * Robyn maps `scale` to a lag quantile; here the Weibull scale parameter is `scale · maxLag` weeks
 * (the contract in `lib/mmm/types.ts`). Weights are normalised to sum to 1 (steady state = spend);
 * if they vanish numerically (scale → 0) all weight goes to lag 0.
 *
 * @param shape Weibull shape k > 0
 * @param scale fraction of maxLag (> 0); the Weibull scale is scale·maxLag
 * @param maxLag longest lag in weeks (≥ 0)
 * @param form "cdf" or "pdf"
 * @throws if shape or scale is not positive, or maxLag is not a non-negative integer
 * @example weibullAdstockWeights(1, 0.5, 2, "pdf") // [1, e^-1, e^-2] / (1 + e^-1 + e^-2)
 */
export function weibullAdstockWeights(shape: number, scale: number, maxLag: number, form: "cdf" | "pdf"): Float64Array {
  if (!(shape > 0)) throw new Error(`weibullAdstockWeights: shape must be > 0, got ${shape}`);
  if (!(scale > 0)) throw new Error(`weibullAdstockWeights: scale must be > 0, got ${scale}`);
  if (!Number.isInteger(maxLag) || maxLag < 0) throw new Error(`weibullAdstockWeights: maxLag must be a non-negative integer, got ${maxLag}`);
  const lambda = scale * Math.max(maxLag, 1);
  const w = new Float64Array(maxLag + 1);
  if (form === "cdf") {
    let p = 1;
    w[0] = 1;
    for (let l = 1; l <= maxLag; l++) {
      p *= Math.exp(-Math.pow(l / lambda, shape));
      w[l] = p;
    }
  } else {
    for (let l = 0; l <= maxLag; l++) {
      const z = (l + 1) / lambda;
      w[l] = (shape / lambda) * Math.pow(z, shape - 1) * Math.exp(-Math.pow(z, shape));
    }
  }
  let sum = 0;
  for (let l = 0; l <= maxLag; l++) sum += w[l];
  if (!(sum > 1e-300) || !Number.isFinite(sum)) {
    w.fill(0);
    w[0] = 1;
    return w;
  }
  for (let l = 0; l <= maxLag; l++) w[l] /= sum;
  return w;
}

/** Lag weights (index = lag in weeks, sum 1) of any adstock in the shared contract. */
export function adstockWeights(adstock: Adstock): Float64Array {
  if (adstock.type === "geometric") return geometricAdstockWeights(adstock.theta, adstock.maxLag);
  return weibullAdstockWeights(adstock.shape, adstock.scale, adstock.maxLag, adstock.type === "weibull-cdf" ? "cdf" : "pdf");
}

/**
 * Convolves weekly spend with lag weights: out_t = Σ_{l ≤ min(t, L)} w_l · x_{t−l}. Spend before the first
 * week is unknown and taken as 0 (so the first weeks' adstock is understated, as in Robyn and pymc-marketing).
 * Writes into `out` (allocated if absent) so the hyperparameter search can reuse buffers.
 */
export function applyAdstock(x: ArrayLike<number>, weights: ArrayLike<number>, out?: Float64Array): Float64Array {
  const n = x.length,
    L = weights.length - 1;
  const y = out ?? new Float64Array(n);
  for (let t = 0; t < n; t++) {
    let s = 0;
    const top = t < L ? t : L;
    for (let l = 0; l <= top; l++) s += weights[l] * x[t - l];
    y[t] = s;
  }
  return y;
}

/**
 * Carryover length: the number of weeks (counting the week of spend) until the lag weights reach 90 % of
 * their cumulative total. 1 means no carryover beyond the week of spend.
 */
export function carryoverWeeks(weights: ArrayLike<number>, share = 0.9): number {
  let total = 0;
  for (let l = 0; l < weights.length; l++) total += weights[l];
  let acc = 0;
  for (let l = 0; l < weights.length; l++) {
    acc += weights[l];
    if (acc >= share * total - 1e-12) return l + 1;
  }
  return weights.length;
}
