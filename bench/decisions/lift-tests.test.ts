import { describe, expect, it } from "vitest";
import { generateCase } from "./generate-case";
import { liftCsv, simulatedLiftTests } from "./lift-tests";

describe("simulatedLiftTests", () => {
  const g = generateCase("nulls-156w-6ch");

  it("tests every channel that is not flighted, over one window in the middle of the history", () => {
    const tests = simulatedLiftTests(g);
    expect(tests.map((t) => t.channel)).toEqual(g.spec.channels.filter((c) => c.pattern.kind !== "bursty").map((c) => c.name));
    expect(tests.length).toBeGreaterThan(0);
    const n = g.dates.length;
    for (const t of tests) expect([t.start, t.end]).toEqual([g.dates[n / 2 - 4], g.dates[n / 2 + 3]]);
  });

  it("over the whole history the true lift is the generator's in-window contribution (a null channel's is 0)", () => {
    for (const t of simulatedLiftTests(g, { weeks: g.dates.length, relative: 0, roiSe: 0 })) {
      const truth = g.truth.channels.find((c) => c.name === t.channel)!;
      expect(t.measured).toBe(t.truth);
      if (truth.isNull) expect(t.truth).toBe(0);
      else expect(t.truth / truth.contribution).toBeCloseTo(1, 9);
    }
  });

  it("adds seeded noise of the stated standard error", () => {
    const a = simulatedLiftTests(g);
    expect(simulatedLiftTests(g)).toEqual(a);
    expect(simulatedLiftTests(g, { seed: 2 }).map((t) => t.measured)).not.toEqual(a.map((t) => t.measured));
    for (const t of a) {
      expect(t.se).toBeGreaterThan(0.1 * Math.abs(t.truth));
      expect(Math.abs(t.measured - t.truth)).toBeLessThan(5 * t.se);
    }
    const csv = liftCsv(a).trim().split("\n");
    expect(csv[0]).toBe("channel,start,end,incremental_kpi,standard_error");
    expect(csv).toHaveLength(a.length + 1);
  });
});
