import { describe, expect, it } from "vitest";
import { nationalChannelCurve } from "./geo-national-curve";
import { hillShape } from "../math/response-curve";

describe("nationalChannelCurve", () => {
  it("is exactly one Hill (gamma·Σsize, beta Σ size·b) when every region spends the same per size unit", () => {
    const sizes = [0.5, 1, 1.5],
      b = [10, 20, 30],
      alpha = 1.4,
      gamma = 100;
    const total = sizes.reduce((a, c) => a + c, 0);
    const shares = sizes.map((s) => s / total);
    const curve = nationalChannelCurve(sizes, shares, b, alpha, gamma, 200);
    const beta = sizes.reduce((s, v, i) => s + v * b[i], 0); // 0.5·10 + 20 + 45 = 70
    expect(beta).toBe(70);
    for (const x of [50, 300, 900]) expect(curve.at(x)).toBeCloseTo(beta * hillShape(x, alpha, gamma * total), 9);
    expect(curve.hill.alpha).toBe(alpha);
    expect(curve.hill.gamma / (gamma * total)).toBeCloseTo(1, 6);
    expect(curve.hill.beta / beta).toBeCloseTo(1, 6);
  });

  it("sums regional curves and their slopes when regions spend unevenly", () => {
    const sizes = [1, 1],
      shares = [0.8, 0.2],
      b = [5, 5];
    const curve = nationalChannelCurve(sizes, shares, b, 1, 10, 20);
    // Region 1 spends 16, region 2 spends 4 of a national 20: 5·16/26 + 5·4/14.
    expect(curve.at(20)).toBeCloseTo((5 * 16) / 26 + (5 * 4) / 14, 12);
    // d/dx Σ b·hill(π x) = Σ b·π·γ/(π x + γ)² for alpha = 1.
    expect(curve.marginalAtMean).toBeCloseTo((5 * 0.8 * 10) / 26 ** 2 + (5 * 0.2 * 10) / 14 ** 2, 12);
    const gammas = [10 / 0.8, 10 / 0.2];
    expect(curve.hill.gamma).toBeGreaterThanOrEqual(Math.min(...gammas) - 1e-9);
    expect(curve.hill.gamma).toBeLessThanOrEqual(Math.max(...gammas) + 1e-9);
  });

  it("is flat zero for a channel with no effect anywhere", () => {
    const curve = nationalChannelCurve([1, 2], [0.5, 0.5], [0, 0], 1, 10, 5);
    expect(curve.at(100)).toBe(0);
    expect(curve.hill.beta).toBe(0);
  });
});
