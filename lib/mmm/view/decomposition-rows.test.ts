import { describe, expect, it } from "vitest";
import { controlGroup, decompositionRows } from "./decomposition-rows";

describe("controlGroup", () => {
  it.each([
    ["trend", "baseline"],
    ["season_sin1", "baseline"],
    ["promotions_active", "promotions"],
    ["promotions_avg_discount", "promotions"],
    ["holidays", "holidays"],
    ["holiday: Black Friday", "holidays"],
    ["unemployment", "macro"],
  ])("%s → %s", (name, group) => expect(controlGroup(name)).toBe(group));
});

describe("decompositionRows", () => {
  const weeks = [
    {
      date: "2024-01-01",
      actual: 105,
      fitted: 100,
      baseline: 80,
      media: { tv: 20 },
      controls: { trend: 1, promotions_active: 5, "holiday: x": 0, inflation: -10 },
    },
    {
      date: "2024-01-08",
      actual: 118,
      fitted: 120,
      baseline: 90,
      media: { tv: 30 },
      controls: { trend: 2, promotions_active: 0, "holiday: x": 7, inflation: -20 },
    },
  ];
  const rows = decompositionRows(weeks, ["tv"]);

  it("groups controls and centres macro on its window mean", () => {
    expect(rows[0]).toMatchObject({ promotions: 5, holidays: 0, macro: 5, tv: 20, actual: 105, fitted: 100 });
    expect(rows[1]).toMatchObject({ promotions: 0, holidays: 7, macro: -5, tv: 30 });
  });

  it("keeps every row adding up to the fitted value", () => {
    for (const r of rows) expect(r.baseline + r.promotions + r.holidays + r.macro + (r.tv as number)).toBeCloseTo(r.fitted, 10);
  });

  it("is empty for no weeks", () => expect(decompositionRows([], ["tv"])).toEqual([]));
});
