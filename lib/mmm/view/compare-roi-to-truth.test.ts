import { describe, expect, it } from "vitest";
import { compareRoiToTruth } from "./compare-roi-to-truth";

describe("compareRoiToTruth", () => {
  const estimates = [
    { name: "a", roi: 1.1, roiLow: 0.9, roiHigh: 1.4 },
    { name: "b", roi: 3, roiLow: 2.5, roiHigh: 3.5 },
    { name: "c", roi: 0.5, roiLow: 0, roiHigh: 1 },
    { name: "untruthed", roi: 9, roiLow: 8, roiHigh: 10 },
  ];
  const truth = [
    { name: "a", label: "Alpha", roi: 1 },
    { name: "b", roi: 2 },
    { name: "c", roi: 0 },
  ];
  const out = compareRoiToTruth(estimates, truth);

  it.each([
    ["a", "Alpha", true, 0.1],
    ["b", "b", false, 0.5],
    ["c", "c", true, null],
  ])("channel %s: label %s, covered %s, error %s", (name, label, covered, err) => {
    const row = out.rows.find((r) => r.name === name)!;
    expect(row.label).toBe(label);
    expect(row.covered).toBe(covered);
    if (err === null) expect(row.absPctError).toBeNull();
    else expect(row.absPctError).toBeCloseTo(err, 10);
  });

  it("summarises coverage and the median error over channels with a truth", () => {
    expect(out.rows.map((r) => r.name)).toEqual(["a", "b", "c"]);
    expect(out.coveredCount).toBe(2);
    expect(out.channelCount).toBe(3);
    expect(out.coverage).toBeCloseTo(2 / 3, 12);
    expect(out.medianAbsPctError).toBeCloseTo(0.3, 12);
  });

  it("returns empty summaries when nothing overlaps", () => {
    expect(compareRoiToTruth(estimates, [])).toEqual({ rows: [], medianAbsPctError: null, coverage: null, coveredCount: 0, channelCount: 0 });
  });
});
