import { describe, expect, it } from "vitest";
import { generateCase } from "./generate-case";
import { solveLeastSquares } from "./oracle-regression";

describe("solveLeastSquares", () => {
  it("recovers an exact line: y = 1 + 2x", () => {
    const fit = solveLeastSquares(
      [
        [1, 1, 1, 1],
        [0, 1, 2, 3],
      ],
      [1, 3, 5, 7],
    );
    expect(fit.coef[0]).toBeCloseTo(1, 10);
    expect(fit.coef[1]).toBeCloseTo(2, 10);
    expect(fit.sigma2).toBeCloseTo(0, 10);
  });
  it("hand-worked slope, intercept, residual variance and standard error: x = 0,1,2,3, y = 0,2,1,3", () => {
    // Sxx = 5, Sxy = 4 → slope 0.8, intercept 1.5 − 0.8·1.5 = 0.3; residuals −0.3, 0.9, −0.9, 0.3 → SSE 1.8,
    // σ² = 1.8 / 2 = 0.9, se(slope) = √(0.9 / 5).
    const fit = solveLeastSquares(
      [
        [1, 1, 1, 1],
        [0, 1, 2, 3],
      ],
      [0, 2, 1, 3],
    );
    expect(fit.coef[1]).toBeCloseTo(0.8, 10);
    expect(fit.coef[0]).toBeCloseTo(0.3, 10);
    expect(fit.sigma2).toBeCloseTo(0.9, 10);
    expect(fit.se[1]).toBeCloseTo(Math.sqrt(0.18), 10);
  });
  it("throws on a rank-deficient design", () => {
    expect(() =>
      solveLeastSquares(
        [
          [1, 1, 1],
          [2, 2, 2],
        ],
        [1, 2, 3],
      ),
    ).toThrow(/rank-deficient/);
  });
});

describe("the oracle regression on generated cases", () => {
  it("recovers the ROIs of a long, low-noise case closely", () => {
    const { truth } = generateCase("long-260w-3ch");
    expect(truth.oracle.medianRoiError).toBeLessThan(0.1);
    expect(truth.oracle.unidentified).toBe(0);
  });
  it("finds a null channel indistinguishable from zero", () => {
    const { truth } = generateCase("nulls-156w-6ch");
    for (const c of truth.oracle.channels.filter((o) => truth.channels.find((t) => t.name === o.name)!.isNull)) expect(Math.abs(c.t)).toBeLessThan(2.5);
  });
});
