/**
 * Classical multiplicative seasonal adjustment as used by the M4 benchmarks (Naive2, SES,
 * Theta in `Benchmarks and Evaluation.R`): a 90 % autocorrelation test at lag m decides whether
 * the series is seasonal; if so, indices come from a centred 2×m moving average
 * (R `decompose(type = "multiplicative")`). Falls back to additive indices when the series
 * is not strictly positive (a ratio is meaningless there).
 */
export type SeasonalIndices = { period: number; mode: "multiplicative" | "additive"; indices: number[] };

function acf(y: number[], lag: number, mean: number, denom: number): number {
  let s = 0;
  for (let t = lag; t < y.length; t++) s += (y[t] - mean) * (y[t - lag] - mean);
  return s / denom;
}

/** M4 seasonality test: |r_m| > 1.645·sqrt((1 + 2·Σ_{k<m} r_k²)/n). */
export function isSeasonal(y: number[], m: number): boolean {
  if (y.length < 3 * m) return false;
  const mean = y.reduce((s, v) => s + v, 0) / y.length;
  const denom = y.reduce((s, v) => s + (v - mean) ** 2, 0);
  if (denom === 0) return false;
  let sumSq = 0;
  for (let k = 1; k < m; k++) sumSq += acf(y, k, mean, denom) ** 2;
  const limit = 1.645 * Math.sqrt((1 + 2 * sumSq) / y.length);
  return Math.abs(acf(y, m, mean, denom)) > limit;
}

/** Seasonal indices by phase (index mod m, phase 0 = first observation), or null when not seasonal. */
export function seasonalIndices(y: number[], m: number): SeasonalIndices | null {
  if (!isSeasonal(y, m)) return null;
  const mode = y.every((v) => v > 0) ? "multiplicative" : "additive";
  const n = y.length;
  const half = m / 2;
  const sums = new Array<number>(m).fill(0);
  const counts = new Array<number>(m).fill(0);
  // centred moving average of even order m: weights 1/(2m) at both ends, 1/m inside
  for (let t = half; t < n - half; t++) {
    let s = 0.5 * (y[t - half] + y[t + half]);
    for (let k = t - half + 1; k < t + half; k++) s += y[k];
    const trend = s / m;
    const ratio = mode === "multiplicative" ? y[t] / trend : y[t] - trend;
    sums[t % m] += ratio;
    counts[t % m]++;
  }
  const raw = sums.map((s, i) => (counts[i] ? s / counts[i] : mode === "multiplicative" ? 1 : 0));
  const avg = raw.reduce((s, v) => s + v, 0) / m;
  const indices = raw.map((v) => (mode === "multiplicative" ? v / avg : v - avg));
  return { period: m, mode, indices };
}

export function deseasonalize(y: number[], s: SeasonalIndices): number[] {
  return y.map((v, t) => (s.mode === "multiplicative" ? v / s.indices[t % s.period] : v - s.indices[t % s.period]));
}

/** Re-apply indices to a forecast that starts right after a history of length n. */
export function reseasonalize(f: number[], s: SeasonalIndices, n: number): number[] {
  return f.map((v, h) => {
    const idx = s.indices[(n + h) % s.period];
    return s.mode === "multiplicative" ? v * idx : v + idx;
  });
}
