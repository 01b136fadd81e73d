import { describe, expect, it } from "vitest";
import { baselineAllocation } from "./baseline-allocation";

describe("baselineAllocation", () => {
  const rows = [
    // Two regions in week 1 are summed; week 0 falls outside a 2-week window.
    { week: "2026-01-05", channel: "search", spend: 999 },
    { week: "2026-01-12", channel: "search", spend: 100 },
    { week: "2026-01-12", channel: "search", spend: 50 },
    { week: "2026-01-19", channel: "search", spend: 250 },
    { week: "2026-01-19", channel: "tv", spend: 400 },
  ];
  it.each([
    [2, { search: (150 + 250) / 2, tv: 400 / 2, radio: 0 }],
    [3, { search: (999 + 150 + 250) / 3, tv: 400 / 3, radio: 0 }],
    [10, { search: (999 + 150 + 250) / 3, tv: 400 / 3, radio: 0 }],
  ])("averages the last %i weeks, counting missing weeks as zero", (weeks, expected) => {
    const got = baselineAllocation(rows, ["search", "tv", "radio"], weeks);
    for (const [k, v] of Object.entries(expected)) expect(got[k]).toBeCloseTo(v, 9);
  });
  it("rejects a non-positive window", () => expect(() => baselineAllocation(rows, ["search"], 0)).toThrow(/baselineAllocation/));
});
