import { describe, expect, it } from "vitest";
import type { MmmInput } from "..";
import { buildGeoInput, demoRegionalTruth } from "./mmm-geo-rows";

const national: MmmInput = {
  dates: ["2024-01-01", "2024-01-08"],
  kpi: [30, 40],
  kpiName: "revenue",
  media: [
    { name: "tv", spend: [5, 7] },
    { name: "search", spend: [1, 2] },
  ],
  controls: [{ name: "cpi", values: [1, 2] }],
  holidays: [0, 1],
};

describe("buildGeoInput", () => {
  it("builds one series per region on the national window, with missing spend rows as zero and the controls in every region", () => {
    const { input, reason } = buildGeoInput(
      {
        revenue: [
          { week: "2024-01-01", region: "north", revenue: 10 },
          { week: "2024-01-01", region: "south", revenue: 20 },
          { week: "2024-01-08", region: "north", revenue: 15 },
          { week: "2024-01-08", region: "south", revenue: 25 },
          { week: "2023-12-25", region: "south", revenue: 99 },
        ],
        spend: [
          { week: "2024-01-01", region: "north", channel: "tv", spend: 2 },
          { week: "2024-01-08", region: "south", channel: "search", spend: 2 },
        ],
      },
      national,
    );
    expect(reason).toBeNull();
    expect(input!.geos.map((g) => g.name)).toEqual(["north", "south"]);
    expect(input!.geos[0].kpi).toEqual([10, 15]);
    expect(input!.geos[0].spend).toEqual([
      [2, 0],
      [0, 0],
    ]);
    expect(input!.geos[1].spend).toEqual([
      [0, 0],
      [0, 2],
    ]);
    expect(input!.geos[1].controls!.map((c) => c.name)).toEqual(["cpi", "holidays"]);
  });

  it("returns no input, with the reason, for one region or a region missing a week of revenue", () => {
    expect(buildGeoInput({ revenue: [{ week: "2024-01-01", region: "x", revenue: 1 }], spend: [] }, national)).toEqual({
      input: null,
      reason: "the data have one region only",
    });
    const gap = buildGeoInput(
      {
        revenue: [
          { week: "2024-01-01", region: "a", revenue: 1 },
          { week: "2024-01-08", region: "a", revenue: 1 },
          { week: "2024-01-01", region: "b", revenue: 1 },
        ],
        spend: [],
      },
      national,
    );
    expect(gap).toEqual({ input: null, reason: 'region "b" has no revenue in week 2024-01-08' });
  });
});

describe("demoRegionalTruth", () => {
  it("is share × national true contribution ÷ the region's spend", () => {
    const truth = demoRegionalTruth(
      { north: 0.3, south: 0.7 },
      [{ name: "tv", contribution: 1000 }],
      [
        { name: "north", channels: [{ name: "tv", spend: 100 }] },
        { name: "south", channels: [{ name: "tv", spend: 350 }] },
      ],
    );
    expect(truth).toEqual({ north: { tv: 3 }, south: { tv: 2 } });
  });
});
