import type { ForecastModel } from "../types";
import { fitSes } from "../ses";
import { deseasonalize, reseasonalize, seasonalIndices, type SeasonalIndices } from "../seasonal-adjust";
import { SEASON } from "./seasonal-naive";

/**
 * Standard Theta method (Assimakopoulos & Nikolopoulos 2000) in the form shown equivalent to
 * SES with drift by Hyndman & Billah (2003):
 *   ŷ_{n+h} = ℓ_n + (b/2)·[(h − 1) + 1/α − (1 − α)^n / α]
 * where ℓ_n, α come from SES on the (seasonally adjusted) series and b is the OLS slope of the
 * θ = 0 line (a linear trend through the data). Seasonal adjustment as in the M4 benchmark
 * code (90 % ACF test at lag 52, classical multiplicative decomposition).
 * sd_h = σ·√(1 + (h−1)α²), the SES (ETS(A,N,N)) variance.
 */
export type ThetaFitted = {
  kind: "theta";
  level: number;
  alpha: number;
  slope: number;
  n: number;
  sigma: number;
  seasonal: SeasonalIndices | null;
};

export function olsSlope(y: number[]): number {
  const n = y.length;
  if (n < 2) return 0;
  const tMean = (n - 1) / 2;
  const yMean = y.reduce((s, v) => s + v, 0) / n;
  let num = 0;
  let den = 0;
  for (let t = 0; t < n; t++) {
    num += (t - tMean) * (y[t] - yMean);
    den += (t - tMean) ** 2;
  }
  return num / den;
}

export function fitTheta(y: number[], withSeasonality: boolean): ThetaFitted {
  const seasonal = withSeasonality && y.length >= 2 * SEASON ? seasonalIndices(y, SEASON) : null;
  const adj = seasonal ? deseasonalize(y, seasonal) : y;
  const ses = fitSes(adj);
  return { kind: "theta", level: ses.level, alpha: ses.alpha, slope: olsSlope(adj), n: y.length, sigma: ses.sigma, seasonal };
}

export function predictTheta(f: ThetaFitted, horizon: number): { yhat: number[]; sd: number[] } {
  const { alpha, n } = f;
  const base = Array.from({ length: horizon }, (_, i) => {
    const h = i + 1;
    return f.level + (f.slope / 2) * (h - 1 + 1 / alpha - (1 - alpha) ** n / alpha);
  });
  const yhat = f.seasonal ? reseasonalize(base, f.seasonal, n) : base;
  const sd = Array.from({ length: horizon }, (_, i) => {
    const scale = f.seasonal?.mode === "multiplicative" ? f.seasonal.indices[(n + i) % f.seasonal.period] : 1;
    return f.sigma * Math.sqrt(1 + i * alpha * alpha) * scale;
  });
  return { yhat, sd };
}

export const thetaModel: ForecastModel<ThetaFitted> = {
  name: "theta",
  minLength: 4,
  seasonal: false,
  fit: ({ y }) => fitTheta(y, true),
  predict: (f, { horizon }) => predictTheta(f, horizon),
};
