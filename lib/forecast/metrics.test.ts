import { describe, expect, it } from "vitest";
import { bias, coverage, directionalAccuracy, mae, mape, mase, maseScale, pinball, rmse, smape } from "./metrics";

describe("metrics on hand-computed cases", () => {
  const actual = [100, 200, 50];
  const forecast = [110, 180, 50];

  it.each([
    ["mape", mape(actual, forecast), (100 * (10 / 100 + 20 / 200 + 0)) / 3],
    // M4 sMAPE: 200·|Y−F|/(|Y|+|F|) per point
    ["smape", smape(actual, forecast), ((200 * 10) / 210 + (200 * 20) / 380 + 0) / 3],
    ["mae", mae(actual, forecast), 10],
    ["rmse", rmse(actual, forecast), Math.sqrt((100 + 400) / 3)],
    ["bias", bias(actual, forecast), (10 - 20 + 0) / 3],
  ])("%s", (_, got, want) => {
    expect(got).toBeCloseTo(want, 10);
  });

  it("sMAPE counts 0/0 as no error and a forecast of 0 for a positive actual as 200", () => {
    expect(smape([0, 5], [0, 0])).toBeCloseTo(100, 10);
  });

  it("MASE scale is the in-sample naive MAE divided by n − m (M4 R code)", () => {
    // |3−1| + |2−3| + |5−2| = 6 over n − 1 = 3
    expect(maseScale([1, 3, 2, 5], 1)).toBeCloseTo(2, 12);
    // lag 2: |2−1| + |5−3| = 3 over 2
    expect(maseScale([1, 3, 2, 5], 2)).toBeCloseTo(1.5, 12);
    expect(mase([6, 8], [5, 5], 2)).toBeCloseTo((1 + 3) / 2 / 2, 12);
    expect(mase([6], [5], 0)).toBeNaN();
  });

  it("directional accuracy compares the direction of change from the previous actual", () => {
    // steps: 10→12 up (f 11 up ✓), 12→11 down (f 13 up ✗), 11→15 up (f 12 up ✓)
    expect(directionalAccuracy([12, 11, 15], [11, 13, 12], 10)).toBeCloseTo(2 / 3, 12);
  });

  it("coverage counts actuals inside closed intervals", () => {
    expect(coverage([1, 2, 3, 4], [0, 2, 3.5, 0], [1, 3, 4, 3])).toBeCloseTo(0.5, 12);
  });

  it("pinball loss weighs under- and over-forecasts by q and 1 − q", () => {
    expect(pinball([10], [8], 0.9)).toBeCloseTo(1.8, 12);
    expect(pinball([10], [8], 0.1)).toBeCloseTo(0.2, 12);
    expect(pinball([10], [12], 0.9)).toBeCloseTo(0.2, 12);
    // q = 0.5 is half the absolute error
    expect(pinball([1, 5], [3, 2], 0.5)).toBeCloseTo(mae([1, 5], [3, 2]) / 2, 12);
  });

  it("rejects mismatched or empty inputs, naming the function", () => {
    expect(() => smape([1, 2], [1])).toThrow(/smape/);
    expect(() => rmse([], [])).toThrow(/rmse: empty/);
    expect(() => pinball([1], [1], 1)).toThrow(/pinball/);
  });
});
