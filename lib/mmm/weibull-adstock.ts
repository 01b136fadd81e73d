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
