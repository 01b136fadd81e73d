import { SimpleLinearRegression, TheilSenRegression } from "ml-regression";

export type FittedLine = { slope: number; intercept: number };
export type FittedLines = {
  /** least squares (ml-regression SimpleLinearRegression) */
  ols: FittedLine & { r2: number };
  /** Theil–Sen (median of pairwise slopes): robust to a few extreme weeks such as holiday peaks */
  theilSen: FittedLine;
  xMin: number;
  xMax: number;
};

/**
 * The straight lines drawn through a KPI-vs-driver scatter: least squares and the robust Theil–Sen line, both from
 * ml-regression. A slope is "KPI units per driver unit" — how the two moved together, not what one does to the other.
 * @returns null when x does not vary (no line can be fitted) or there are fewer than 3 points.
 * @throws {Error} when the arrays differ in length.
 * @example fittedLines([1, 2, 3, 4, 5], [2, 4, 5, 4, 5])!.ols // { slope: 0.6, intercept: 2.2, r2: 0.6 }
 */
export function fittedLines(x: readonly number[], y: readonly number[]): FittedLines | null {
  if (x.length !== y.length) throw new Error("fittedLines: x and y differ in length");
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < x.length; i++) {
    if (Number.isFinite(x[i]) && Number.isFinite(y[i])) {
      xs.push(x[i]);
      ys.push(y[i]);
    }
  }
  if (xs.length < 3) return null;
  const xMin = Math.min(...xs);
  const xMax = Math.max(...xs);
  if (xMin === xMax) return null;
  const ols = new SimpleLinearRegression(xs, ys);
  const ts = new TheilSenRegression(xs, ys);
  return { ols: { slope: ols.slope, intercept: ols.intercept, r2: ols.score(xs, ys).r2 }, theilSen: { slope: ts.slope, intercept: ts.intercept }, xMin, xMax };
}
