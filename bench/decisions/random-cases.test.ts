import { describe, expect, it } from "vitest";
import { caseSpec } from "./cases";
import { generateFromSpec } from "./generate-case";
import { randomCaseByName, randomCaseSpec } from "./random-cases";

describe("randomCaseSpec", () => {
  const specs = Array.from({ length: 60 }, (_, i) => randomCaseSpec(i));

  it("is a pure function of the index, and caseSpec finds it by name", () => {
    expect(randomCaseSpec(7)).toEqual(randomCaseSpec(7));
    expect(randomCaseSpec(7)).not.toEqual(randomCaseSpec(8));
    expect(caseSpec(specs[3].name)).toEqual(specs[3]);
    expect(randomCaseByName("base-156w-6ch")).toBeUndefined();
    expect(() => randomCaseByName("random-3-100w-3ch")).toThrow(/index 3 is random-3-/);
    expect(() => randomCaseSpec(-1)).toThrow(/index/);
  });

  it("spans the documented structure: lengths, channel counts, adstock families, shapes, patterns, nulls", () => {
    const channels = specs.flatMap((s) => s.channels);
    expect(Math.min(...specs.map((s) => s.weeks))).toBeLessThan(104);
    expect(Math.max(...specs.map((s) => s.weeks))).toBeGreaterThan(230);
    expect(new Set(specs.map((s) => s.channels.length))).toEqual(new Set([3, 4, 5, 6, 7, 8]));
    expect(new Set(channels.map((c) => c.adstock.type))).toEqual(new Set(["geometric", "weibull-cdf", "weibull-pdf"]));
    expect(new Set(channels.map((c) => c.pattern.kind))).toEqual(new Set(["always-on", "bursty", "seasonal"]));
    expect(channels.some((c) => c.alpha < 1) && channels.some((c) => c.alpha > 2.5)).toBe(true);
    expect(channels.filter((c) => c.roi === 0).length).toBeGreaterThan(5);
    expect(specs.some((s) => s.darkWeeks > 0) && specs.some((s) => s.equalMarginalRoi !== undefined)).toBe(true);
    for (const s of specs) {
      // Every case keeps at least two channels with an effect.
      expect(s.channels.filter((c) => c.roi > 0 || s.equalMarginalRoi !== undefined).length).toBeGreaterThanOrEqual(2);
      expect(new Set(s.channels.map((c) => c.name)).size).toBe(s.channels.length);
    }
  });

  it("every spec generates a dataset the CLI can read", () => {
    for (const s of specs.slice(0, 12)) {
      const g = generateFromSpec(s);
      expect(g.csv.trim().split("\n")).toHaveLength(s.weeks + 1);
      expect(g.truth.headroom).toBeGreaterThanOrEqual(0);
      expect(Number.isFinite(g.truth.headroom)).toBe(true);
    }
  });
});
