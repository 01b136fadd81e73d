import type { Adstock } from "./types";
import { geometricAdstockWeights } from "./geometric-adstock";
import { weibullAdstockWeights } from "./weibull-adstock";

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
  const n = x.length, L = weights.length - 1;
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
