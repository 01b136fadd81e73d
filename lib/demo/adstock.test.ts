import { describe, expect, it } from "vitest";
import { adstockWeights, applyAdstock, carryoverWeeks } from "./adstock";

describe("adstockWeights", () => {
  it.each([
    { type: "geometric", theta: 0.5, maxLag: 6 },
    { type: "weibull-cdf", shape: 0.9, scale: 0.5, maxLag: 8 },
    { type: "weibull-pdf", shape: 2, scale: 0.25, maxLag: 10 },
  ] as const)("normalises $type weights to sum 1", (adstock) => {
    const w = adstockWeights(adstock);
    expect(w).toHaveLength(adstock.maxLag + 1);
    expect(w.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
    expect(w.every((x) => x >= 0)).toBe(true);
  });

  it("gives geometric weights in ratio theta", () => {
    const w = adstockWeights({ type: "geometric", theta: 0.3, maxLag: 4 });
    for (let l = 1; l < w.length; l++) expect(w[l] / w[l - 1]).toBeCloseTo(0.3, 12);
    // 1 / (1 + .3 + .09 + .027 + .0081)
    expect(w[0]).toBeCloseTo(1 / 1.4251, 10);
  });

  it("peaks after lag 0 for a Weibull PDF with shape > 1 (delayed effect)", () => {
    const w = adstockWeights({ type: "weibull-pdf", shape: 2, scale: 0.25, maxLag: 10 });
    const peak = w.indexOf(Math.max(...w));
    // Weibull(k=2, λ=2.5) mode = λ·(1/2)^(1/2) ≈ 1.77; on bins l+1 the largest weight is bin 2 = lag 1.
    expect(peak).toBe(1);
    // f(1)/f(2) = (1/2)·exp((4 − 1)/6.25)
    expect(w[0] / w[1]).toBeCloseTo(0.5 * Math.exp(3 / 6.25), 12);
  });

  it("matches the closed form for shape 1 (pdf = exponential)", () => {
    // weibullAdstockWeights(1, 0.5, 2, "pdf") in lib/mmm's doc example: [1, e^-1, e^-2] normalised
    const w = adstockWeights({ type: "weibull-pdf", shape: 1, scale: 0.5, maxLag: 2 });
    const z = 1 + Math.exp(-1) + Math.exp(-2);
    expect(w[0]).toBeCloseTo(1 / z, 12);
    expect(w[2]).toBeCloseTo(Math.exp(-2) / z, 12);
  });

  it("decays monotonically for the Weibull CDF (chained survival) form", () => {
    const w = adstockWeights({ type: "weibull-cdf", shape: 0.9, scale: 0.5, maxLag: 8 });
    for (let l = 1; l < w.length; l++) expect(w[l]).toBeLessThan(w[l - 1]);
  });
});

describe("applyAdstock", () => {
  it("convolves with zero spend before the first week", () => {
    expect(applyAdstock([10, 0, 0], [0.5, 0.3, 0.2])).toEqual([5, 3, 2]);
    expect(applyAdstock([10, 10, 10], [0.5, 0.3, 0.2])).toEqual([5, 8, 10]);
  });
});

describe("carryoverWeeks", () => {
  it.each([
    // theta 0.5, 7 lags: cumulative 0.504, 0.756, 0.882, 0.945 → 4 weeks
    { weights: adstockWeights({ type: "geometric", theta: 0.5, maxLag: 6 }), expected: 4 },
    { weights: [1], expected: 1 },
    { weights: [0.5, 0.4, 0.1], expected: 2 },
  ])("counts weeks to 90 % of the weight ($expected)", ({ weights, expected }) => {
    expect(carryoverWeeks(weights, 0.9)).toBe(expected);
  });
});
