import { describe, expect, it } from "vitest";
import { generateGeoCase } from "./generate-geo-case";
import { liftCsv } from "../decisions/lift-tests";
import { simulatedLiftTests } from "./lift-tests";

describe("simulatedLiftTests", () => {
  const g = generateGeoCase("geo-20r-156w-5ch");

  it("tests the always-on and seasonal channels only, over the same window in the middle of the history", () => {
    const tests = simulatedLiftTests(g);
    const expected = g.spec.channels.filter((c) => c.pattern !== "bursty").map((c) => c.name);
    expect(tests.map((t) => t.channel)).toEqual(expected);
    const n = g.dates.length;
    for (const t of tests) {
      expect(t.start).toBe(g.dates[n / 2 - 4]);
      expect(t.end).toBe(g.dates[n / 2 + 3]);
    }
  });

  it("reports the true window lift: the contribution over the whole history agrees with the generator's own truth", () => {
    // Over every week the lift is the channel's whole in-data contribution; the generator's truth counts the window's
    // own spend only, so the two differ by the burn-in's carryover, a small share of 156 weeks.
    const whole = simulatedLiftTests(g, { weeks: g.dates.length, relative: 0, roiSe: 0 });
    for (const t of whole) {
      const truth = g.truth.channels.find((c) => c.name === t.channel)!;
      expect(t.measured).toBe(t.truth);
      expect(t.se).toBe(0);
      if (truth.isNull) expect(t.truth).toBe(0);
      else {
        expect(t.truth).toBeGreaterThanOrEqual(truth.contribution * (1 - 1e-9));
        expect(t.truth / truth.contribution).toBeLessThan(1.03);
      }
    }
  });

  it("adds noise of the stated standard error, deterministic in the seed", () => {
    const a = simulatedLiftTests(g),
      b = simulatedLiftTests(g);
    expect(a).toEqual(b);
    expect(simulatedLiftTests(g, { seed: 2 }).map((t) => t.measured)).not.toEqual(a.map((t) => t.measured));
    for (const t of a) {
      expect(t.se).toBeGreaterThan(0.1 * Math.abs(t.truth));
      expect(Math.abs(t.measured - t.truth)).toBeLessThan(5 * t.se);
    }
  });

  it("writes the CSV mixcast mmm --lift reads", () => {
    const csv = liftCsv(simulatedLiftTests(g)).trim().split("\n");
    expect(csv[0]).toBe("channel,start,end,incremental_kpi,standard_error");
    expect(csv[1].split(",")).toHaveLength(5);
  });
});
