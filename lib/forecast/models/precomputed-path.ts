import type { ModelForecast } from "../types";

/**
 * Fitted state of a model that lives in WebAssembly (augurs ETS, MSTL, Prophet): the wasm
 * object itself cannot be serialised, so fit() forecasts the full requested horizon at once
 * and the plain object keeps that path; predict() slices it. Asking for more steps than were
 * fitted is an error rather than a silent extrapolation.
 */
export type PrecomputedPath = { kind: string; yhat: number[]; sd: number[]; contributions?: Record<string, number[]> };

/** Two-sided normal quantile for the 95 % level: Φ⁻¹(0.975). */
export const Z95 = 1.959963984540054;

export function slicePath(f: PrecomputedPath, horizon: number): ModelForecast {
  if (horizon > f.yhat.length) throw new Error(`${f.kind}: fitted for ${f.yhat.length} steps, asked for ${horizon}`);
  const contributions = f.contributions ? Object.fromEntries(Object.entries(f.contributions).map(([k, v]) => [k, v.slice(0, horizon)])) : undefined;
  return { yhat: f.yhat.slice(0, horizon), sd: f.sd.slice(0, horizon), ...(contributions ? { contributions } : {}) };
}

/** sd per step from a 95 % interval; falls back to `fallbackSd` where the model gave none. */
export function sdFrom95(point: number[], lower: number[] | undefined, upper: number[] | undefined, fallbackSd: number): number[] {
  return point.map((_, i) => {
    const w = lower && upper ? (upper[i] - lower[i]) / (2 * Z95) : Number.NaN;
    return Number.isFinite(w) && w > 0 ? w : fallbackSd * Math.sqrt(i + 1);
  });
}

/** RMS of first differences: a scale for sd fallbacks. */
export function diffSigma(y: number[]): number {
  let s = 0;
  for (let t = 1; t < y.length; t++) s += (y[t] - y[t - 1]) ** 2;
  return y.length > 1 ? Math.sqrt(s / (y.length - 1)) : 0;
}
