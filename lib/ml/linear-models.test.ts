import { describe, expect, it } from "vitest";
import { createRng } from "@/lib/math/random";
import { balancedClassWeights } from "./balanced-class-weights";
import { fitLogisticRegression, predictLogisticRegression } from "./logistic-regression";
import { applyPlattCalibration, fitPlattCalibration } from "./platt-calibration";
import { fitRidgeRegression } from "./ridge-regression";
import { solveSymmetricPositiveDefinite } from "../math/cholesky";
import { fitStandardizer, standardizeRow } from "./standardizer";
import { sigmoid } from "./sigmoid";

describe("solveSymmetricPositiveDefinite", () => {
  it("solves a 2×2 system", () => {
    const [a, b] = solveSymmetricPositiveDefinite(
      [
        [4, 2],
        [2, 3],
      ],
      [2, 1],
    );
    expect(a).toBeCloseTo(0.5, 12);
    expect(b).toBeCloseTo(0, 12);
  });
  it("rejects a singular matrix", () => {
    expect(() =>
      solveSymmetricPositiveDefinite(
        [
          [1, 1],
          [1, 1],
        ],
        [1, 1],
      ),
    ).toThrow(/positive definite/);
  });
});

describe("fitStandardizer", () => {
  it("uses population sd and guards constant columns", () => {
    const s = fitStandardizer([
      [1, 5],
      [3, 5],
    ]);
    expect(s.means).toEqual([2, 5]);
    expect(s.scales[0]).toBeCloseTo(1, 12);
    expect(s.scales[1]).toBe(1);
    expect(standardizeRow(s, [3, 5])).toEqual([1, 0]);
  });
});

describe("balancedClassWeights", () => {
  it("equalises class totals", () => {
    const w = balancedClassWeights([1, 0, 0, 0]);
    expect(w[0]).toBeCloseTo(2, 12);
    expect(w[1]).toBeCloseTo(2 / 3, 12);
  });
});

describe("fitLogisticRegression", () => {
  // Saturated model on one binary feature: the MLE reproduces the group rates exactly,
  // P(y|x=0) = 1/4 → intercept log(1/3); P(y|x=1) = 3/4 → intercept + β = log 3.
  const x = [[0], [0], [0], [0], [1], [1], [1], [1]];
  const y = [0, 0, 0, 1, 0, 1, 1, 1];
  it("recovers the closed-form MLE when unpenalised", () => {
    const m = fitLogisticRegression(x, y, { l2: 1e-10 });
    expect(m.intercept).toBeCloseTo(Math.log(1 / 3), 6);
    expect(m.coefficients[0]).toBeCloseTo(2 * Math.log(3), 6);
  });
  it("treats a weight of 2 like a duplicated row", () => {
    const m = fitLogisticRegression(x, y, { l2: 1e-10, weights: y.map((v) => (v === 1 ? 2 : 1)) });
    expect(m.intercept).toBeCloseTo(Math.log(2 / 3), 6); // 2 of 5 weighted at x = 0
    expect(predictLogisticRegression(m, [1])).toBeCloseTo(6 / 7, 6); // 6 of 7 weighted at x = 1
  });
  it("shrinks coefficients under L2 and stays finite on separable data", () => {
    const m = fitLogisticRegression([[-1], [-0.5], [0.5], [1]], [0, 0, 1, 1], { l2: 1 });
    expect(Number.isFinite(m.coefficients[0])).toBe(true);
    expect(m.coefficients[0]).toBeGreaterThan(0);
    expect(m.coefficients[0]).toBeLessThan(3);
  });
});

describe("fitRidgeRegression", () => {
  it("matches the closed form", () => {
    // centred x = [−1, 0, 1], Sxx = 2, Sxy = 2 → β = 2 / (2 + λ)
    expect(fitRidgeRegression([[1], [2], [3]], [1, 2, 3], 0).coefficients[0]).toBeCloseTo(1, 9);
    const m = fitRidgeRegression([[1], [2], [3]], [1, 2, 3], 2);
    expect(m.coefficients[0]).toBeCloseTo(0.5, 12);
    expect(m.intercept).toBeCloseTo(1, 12);
  });
});

describe("fitPlattCalibration", () => {
  it("recovers the slope and intercept of a logistic link", () => {
    const rng = createRng(7);
    const scores: number[] = [];
    const labels: number[] = [];
    for (let i = 0; i < 20000; i++) {
      const s = rng.normal();
      scores.push(s);
      labels.push(rng.next() < sigmoid(2 * s + 1) ? 1 : 0);
    }
    const c = fitPlattCalibration(scores, labels);
    expect(c.slope).toBeGreaterThan(1.85);
    expect(c.slope).toBeLessThan(2.15);
    expect(c.intercept).toBeGreaterThan(0.9);
    expect(c.intercept).toBeLessThan(1.1);
    expect(applyPlattCalibration(c, 0)).toBeCloseTo(sigmoid(c.intercept), 12);
  });
});
