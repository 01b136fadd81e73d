import { describe, expect, it } from "vitest";
import { compareFlighting } from "../optimize";
import { concaveModel } from "../optimize/test-models";
import { allocationBarRows, curveFractionsFor, curvePointAt, flightingChartRows, weeklyPathRows } from "./chart-rows";

describe("chart rows", () => {
  it("spans 50–200 % of the planner's budget whatever the model's current spend", () => {
    const f = curveFractionsFor(2000, 1000);
    expect(f).toHaveLength(31);
    expect(f[0] * 1000).toBeCloseTo(1000, 9);
    expect(f[10] * 1000).toBeCloseTo(2000, 9);
    expect(f[30] * 1000).toBeCloseTo(4000, 9);
    expect(curveFractionsFor(0, 1000)).toEqual([]);
  });
  it("turns a flighting comparison into weekly rows", () => {
    const c = compareFlighting(concaveModel, {
      weeks: 8,
      totalBudget: 3100 * 8,
      allocation: { search: 1500, social: 1000, display: 600 },
      pattern: { on: 2, off: 2 },
      carryover: "exclude",
    });
    const rows = flightingChartRows(c);
    expect(rows).toHaveLength(c.evaluationWeeks);
    expect(rows.reduce((a, r) => a + r.alwaysOn, 0)).toBeCloseTo(c.alwaysOn.revenue, 6);
    expect(rows.reduce((a, r) => a + r.spendPulsed, 0)).toBeCloseTo(3100 * 8, 6);
    expect(rows[2].spendPulsed).toBe(0);
  });
});

describe("comparison chart rows", () => {
  it("aligns weekly paths by week and leaves gaps past a shorter horizon", () => {
    const rows = weeklyPathRows([
      {
        key: "baseline",
        weeklyPath: [
          { week: 1, revenue: 10 },
          { week: 2, revenue: 10 },
          { week: 3, revenue: 10 },
        ],
      },
      { key: "4", weeklyPath: [{ week: 1, revenue: 12 }] },
    ]);
    expect(rows).toEqual([
      { week: 1, baseline: 10, "4": 12 },
      { week: 2, baseline: 10 },
      { week: 3, baseline: 10 },
    ]);
  });
  it("groups spend by channel with zeros for channels a scenario leaves out", () => {
    expect(
      allocationBarRows([
        { key: "a", allocation: { tv: 5, search: 1 } },
        { key: "b", allocation: { search: 2 } },
      ]),
    ).toEqual([
      { channel: "search", a: 1, b: 2 },
      { channel: "tv", a: 5, b: 0 },
    ]);
  });
});

describe("curvePointAt", () => {
  it("picks the nearest budget and the plan's share of its optimum", () => {
    const pts = [
      { totalBudget: 100, revenue: 200 },
      { totalBudget: 200, revenue: 300 },
      { totalBudget: 300, revenue: 350 },
    ];
    expect(curvePointAt(pts, 190, 240)).toEqual({ point: pts[1], shareOfOptimum: 0.8 });
    expect(curvePointAt(pts, 10_000, 0)?.point).toBe(pts[2]);
    expect(curvePointAt([], 100, 1)).toBeNull();
  });
});
