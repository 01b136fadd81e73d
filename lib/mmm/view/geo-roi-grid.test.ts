import { describe, expect, it } from "vitest";
import type { GeoResult } from "../geo-types";
import { geoRoiGrid } from "./geo-roi-grid";

const cell = (name: string, roi: number, roiLow: number, roiHigh: number, pooledWeight = 0.2) => ({
  name,
  roi,
  roiLow,
  roiHigh,
  pooledWeight,
  contribution: 0,
  contributionLow: 0,
  contributionHigh: 0,
  spend: 1,
  meanWeeklySpend: 0,
  maxWeeklySpend: 0,
  dataMin: 0,
  dataMax: 0,
  beta: 0,
});
const geos: GeoResult[] = [
  { name: "small", population: null, size: 0.5, channels: [cell("tv", 1, 0.5, 1.5), cell("radio", 0.1, 0, 0.9)] },
  { name: "big", population: null, size: 1.5, channels: [cell("tv", 4, 3, 5, 0.9), cell("radio", 0.2, 0, 1)] },
];
const national = [
  { name: "tv", roi: 3, roiLow: 2.5, roiHigh: 3.5, identified: true },
  { name: "radio", roi: 0.15, roiLow: 0, roiHigh: 0.9, identified: false },
];

describe("geoRoiGrid", () => {
  it("orders regions largest first and shades ROI against the largest identified regional ROI", () => {
    const grid = geoRoiGrid(national, geos, { tv: "TV" });
    expect(grid.rows.map((r) => r.name)).toEqual(["big", "small"]);
    expect(grid.rows[0].cells[0]).toMatchObject({ roi: 4, shade: 5, pooled: 0.9 });
    expect(grid.rows[1].cells[0].shade).toBe(1); // 5 · 1/4 = 1.25 → 1
    expect(grid.rows[0].cells[1].shade).toBe(-1); // radio is unidentified
    expect(grid.national[0].shade).toBe(4); // 5 · 3/4 = 3.75 → 4
    expect(grid.channels[0]).toEqual({ name: "tv", label: "TV", identified: true });
    expect(grid.truth).toBeNull();
  });

  it("grades cells against regional truth: median error over non-zero truths and coverage over all", () => {
    const grid = geoRoiGrid(national, geos, {}, { big: { tv: 5, radio: 0 }, small: { tv: 2, radio: 0 } });
    // errors: big tv |4−5|/5 = 0.2, small tv |1−2|/2 = 0.5 → median 0.35; covered: big tv (5 in [3,5]), both radio (0 in [0, …]); small tv no.
    expect(grid.truth).toEqual({ medianAbsPctError: 0.35, covered: 3, count: 4 });
    expect(grid.rows[1].cells[0]).toMatchObject({ truth: 2, covered: false });
  });
});
