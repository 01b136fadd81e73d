import { describe, expect, it } from "vitest";
import { geoCaseSpec } from "./geo-cases";
import { generateGeoFromSpec } from "./generate-geo-case";
import { randomGeoCaseByName, randomGeoCaseSpec } from "./random-geo-cases";

describe("randomGeoCaseSpec", () => {
  const specs = Array.from({ length: 40 }, (_, i) => randomGeoCaseSpec(i));

  it("is a pure function of the index, and geoCaseSpec finds it by name (with a seed offset too)", () => {
    expect(randomGeoCaseSpec(4)).toEqual(randomGeoCaseSpec(4));
    expect(randomGeoCaseSpec(4)).not.toEqual(randomGeoCaseSpec(5));
    expect(geoCaseSpec(specs[2].name)).toEqual(specs[2]);
    expect(geoCaseSpec(specs[2].name, 1000).seed).toBe(specs[2].seed + 1000);
    expect(randomGeoCaseByName("geo-20r-130w-3ch")).toBeUndefined();
    expect(() => randomGeoCaseByName("geo-random-2-10r-100w-3ch")).toThrow(/index 2 is geo-random-2-/);
  });

  it("spans the documented ranges", () => {
    const channels = specs.flatMap((s) => s.channels);
    expect(Math.min(...specs.map((s) => s.regions))).toBeGreaterThanOrEqual(12);
    expect(Math.max(...specs.map((s) => s.regions))).toBeLessThanOrEqual(48);
    expect(new Set(specs.map((s) => s.channels.length))).toEqual(new Set([3, 4, 5, 6]));
    expect(new Set(channels.map((c) => c.pattern))).toEqual(new Set(["always-on", "bursty", "seasonal"]));
    expect(channels.some((c) => c.alpha < 1) && channels.some((c) => c.alpha > 2)).toBe(true);
    expect(specs.filter((s) => s.channels.some((c) => c.roi === 0)).length).toBeGreaterThan(20);
    for (const s of specs) {
      expect(s.channels.filter((c) => c.roi > 0).length).toBeGreaterThanOrEqual(1);
      expect(s.smallRegions).toBeLessThanOrEqual(s.regions / 4);
    }
  });

  it("generates a long CSV with one row per region × week", () => {
    const s = specs[1];
    const g = generateGeoFromSpec(s);
    expect(g.longCsv.trim().split("\n")).toHaveLength(s.regions * s.weeks + 1);
  });
});
