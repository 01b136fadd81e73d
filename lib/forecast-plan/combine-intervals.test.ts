import { describe, expect, it } from "vitest";
import { normalQuantile } from "../forecast/normal-quantile";
import { combineBaselineAndMedia, normalCdf, reduceToQuantiles } from "./combine-intervals";

const Z80 = 1.2815515655446004;
const Z95 = 1.959963984540054;
const normalBaseline = (means: number[], sd: number) => ({
  dates: means.map((_, i) => `2025-01-${String(6 + 7 * i).padStart(2, "0")}`),
  yhat: means,
  lo80: means.map((m) => m - Z80 * sd),
  hi80: means.map((m) => m + Z80 * sd),
  lo95: means.map((m) => m - Z95 * sd),
  hi95: means.map((m) => m + Z95 * sd),
});

/** Φ by Simpson's rule on the density, independent of normalCdf's rational approximation. */
function phiBySimpson(z: number): number {
  const a = -12,
    n = 4000,
    h = (z - a) / n;
  const f = (x: number) => Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
  let s = f(a) + f(z);
  for (let i = 1; i < n; i++) s += (i % 2 ? 4 : 2) * f(a + i * h);
  return (s * h) / 3;
}

describe("normalCdf", () => {
  it.each([-7, -3, -1.96, -0.5, 0, 0.3, 0.7, 1.2815515655446004, 2.5, 6])("matches the integrated density at %s", (z) => {
    expect(normalCdf(z)).toBeCloseTo(phiBySimpson(z), 10);
  });
  it("inverts normalQuantile", () => {
    for (const p of [0.025, 0.1, 0.5, 0.9, 0.975]) expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 8);
  });
});

describe("combineBaselineAndMedia", () => {
  it("without draws: the baseline interval moved by the media", () => {
    const b = normalBaseline([100, 110], 10);
    const out = combineBaselineAndMedia(b, { center: [5, -3] });
    expect(out.yhat).toEqual([105, 107]);
    [0, 1].forEach((h) => {
      const c = [5, -3][h];
      expect(out.lo80[h]).toBeCloseTo(b.lo80[h] + c, 5);
      expect(out.hi80[h]).toBeCloseTo(b.hi80[h] + c, 5);
      expect(out.lo95[h]).toBeCloseTo(b.lo95[h] + c, 5);
      expect(out.hi95[h]).toBeCloseTo(b.hi95[h] + c, 5);
    });
  });

  it("with draws: quantiles of the normal mixture (checked against the integrated density)", () => {
    const sd = 10,
      d = 15;
    const out = combineBaselineAndMedia(normalBaseline([100], sd), { center: [0], drawOffsets: [[-d], [d]] });
    const mixture = (x: number) => 0.5 * (phiBySimpson((x - 100 + d) / sd) + phiBySimpson((x - 100 - d) / sd));
    expect(mixture(out.lo80[0])).toBeCloseTo(0.1, 5);
    expect(mixture(out.hi80[0])).toBeCloseTo(0.9, 5);
    expect(mixture(out.lo95[0])).toBeCloseTo(0.025, 5);
    expect(mixture(out.hi95[0])).toBeCloseTo(0.975, 5);
    // Wider than the baseline alone, and symmetric around the centre.
    expect(out.hi80[0] - out.lo80[0]).toBeGreaterThan(2 * Z80 * sd);
    expect(out.hi80[0] + out.lo80[0]).toBeCloseTo(200, 5);
  });

  it("keeps an asymmetric calibrated interval asymmetric", () => {
    const b = { dates: ["2025-01-06"], yhat: [100], lo80: [95], hi80: [120], lo95: [90], hi95: [140] };
    const out = combineBaselineAndMedia(b, { center: [0], drawOffsets: [[0], [0]] });
    expect(out.lo80[0]).toBeCloseTo(95, 5);
    expect(out.hi95[0]).toBeCloseTo(140, 5);
  });

  it("floors values and copes with a zero-width baseline", () => {
    const b = { dates: ["2025-01-06"], yhat: [5], lo80: [5], hi80: [5], lo95: [5], hi95: [5] };
    const out = combineBaselineAndMedia(b, { center: [-10], drawOffsets: [[-1], [0], [1]] }, { floor: 0 });
    expect(out.yhat[0]).toBe(0);
    expect(out.lo95[0]).toBe(0);
    const free = combineBaselineAndMedia(b, { center: [0], drawOffsets: [[-1], [0], [1]] });
    expect(free.lo95[0]).toBeCloseTo(4, 5); // the lowest draw, since the baseline itself is certain
    expect(free.hi95[0]).toBeCloseTo(6, 5);
  });

  it("refuses media of another length", () => {
    expect(() => combineBaselineAndMedia(normalBaseline([1, 2], 1), { center: [0] })).toThrow(/combineBaselineAndMedia: media has 1 weeks, the baseline 2/);
  });
});

describe("reduceToQuantiles", () => {
  it("keeps small sets and spreads large ones evenly", () => {
    expect(reduceToQuantiles([3, 1, 2], 5)).toEqual([3, 1, 2]);
    const r = reduceToQuantiles(
      Array.from({ length: 101 }, (_, i) => i),
      4,
    );
    expect(r).toEqual([12.125, 37.375, 62.625, 87.875]);
  });
});
