/**
 * Root mean squared error and coefficient of determination of predictions against actuals.
 * R² = 1 − SSE/SST with SST around the actuals' own mean, so a constant mean prediction scores 0
 * and worse-than-mean predictions go negative (sklearn's r2_score convention).
 *
 * @throws {Error} when arrays differ in length or are empty.
 * @example regressionMetrics([1, 2, 3], [1, 2, 4]) // { rmse: 0.577…, r2: 0.5 }
 */
export function regressionMetrics(actual: readonly number[], predicted: readonly number[]): { rmse: number; r2: number } {
  if (actual.length !== predicted.length) throw new Error("regressionMetrics: actual and predicted differ in length");
  if (actual.length === 0) throw new Error("regressionMetrics: no observations");
  const mean = actual.reduce((s, v) => s + v, 0) / actual.length;
  let sse = 0;
  let sst = 0;
  for (let i = 0; i < actual.length; i++) {
    sse += (actual[i] - predicted[i]) ** 2;
    sst += (actual[i] - mean) ** 2;
  }
  return { rmse: Math.sqrt(sse / actual.length), r2: sst === 0 ? Number.NaN : 1 - sse / sst };
}
