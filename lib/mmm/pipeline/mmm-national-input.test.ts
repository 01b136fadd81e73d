import { describe, expect, it } from "vitest";
import { buildMmmNationalInput, type MmmSourceRows } from "./mmm-national-input";

const rows = (over: Partial<MmmSourceRows> = {}): MmmSourceRows => ({
  revenue: [
    { week: "2024-01-15", revenue: 300 },
    { week: "2024-01-01", revenue: 100 },
    { week: "2024-01-08", revenue: 150 },
    { week: "2024-01-08", revenue: 50 },
    // Revenue without spend (a stray future row) and a week cut off by a gap are outside the window.
    { week: "2030-01-07", revenue: 999 },
    { week: "2023-12-18", revenue: 999 },
  ],
  spend: [
    { week: "2024-01-01", channel: "tv", spend: 10 },
    { week: "2024-01-15", channel: "tv", spend: 30 },
    { week: "2024-01-08", channel: "search", spend: 5 },
    { week: "2024-01-08", channel: "dark", spend: 0 },
    { week: "2023-12-25", channel: "tv", spend: 99 },
    { week: "2023-12-18", channel: "tv", spend: 99 },
    { week: "2023-12-04", channel: "tv", spend: 99 },
  ],
  macro: [
    { week: "2024-01-01", name: "inflation", value: 2 },
    { week: "2024-01-15", name: "inflation", value: 3 },
  ],
  holidays: [
    { date: "2024-01-01", name: "New Year" },
    { date: "2024-01-10", name: "Local fair" },
    { date: "2024-01-02", name: "New Year" },
    { date: "2023-12-25", name: "Christmas" },
  ],
  promotions: [
    { startDate: "2024-01-03", endDate: "2024-01-09", discountPct: 10, salesAmount: 70 },
    { startDate: "2024-01-08", endDate: "2024-01-12", discountPct: 30, salesAmount: 0 },
    { startDate: "2024-01-15", endDate: "2024-01-20", discountPct: 50, salesAmount: null },
  ],
  liftTests: [
    { channel: "tv", startDate: "2024-01-01", endDate: "2024-01-14", incrementalKpi: 40, standardError: 5 },
    { channel: "radio", startDate: "2024-01-01", endDate: "2024-01-14", incrementalKpi: 1, standardError: 1 },
    { channel: "tv", startDate: "2024-02-01", endDate: "2024-02-14", incrementalKpi: 1, standardError: 1 },
  ],
  ...over,
});

describe("buildMmmNationalInput", () => {
  const input = buildMmmNationalInput(rows());

  it("sums revenue per week in date order over the longest run of weeks with revenue and spend", () => {
    expect(input.dates).toEqual(["2024-01-01", "2024-01-08", "2024-01-15"]);
    expect(input.kpi).toEqual([100, 200, 300]);
    expect(input.kpiName).toBe("revenue");
  });

  it("keeps channels with spend in the window, zero-filling missing weeks", () => {
    expect(input.media).toEqual([
      { name: "search", spend: [0, 5, 0] },
      { name: "tv", spend: [10, 0, 30] },
    ]);
  });

  it("builds macro (carried forward), promotion and holiday controls", () => {
    const byName = Object.fromEntries((input.controls ?? []).map((c) => [c.name, c]));
    expect(Object.keys(byName)).toEqual(["inflation", "promotions_active", "promotions_avg_discount", "holiday: Local fair", "holiday: New Year"]);
    expect(byName.inflation.values).toEqual([2, 2, 3]);
    // Week 2 holds both observed promos (10 % and 30 %); the planned one never counts.
    expect(byName.promotions_active.values).toEqual([1, 2, 0]);
    expect(byName.promotions_active.sign).toBe("positive");
    expect(byName.promotions_avg_discount.values).toEqual([10, 20, 0]);
    expect(byName["holiday: New Year"].values).toEqual([1, 0, 0]);
    expect(byName["holiday: Local fair"].values).toEqual([0, 1, 0]);
  });

  it("keeps only lift tests on modelled channels that cover a week of the window", () => {
    expect(input.liftTests).toEqual([{ channel: "tv", start: "2024-01-01", end: "2024-01-14", incrementalKpi: 40, standardError: 5 }]);
  });

  it("omits empty control groups and throws without revenue", () => {
    const bare = buildMmmNationalInput(rows({ macro: [], holidays: [], promotions: [], liftTests: [] }));
    expect(bare.controls).toEqual([]);
    expect(bare.liftTests).toBeUndefined();
    expect(() => buildMmmNationalInput(rows({ revenue: [] }))).toThrow(/buildMmmNationalInput: no week has both revenue and spend/);
  });
});

describe("mmmWeekWindow (the week-window rule, then the longest unbroken run)", () => {
  it("names the weeks left out for missing revenue or spend", async () => {
    const { mmmWeekWindow } = await import("./mmm-national-input");
    const w = mmmWeekWindow(rows());
    expect(w.weeks).toEqual(["2024-01-01", "2024-01-08", "2024-01-15"]);
    expect(w.incomplete).toEqual([
      { week: "2023-12-04", missing: ["demand"] },
      { week: "2023-12-25", missing: ["demand"] },
      { week: "2030-01-07", missing: ["spend"] },
    ]);
  });
});
