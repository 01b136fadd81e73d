import { describe, expect, it } from "vitest";
import { fittedLines } from "./fitted-lines";
import { isoWeek, weekMonth } from "./iso-calendar";
import { seasonalProfile } from "./seasonal-profile";

describe("isoWeek and weekMonth", () => {
  it.each([
    { date: "2024-12-30", year: 2025, week: 1 },
    { date: "2021-01-03", year: 2020, week: 53 },
    { date: "2026-11-16", year: 2026, week: 47 },
    { date: "2023-01-02", year: 2023, week: 1 },
  ])("$date is ISO $year-W$week", ({ date, year, week }) => {
    expect(isoWeek(date)).toEqual({ year, week });
  });
  it("puts a week in the month of its Thursday", () => {
    // Monday 2024-01-29 → Thursday 2024-02-01
    expect(weekMonth("2024-01-29")).toEqual({ year: 2024, month: 2 });
    expect(() => isoWeek("nope")).toThrow(/isoWeek/);
  });
});

describe("seasonalProfile", () => {
  it("averages each week of year and each month across years, with the spread", () => {
    const weeks = ["2023-01-02", "2023-01-09", "2024-01-01", "2024-01-08", "2024-01-15"];
    const kpi = [10, 30, 20, 40, 60];
    const p = seasonalProfile(weeks, kpi);
    expect(p.years).toEqual([2023, 2024]);
    // W1: 10 (2023) and 20 (2024) → mean 15, sd √50
    const w1 = p.byWeek.find((w) => w.period === 1)!;
    expect(w1).toMatchObject({ mean: 15, min: 10, max: 20, years: 2, byYear: { "2023": 10, "2024": 20 } });
    expect(w1.sd).toBeCloseTo(Math.sqrt(50), 12);
    // W3 only in 2024
    expect(p.byWeek.find((w) => w.period === 3)).toMatchObject({ mean: 60, years: 1 });
    // January: 2023 mean of (10, 30) = 20; 2024 mean of (20, 40, 60) = 40 → 30, spread 20–40
    expect(p.byMonth).toHaveLength(1);
    expect(p.byMonth[0]).toMatchObject({ period: 1, label: "Jan", mean: 30, min: 20, max: 40 });
  });
});

describe("fittedLines", () => {
  it("gives the least-squares line of the worked example", () => {
    // slope = Sxy/Sxx = 6/10; intercept = 4 − 0.6·3; R² = r² = 0.6
    const l = fittedLines([1, 2, 3, 4, 5], [2, 4, 5, 4, 5])!;
    expect(l.ols.slope).toBeCloseTo(0.6, 12);
    expect(l.ols.intercept).toBeCloseTo(2.2, 12);
    expect(l.ols.r2).toBeCloseTo(0.6, 12);
    expect([l.xMin, l.xMax]).toEqual([1, 5]);
  });
  it("keeps the robust Theil–Sen line on the data when one week is extreme", () => {
    const x = [1, 2, 3, 4, 5, 6, 7, 8, 9];
    const y = x.map((v) => 2 * v + 1);
    y[8] = 500; // a holiday spike
    const l = fittedLines(x, y)!;
    expect(l.theilSen.slope).toBeCloseTo(2, 12);
    expect(l.theilSen.intercept).toBeCloseTo(1, 12);
    expect(l.ols.slope).toBeGreaterThan(20);
  });
  it("has no line when x does not vary", () => {
    expect(fittedLines([2, 2, 2], [1, 2, 3])).toBeNull();
  });
});
