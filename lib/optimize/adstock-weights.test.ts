import { describe, expect, it } from "vitest";
import { adstockWeights } from "./adstock-weights";

describe("adstockWeights", () => {
  it("geometric: ratio theta between lags, summing to 1", () => {
    const w = adstockWeights({ type: "geometric", theta: 0.6, maxLag: 5 });
    expect(w).toHaveLength(6);
    expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    for (let l = 1; l < w.length; l++) expect(w[l] / w[l - 1]).toBeCloseTo(0.6, 12);
    // Closed form of the first weight: (1 − θ)/(1 − θ^6).
    expect(w[0]).toBeCloseTo(0.4 / (1 - 0.6 ** 6), 12);
  });

  it("weibull-cdf: chained survival, non-increasing; weibull-pdf with shape > 1 peaks after lag 0", () => {
    const cdf = adstockWeights({ type: "weibull-cdf", shape: 1.5, scale: 0.3, maxLag: 10 });
    expect(cdf.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    for (let l = 1; l < cdf.length; l++) expect(cdf[l]).toBeLessThanOrEqual(cdf[l - 1]);
    // Ratio of lag 1 to lag 0 is the survival exp(−(1/λ)^k) with λ = 0.3·10 = 3.
    expect(cdf[1] / cdf[0]).toBeCloseTo(Math.exp(-Math.pow(1 / 3, 1.5)), 12);
    const pdf = adstockWeights({ type: "weibull-pdf", shape: 3, scale: 0.4, maxLag: 10 });
    expect(pdf.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(pdf.indexOf(Math.max(...pdf))).toBeGreaterThan(0);
  });

  it("maxLag 0 or degenerate weights mean no carryover", () => {
    expect(adstockWeights({ type: "geometric", theta: 0.9, maxLag: 0 })).toEqual([1]);
    expect(adstockWeights({ type: "geometric", theta: Number.NaN, maxLag: 3 })).toEqual([1]);
  });
});
