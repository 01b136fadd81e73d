import { describe, expect, it } from "vitest";
import { createRng } from "../../math/random";
import { futureWeeks } from "../dates";
import type { FitInput } from "../types";
import { regressionModel, ridge } from "./regression";

describe("ridge", () => {
  it("with λ → 0 reproduces exact least squares on a noiseless plane", () => {
    const X = [
      [1, 0],
      [0, 1],
      [1, 1],
      [2, 1],
      [3, 5],
    ];
    const y = X.map(([a, b]) => 4 + 2 * a - 3 * b);
    const beta = ridge(X, y, 1e-12);
    expect(beta[0]).toBeCloseTo(4, 6);
    expect(beta[1]).toBeCloseTo(2, 6);
    expect(beta[2]).toBeCloseTo(-3, 6);
  });
});

describe("regression model", () => {
  const rng = createRng(7);
  const n = 160;
  const h = 6;
  const spend = Array.from({ length: n + h }, () => 50 + 20 * rng.normal());
  const dates = futureWeeks("2020-12-28", n);
  const y = spend.slice(0, n).map((x) => 100 + 3 * x + 2 * rng.normal());
  const input: FitInput = {
    y,
    dates,
    regressors: { spend: spend.slice(0, n) },
    holidays: [],
    horizon: h,
    future: { dates: futureWeeks(dates[n - 1], h), regressors: { spend: spend.slice(n) } },
    seed: 1,
  };

  it("recovers a known regressor coefficient (true 3)", () => {
    const f = regressionModel.fit(input);
    const j = f.featureNames.indexOf("spend");
    expect(f.beta[j + 1]).toBeGreaterThan(2.9);
    expect(f.beta[j + 1]).toBeLessThan(3.1);
  });

  it("forecasts follow the planned future regressor and report its contribution", () => {
    const f = regressionModel.fit(input);
    const p = regressionModel.predict(f, { horizon: h, ...input.future });
    const spendFuture = spend.slice(n);
    p.yhat.forEach((v, i) => expect(Math.abs(v - (100 + 3 * spendFuture[i]))).toBeLessThan(8));
    expect(p.contributions!.spend).toHaveLength(h);
    const mean = spend.slice(0, n).reduce((a, b) => a + b, 0) / n;
    expect(p.contributions!.spend[0] / (spendFuture[0] - mean)).toBeCloseTo(f.beta[f.featureNames.indexOf("spend") + 1], 10);
    expect(JSON.parse(JSON.stringify(f))).toEqual(f);
  });
});
