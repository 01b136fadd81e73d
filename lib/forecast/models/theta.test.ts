import { describe, expect, it } from "vitest";
import { fitTheta, olsSlope, predictTheta } from "./theta";
import { fitSes } from "../ses";

describe("SES", () => {
  it("on a constant series the level is the constant and the error is 0", () => {
    const f = fitSes(new Array(30).fill(7));
    expect(f.level).toBeCloseTo(7, 12);
    expect(f.sigma).toBeCloseTo(0, 12);
  });

  it("on a random walk picks α near 1 (the naive forecast is optimal)", () => {
    let v = 100;
    let s = 12345;
    const y = Array.from({ length: 300 }, () => {
      s = (s * 1103515245 + 12345) % 2 ** 31;
      v += (s / 2 ** 31 - 0.5) * 10;
      return v;
    });
    expect(fitSes(y).alpha).toBeGreaterThan(0.85);
  });
});

describe("Theta (Hyndman & Billah 2003 form)", () => {
  it("closed form: ŷ_h = ℓ + (b/2)·(h − 1 + 1/α − (1−α)^n/α)", () => {
    const p = predictTheta({ kind: "theta", level: 10, alpha: 0.5, slope: 2, n: 200, sigma: 1, seasonal: null }, 3);
    // (1 − α)^n ≈ 0, so ŷ_h = 10 + 1·(h + 1)
    expect(p.yhat[0]).toBeCloseTo(12, 10);
    expect(p.yhat[1]).toBeCloseTo(13, 10);
    expect(p.yhat[2]).toBeCloseTo(14, 10);
    // SES variance: σ²(1 + (h−1)α²)
    expect(p.sd[2]).toBeCloseTo(Math.sqrt(1 + 2 * 0.25), 12);
  });

  it("on a linear trend: slope recovered exactly, forecast grows by b/2 per step", () => {
    const y = Array.from({ length: 60 }, (_, t) => 5 + 2 * t);
    expect(olsSlope(y)).toBeCloseTo(2, 12);
    const f = fitTheta(y, true);
    expect(f.seasonal).toBeNull();
    const p = predictTheta(f, 5);
    for (let h = 1; h < 5; h++) expect(p.yhat[h] - p.yhat[h - 1]).toBeCloseTo(1, 10);
    // α at its upper bound 0.99: one step ahead ≈ last value + b/2·(1/α) minus SES lag b(1−α)/α
    expect(p.yhat[0]).toBeGreaterThan(y[59]);
    expect(p.yhat[0]).toBeLessThan(y[59] + 2);
  });
});
