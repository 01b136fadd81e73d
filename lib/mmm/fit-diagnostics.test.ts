import { describe, expect, it } from "vitest";
import { fitDiagnostics, varianceInflation } from "./fit-diagnostics";

describe("fitDiagnostics", () => {
  it("matches hand-computed values", () => {
    // residuals e = [1, −1, 1, −1]; SSE 4, SST of [2,4,6,8] = 20 → R² 0.8; range 6 → NRMSE 1/6;
    // MAPE = mean(1/2, 1/4, 1/6, 1/8); DW = (4+4+4)/4 = 3.
    const d = fitDiagnostics([2, 4, 6, 8], [1, 5, 5, 9], 2);
    expect(d.r2).toBeCloseTo(0.8, 12);
    expect(d.nrmse).toBeCloseTo(1 / 6, 12);
    expect(d.mape).toBeCloseTo((1 / 2 + 1 / 4 + 1 / 6 + 1 / 8) / 4, 12);
    expect(d.dw).toBeCloseTo(3, 12);
    expect(d.aic).toBeCloseTo(4 * Math.log(1) + 4, 12);
    expect(d.bic).toBeCloseTo(2 * Math.log(4), 12);
  });
});

describe("varianceInflation", () => {
  it("is 1 for orthogonal columns and 1/(1−r²) for a correlated pair", () => {
    expect(
      varianceInflation([
        [1, -1, 1, -1],
        [1, 1, -1, -1],
      ]).map((v) => +v.toFixed(12)),
    ).toEqual([1, 1]);
    // x = [1,2,3,4], w = [1,3,2,4]: r = 0.8 → VIF = 1/(1 − 0.64) = 2.777…
    const v = varianceInflation([
      [1, 2, 3, 4],
      [1, 3, 2, 4],
    ]);
    expect(v[0]).toBeCloseTo(1 / 0.36, 10);
    expect(v[1]).toBeCloseTo(1 / 0.36, 10);
  });

  it("flags constant (NaN) and exactly collinear (∞) columns", () => {
    expect(
      varianceInflation([
        [1, 1, 1],
        [1, 2, 3],
      ])[0],
    ).toBeNaN();
    expect(
      varianceInflation([
        [1, 2, 3],
        [2, 4, 6],
      ])[0],
    ).toBe(Infinity);
  });
});
