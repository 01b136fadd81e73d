import { solveSymmetricPositiveDefinite } from "../math/cholesky";

/** y ≈ intercept + Σ coefficients·x. Plain JSON. */
export type RidgeRegressionModel = { intercept: number; coefficients: number[] };

/**
 * Ridge regression in closed form: β = (XᵀX + λI)⁻¹ Xᵀy on centred data, so the intercept is
 * not shrunk (the usual convention, e.g. sklearn's Ridge). Inputs should be standardised.
 *
 * @param l2 penalty λ (default 1).
 * @throws {Error} on empty input or mismatched lengths.
 */
export function fitRidgeRegression(x: readonly (readonly number[])[], y: readonly number[], l2 = 1): RidgeRegressionModel {
  const n = x.length;
  if (n === 0) throw new Error("fitRidgeRegression: no rows");
  if (y.length !== n) throw new Error("fitRidgeRegression: x and y differ in length");
  const p = x[0].length;
  const xMean = new Array<number>(p).fill(0);
  let yMean = 0;
  for (let i = 0; i < n; i++) {
    yMean += y[i] / n;
    for (let j = 0; j < p; j++) xMean[j] += x[i][j] / n;
  }
  const gram: number[][] = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const xty = new Array<number>(p).fill(0);
  for (let i = 0; i < n; i++) {
    const yc = y[i] - yMean;
    for (let j = 0; j < p; j++) {
      const xj = x[i][j] - xMean[j];
      xty[j] += xj * yc;
      for (let k = 0; k <= j; k++) gram[j][k] += xj * (x[i][k] - xMean[k]);
    }
  }
  for (let j = 0; j < p; j++) gram[j][j] += Math.max(l2, 1e-10);
  const coefficients = p === 0 ? [] : solveSymmetricPositiveDefinite(gram, xty);
  let intercept = yMean;
  for (let j = 0; j < p; j++) intercept -= coefficients[j] * xMean[j];
  return { intercept, coefficients };
}

/** Prediction for one (standardised) row. */
export function predictRidgeRegression(model: RidgeRegressionModel, row: readonly number[]): number {
  let v = model.intercept;
  for (let j = 0; j < model.coefficients.length; j++) v += model.coefficients[j] * row[j];
  return v;
}
