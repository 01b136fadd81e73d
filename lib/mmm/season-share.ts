import { parseIsoDate } from "../math/parse-iso-date";
import { solveSymmetricPositiveDefinite } from "../math/cholesky";

const DAY_MS = 86_400_000;

/** Yearly Fourier columns (the same as the mix model's design, design-controls.ts) sin/cos(2πk·day/365.25), k = 1…harmonics, at ISO dates. */
export function seasonColumns(dates: readonly string[], harmonics: number): number[][] {
  const days = dates.map((d) => parseIsoDate(d) / DAY_MS);
  const cols: number[][] = [];
  for (let k = 1; k <= harmonics; k++) {
    cols.push(days.map((d) => Math.sin((2 * Math.PI * k * d) / 365.25)));
    cols.push(days.map((d) => Math.cos((2 * Math.PI * k * d) / 365.25)));
  }
  return cols;
}

/** R² of the least-squares fit of y on the columns (include a column of ones for an intercept); 0 for constant y. */
export function rSquared(columns: readonly (readonly number[])[], y: ArrayLike<number>): number {
  const n = y.length,
    p = columns.length;
  const gram = columns.map((a) => columns.map((b) => a.reduce((s, v, t) => s + v * b[t], 0)));
  gram.forEach((row, i) => (row[i] += 1e-10 * (row[i] || 1)));
  const xy = columns.map((a) => a.reduce((s, v, t) => s + v * y[t], 0));
  const b = solveSymmetricPositiveDefinite(gram, xy);
  let mean = 0;
  for (let t = 0; t < n; t++) mean += y[t];
  mean /= n || 1;
  let sst = 0,
    sse = 0;
  for (let t = 0; t < n; t++) {
    let f = 0;
    for (let j = 0; j < p; j++) f += b[j] * columns[j][t];
    sse += (y[t] - f) ** 2;
    sst += (y[t] - mean) ** 2;
  }
  return sst > 0 ? Math.max(0, 1 - sse / sst) : 0;
}

/**
 * How much of a series' week-to-week variance follows the yearly season: R² of its least-squares fit on an intercept
 * and `harmonics` yearly harmonics (2 by default: a summer swell and a year-end peak).
 * @example seasonalShare(dates, spend) // 0.38 for a budget raised in the peak months
 */
export function seasonalShare(dates: readonly string[], series: ArrayLike<number>, harmonics = 2): number {
  return rSquared([dates.map(() => 1), ...seasonColumns(dates, harmonics)], series);
}
