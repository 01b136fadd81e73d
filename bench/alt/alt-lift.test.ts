import { describe, expect, it } from "vitest";
import { makeAltCase } from "./alt-case";
import { altLiftCsv, altLiftTests } from "./alt-lift";

describe("altLiftTests", () => {
  const c = makeAltCase(12);

  it("over the whole CSV the true lift is the channel's true ROI × its spend (a null channel's is 0)", () => {
    const spendOf = (i: number) =>
      c.csv
        .trim()
        .split("\n")
        .slice(1)
        .reduce((s, l) => s + Number(l.split(",")[2 + i]), 0);
    const tests = altLiftTests(c, 0, 0, c.weeks);
    expect(tests.map((t) => t.channel)).toEqual(c.channels.filter((ch) => ch.pattern !== "flighted").map((ch) => ch.name));
    expect(tests.length).toBeGreaterThan(1);
    for (const t of tests) {
      const i = c.channels.findIndex((ch) => ch.name === t.channel);
      expect(t.measured).toBe(t.truth);
      if (c.channels[i].isNull) expect(t.truth).toBe(0);
      else expect(t.truth / (c.channels[i].roi * spendOf(i))).toBeCloseTo(1, 6);
    }
  });

  it("draws seeded noise of the stated standard error over an 8-week window", () => {
    const a = altLiftTests(c);
    expect(altLiftTests(c)).toEqual(a);
    for (const t of a) {
      expect(t.se).toBeGreaterThan(0);
      expect(Math.abs(t.measured - t.truth)).toBeLessThan(5 * t.se);
    }
    const lines = altLiftCsv(a).trim().split("\n");
    expect(lines[0]).toBe("channel,start,end,incremental_kpi,standard_error");
    expect(lines).toHaveLength(a.length + 1);
  });
});
