import { describe, expect, it } from "vitest";
import { generateGeoFromSpec } from "./generate-geo-case";
import { geoCaseSpec } from "./geo-cases";
import { geoOracle, poolDerSimonianLaird } from "./geo-oracle";

describe("geoOracle", () => {
  it("recovers every channel's national ROI when the KPI has no noise (the regression is then exact)", () => {
    const g = generateGeoFromSpec({ ...geoCaseSpec("geo-20r-130w-3ch"), noise: 0 });
    const o = geoOracle(g);
    o.channels.forEach((c, i) => {
      expect(c.truth).toBe(g.truth.channels[i].roi);
      expect(Math.abs(c.unpooled - c.truth)).toBeLessThan(1e-4 * Math.max(1, c.truth));
      expect(Math.abs(c.pooled - c.truth)).toBeLessThan(1e-3 * Math.max(1, c.truth));
    });
    expect(o.unpooledMedianError).toBeLessThan(1e-4);
  });

  it("misses by the noise's share on the generated data, and pools without losing accuracy", () => {
    const o = geoOracle(generateGeoFromSpec(geoCaseSpec("geo-40r-156w-6ch")));
    expect(o.unpooledMedianError).toBeGreaterThan(0);
    expect(o.unpooledMedianError).toBeLessThan(0.2);
    expect(o.pooledMedianError).toBeLessThan(0.2);
    // The unpooled standard error is what the spread of the estimate says: every real channel within 4 se of its truth.
    o.channels.forEach((c) => expect(Math.abs(c.unpooled - c.truth)).toBeLessThan(4 * c.unpooledSe + 1e-9));
  });
});

describe("poolDerSimonianLaird", () => {
  it("returns the precision-weighted mean for every region when the spread is within the noise (τ² = 0)", () => {
    // w = 1/se² = [4, 1]; mean = (4·1 + 1·1.5) / 5 = 1.1; Q = 4·0.01 + 1·0.16 = 0.2 < k − 1 = 1 → τ² = 0.
    expect(poolDerSimonianLaird([1, 1.5], [0.5, 1])).toEqual([1.1, 1.1].map((v) => expect.closeTo(v, 12)));
  });

  it("shrinks each estimate toward the random-effects mean by its own precision (hand-computed)", () => {
    // b = [0, 10, 20], se = 1 → w = 1, mean 10, Q = 200, W = 3, W2 = 3 → τ² = (200 − 2) / (3 − 1) = 99;
    // random-effects mean 10; posterior (b/1 + 10/99) / (1 + 1/99) = (99 b + 10) / 100.
    const out = poolDerSimonianLaird([0, 10, 20], [1, 1, 1]);
    expect(out[0]).toBeCloseTo(0.1, 12);
    expect(out[1]).toBeCloseTo(10, 12);
    expect(out[2]).toBeCloseTo(19.9, 12);
  });
});
