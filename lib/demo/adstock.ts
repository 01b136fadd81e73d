/**
 * Adstock for the demo's true media process, following the conventions documented in
 * lib/mmm/types.ts (reimplemented here so the truth does not depend on the code it grades):
 * - geometric: w_l ∝ theta^l
 * - weibull-cdf: w_0 = 1, w_l = w_{l−1}·(1 − F(l; shape, λ)) — Robyn's chained survival
 * - weibull-pdf: w_l ∝ f(l + 1; shape, λ), the Weibull density on Robyn's bins 1 … maxLag+1 (bin
 *   l + 1, so shape < 1 has no infinite weight at lag 0); shape > 1 gives a delayed peak
 * with λ = scale·max(maxLag, 1), for l = 0 … maxLag, and the weights normalised to sum to 1 so
 * adstocked spend stays in currency per week. (Same reading of the contract as lib/mmm, so the
 * truth's Adstock objects mean the same lag weights to the model that is graded against them.)
 */
import type { Adstock } from "@/lib/mmm/types";

export function adstockWeights(adstock: Adstock): number[] {
  const lags = Array.from({ length: adstock.maxLag + 1 }, (_, l) => l);
  let raw: number[];
  if (adstock.type === "geometric") {
    raw = lags.map((l) => adstock.theta ** l);
  } else {
    const k = adstock.shape;
    const lambda = adstock.scale * Math.max(adstock.maxLag, 1);
    if (!(k > 0) || !(lambda > 0)) throw new Error("adstockWeights: Weibull shape and scale·maxLag must be positive");
    if (adstock.type === "weibull-cdf") {
      raw = [1];
      for (let l = 1; l <= adstock.maxLag; l++) raw.push(raw[l - 1] * Math.exp(-((l / lambda) ** k)));
    } else {
      raw = lags.map((l) => (k / lambda) * ((l + 1) / lambda) ** (k - 1) * Math.exp(-(((l + 1) / lambda) ** k)));
    }
  }
  const total = raw.reduce((s, w) => s + w, 0);
  if (!(total > 0)) throw new Error("adstockWeights: weights sum to zero");
  return raw.map((w) => w / total);
}

/** Convolve a weekly series with lag weights; spend before the first week is taken as zero. */
export function applyAdstock(series: readonly number[], weights: readonly number[]): number[] {
  return series.map((_, t) => {
    let s = 0;
    for (let l = 0; l < weights.length && l <= t; l++) s += weights[l] * series[t - l];
    return s;
  });
}

/** Smallest n such that the first n lag weights (lag 0 included) carry ≥ q of the total. */
export function carryoverWeeks(weights: readonly number[], q = 0.9): number {
  let cum = 0;
  for (let l = 0; l < weights.length; l++) {
    cum += weights[l];
    if (cum >= q - 1e-12) return l + 1;
  }
  return weights.length;
}
