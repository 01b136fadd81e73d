import { sigmoid } from "./sigmoid";
import { solveSymmetricPositiveDefinite } from "../math/cholesky";

/** A fitted logistic regression: log-odds = intercept + Σ coefficients·x. Plain JSON. */
export type LogisticRegressionModel = { intercept: number; coefficients: number[] };

export type LogisticRegressionOptions = {
  /** L2 penalty λ on the coefficients (not the intercept): loss + λ/2·‖β‖². Default 1. */
  l2?: number;
  /** Per-observation weights (e.g. balanced class weights). Default all 1. */
  weights?: readonly number[];
  maxIterations?: number;
  tolerance?: number;
};

/**
 * Weighted, L2-penalised logistic regression fitted by Newton–Raphson (IRLS). With the penalty
 * the objective is strictly convex, so Newton converges in a handful of steps even when classes
 * are separable (where unpenalised MLE diverges). Inputs should already be standardised so one λ
 * treats every feature alike.
 *
 * Objective: −Σ wᵢ[yᵢ log pᵢ + (1−yᵢ) log(1−pᵢ)] + λ/2 Σ βⱼ² (the intercept is free), which is
 * what sklearn's LogisticRegression(C = 1/λ, sample_weight = w) minimises.
 *
 * @throws {Error} on empty input or mismatched lengths.
 */
export function fitLogisticRegression(
  x: readonly (readonly number[])[],
  y: readonly number[],
  options: LogisticRegressionOptions = {},
): LogisticRegressionModel {
  const n = x.length;
  if (n === 0) throw new Error("fitLogisticRegression: no rows");
  if (y.length !== n) throw new Error("fitLogisticRegression: x and y differ in length");
  const p = x[0].length;
  const l2 = options.l2 ?? 1;
  const w = options.weights ?? new Array<number>(n).fill(1);
  if (w.length !== n) throw new Error("fitLogisticRegression: weights and y differ in length");
  const maxIterations = options.maxIterations ?? 50;
  const tolerance = options.tolerance ?? 1e-8;
  // beta[0] is the intercept; start it at the weighted log-odds so step one is small.
  const beta = new Array<number>(p + 1).fill(0);
  let wPos = 0;
  let wAll = 0;
  for (let i = 0; i < n; i++) {
    wAll += w[i];
    if (y[i] === 1) wPos += w[i];
  }
  const base = Math.min(1 - 1e-6, Math.max(1e-6, wPos / wAll));
  beta[0] = Math.log(base / (1 - base));
  const penalty = (j: number) => (j === 0 ? 1e-8 : l2);

  for (let iter = 0; iter < maxIterations; iter++) {
    const gradient = new Array<number>(p + 1).fill(0);
    const hessian: number[][] = Array.from({ length: p + 1 }, () => new Array<number>(p + 1).fill(0));
    for (let i = 0; i < n; i++) {
      const row = x[i];
      let z = beta[0];
      for (let j = 0; j < p; j++) z += beta[j + 1] * row[j];
      const prob = sigmoid(z);
      const r = w[i] * (prob - y[i]);
      const h = w[i] * prob * (1 - prob);
      gradient[0] += r;
      hessian[0][0] += h;
      for (let j = 0; j < p; j++) {
        const xj = row[j];
        gradient[j + 1] += r * xj;
        const hx = h * xj;
        hessian[j + 1][0] += hx;
        for (let k = 0; k <= j; k++) hessian[j + 1][k + 1] += hx * row[k];
      }
    }
    for (let j = 0; j <= p; j++) {
      gradient[j] += penalty(j) * beta[j];
      hessian[j][j] += penalty(j);
    }
    const step = solveSymmetricPositiveDefinite(hessian, gradient);
    let maxStep = 0;
    for (let j = 0; j <= p; j++) {
      beta[j] -= step[j];
      maxStep = Math.max(maxStep, Math.abs(step[j]));
    }
    if (maxStep < tolerance) break;
  }
  return { intercept: beta[0], coefficients: beta.slice(1) };
}

/** Linear predictor (log-odds) for one standardised row. */
export function logisticRegressionLogit(model: LogisticRegressionModel, row: readonly number[]): number {
  let z = model.intercept;
  for (let j = 0; j < model.coefficients.length; j++) z += model.coefficients[j] * row[j];
  return z;
}

/** P(y = 1) for one standardised row. */
export function predictLogisticRegression(model: LogisticRegressionModel, row: readonly number[]): number {
  return sigmoid(logisticRegressionLogit(model, row));
}
