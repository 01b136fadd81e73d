import { solveSymmetricPositiveDefinite } from "../math/cholesky";
import { regressionMetrics } from "../ml/regression-metrics";
import { yearlyHarmonicColumns } from "./design-controls";

/**
 * R² of the least-squares fit of y on the columns (include a column of ones for an intercept); 0 for a constant y.
 * The fit is solved by the normal equations (a tiny ridge keeps an exactly collinear design solvable); R² itself is
 * regressionMetrics'.
 */
export function rSquared(columns: readonly ArrayLike<number>[], y: ArrayLike<number>): number {
  const n = y.length,
    p = columns.length;
  const dot = (a: ArrayLike<number>, b: ArrayLike<number>) => {
    let s = 0;
    for (let t = 0; t < n; t++) s += a[t] * b[t];
    return s;
  };
  const gram = columns.map((a) => columns.map((b) => dot(a, b)));
  gram.forEach((row, i) => (row[i] += 1e-10 * (row[i] || 1)));
  const b = solveSymmetricPositiveDefinite(
    gram,
    columns.map((a) => dot(a, y)),
  );
  const fitted = Array.from({ length: n }, (_, t) => {
    let f = 0;
    for (let j = 0; j < p; j++) f += b[j] * columns[j][t];
    return f;
  });
  const { r2 } = regressionMetrics(Array.from(y), fitted);
  return Number.isNaN(r2) ? 0 : Math.max(0, r2);
}

/**
 * How much of a series' week-to-week variance follows the yearly season: R² of its least-squares fit on an intercept
 * and `harmonics` yearly harmonics (2 by default: a summer swell and a year-end peak), the mix model's own season
 * columns (design-controls.ts yearlyHarmonicColumns).
 * @example seasonalShare(dates, spend) // 0.38 for a budget raised in the peak months
 */
export function seasonalShare(dates: readonly string[], series: ArrayLike<number>, harmonics = 2): number {
  return rSquared([new Float64Array(dates.length).fill(1), ...yearlyHarmonicColumns(dates, harmonics)], series);
}
