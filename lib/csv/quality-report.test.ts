import { describe, expect, it } from "vitest";
import { buildQualityReport, weeksBetween } from "./quality-report";

describe("buildQualityReport", () => {
  it("finds missing weeks, short series and robust outliers", () => {
    const weeks = weeksBetween("2024-01-01", "2024-03-25"); // 13 Mondays
    expect(weeks).toHaveLength(13);
    const obs = [
      ...weeks.map((week, i) => ({ series: "search|north", week, value: i === 6 ? 1000 : 100 + (i % 3) })),
      ...weeks.filter((_, i) => i !== 4 && i !== 5).map((week) => ({ series: "social|north", week, value: 50 + (week.charCodeAt(9) % 4) })),
      ...weeks.slice(3).map((week) => ({ series: "video|north", week, value: 10 + (week.charCodeAt(9) % 2) })),
    ];
    const r = buildQualityReport(obs);
    expect(r.series).toBe(3);
    expect(r.weeks).toBe(13);
    expect(r.issues).toContainEqual({ type: "missing_weeks", series: "social|north", weeks: ["2024-01-29", "2024-02-05"] });
    expect(r.issues).toContainEqual({
      type: "short_series",
      series: "video|north",
      first: "2024-01-22",
      last: "2024-03-25",
      datasetFirst: "2024-01-01",
      datasetLast: "2024-03-25",
    });
    const outliers = r.issues.filter((i) => i.type === "outlier");
    expect(outliers).toHaveLength(1);
    expect(outliers[0]).toMatchObject({ series: "search|north", week: "2024-02-12", value: 1000 });
    expect(r.summary).toEqual({ missingWeeks: 2, outliers: 1, shortSeries: 1, zeroWeeks: 0 });
  });

  it("counts dark (zero) weeks instead of calling them outliers", () => {
    const weeks = weeksBetween("2024-01-01", "2024-03-25");
    const r = buildQualityReport(weeks.map((week, i) => ({ series: "video", week, value: i % 4 === 0 ? 0 : 100 + i })));
    expect(r.issues).toEqual([{ type: "zero_weeks", series: "video", count: 4 }]);
  });

  it("reports nothing for a clean series", () => {
    const weeks = weeksBetween("2024-01-01", "2024-02-26");
    expect(buildQualityReport(weeks.map((week, i) => ({ series: "a", week, value: 10 + i }))).issues).toEqual([]);
  });
});
