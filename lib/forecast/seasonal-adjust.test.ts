import { describe, expect, it } from "vitest";
import { deseasonalize, isSeasonal, reseasonalize, seasonalIndices } from "./seasonal-adjust";

describe("classical multiplicative seasonal adjustment", () => {
  const m = 52;
  const pattern = Array.from({ length: m }, (_, k) => 1 + 0.3 * Math.sin((2 * Math.PI * k) / m));
  const y = Array.from({ length: 4 * m }, (_, t) => 100 * pattern[t % m]);

  it("detects seasonality and recovers the indices of a pure seasonal series", () => {
    const s = seasonalIndices(y, m)!;
    expect(s.mode).toBe("multiplicative");
    const mean = pattern.reduce((a, b) => a + b, 0) / m;
    s.indices.forEach((v, k) => expect(v).toBeCloseTo(pattern[k] / mean, 6));
    deseasonalize(y, s).forEach((v) => expect(v).toBeCloseTo(100 * mean, 4));
    expect(reseasonalize([100 * mean], s, y.length)[0]).toBeCloseTo(y[0], 4);
  });

  it("does not flag a linear trend as seasonal", () => {
    expect(
      isSeasonal(
        Array.from({ length: 300 }, (_, t) => t),
        m,
      ),
    ).toBe(false);
  });
});
