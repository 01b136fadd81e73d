import { quantileSorted } from "../math/quantile-sorted";
/**
 * Interval calibration from walk-forward errors. Each model supplies a per-step sd whose
 * *shape* over the horizon we trust; its *scale* is replaced by the empirical distribution of
 * standardised backtest errors |e|/sd pooled over folds and steps, using the split-conformal
 * quantile ⌈(n+1)·p⌉/n (Vovk et al. 2005; Lei et al. 2018), so the intervals inherit the
 * coverage the model actually achieved out of sample. With fewer than MIN_CONFORMAL errors the
 * quantile is too noisy and a normal scale fit (RMS of the standardised errors) is used instead.
 */
export type Calibration = { q80: number; q95: number; errors: number; method: "conformal" | "normal-rms" | "model" };

export const Z80 = 1.2815515655446004;
export const Z95 = 1.959963984540054;
export const MIN_CONFORMAL = 20;
export const PRIOR_ERRORS = 13;

/** Standardised absolute errors of a set of folds (steps with sd = 0 are skipped). */
export function standardisedErrors(folds: { actual: number[]; yhat: number[]; sd: number[] }[]): number[] {
  const z: number[] = [];
  for (const f of folds) {
    f.actual.forEach((a, i) => {
      if (f.sd[i] > 0 && Number.isFinite(f.sd[i])) z.push(Math.abs(a - f.yhat[i]) / f.sd[i]);
    });
  }
  return z;
}

export function calibrate(folds: { actual: number[]; yhat: number[]; sd: number[] }[]): Calibration {
  const z = standardisedErrors(folds).sort((a, b) => a - b);
  const n = z.length;
  if (n === 0) return { q80: Z80, q95: Z95, errors: 0, method: "model" };
  const rms = Math.sqrt(z.reduce((s, v) => s + v * v, 0) / n);
  if (n < MIN_CONFORMAL) return { q80: Z80 * rms, q95: Z95 * rms, errors: n, method: "normal-rms" };
  const level = (p: number) => Math.min(1, Math.ceil((n + 1) * p) / n);
  // The 95 % conformal level needs ≥ 19 errors; past the largest error, extrapolate with the normal fit.
  const q80 = Math.max(quantileSorted(z, level(0.8)), Z80 * rms);
  const q95 = Math.max(quantileSorted(z, level(0.95)), Z95 * rms);
  // Shrink toward the model's own interval (z = 1.28 / 1.96 on its sd) with the weight of
  // PRIOR_ERRORS pseudo-errors: a few dozen backtest errors estimate a tail quantile noisily.
  const w = n / (n + PRIOR_ERRORS);
  const s80 = w * q80 + (1 - w) * Z80;
  const s95 = w * q95 + (1 - w) * Z95;
  return { q80: s80, q95: Math.max(s95, s80), errors: n, method: "conformal" };
}

export type Intervals = { lo80: number[]; hi80: number[]; lo95: number[]; hi95: number[] };

export function applyCalibration(yhat: number[], sd: number[], c: Calibration): Intervals {
  return {
    lo80: yhat.map((v, i) => v - c.q80 * sd[i]),
    hi80: yhat.map((v, i) => v + c.q80 * sd[i]),
    lo95: yhat.map((v, i) => v - c.q95 * sd[i]),
    hi95: yhat.map((v, i) => v + c.q95 * sd[i]),
  };
}
