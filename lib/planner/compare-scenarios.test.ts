import { describe, expect, it } from "vitest";
import { comparisonTable, compareScenarios, type ComparableScenario } from "./compare-scenarios";

describe("compareScenarios", () => {
  const kpis = (revenue: number, spend: number) => ({
    spend,
    revenue,
    profit: revenue - spend,
    roi: revenue / spend,
    activations: null,
    cpa: null,
    low: revenue * 0.9,
    high: revenue * 1.1,
  });
  const base: ComparableScenario = { key: "baseline", name: "Current", allocation: { a: 100, b: 0 }, kpis: kpis(400, 100) };
  const plan: ComparableScenario = { key: "7", name: "Plan", allocation: { a: 150, c: 50 }, kpis: kpis(500, 200) };
  it("differences every KPI and channel against the chosen baseline", () => {
    const c = compareScenarios([base, plan], "baseline");
    const revenue = c.kpis.find((k) => k.key === "revenue")!;
    expect(revenue.cells[0]).toEqual({ value: 400, diff: 0, diffPct: 0 });
    expect(revenue.cells[1]).toEqual({ value: 500, diff: 100, diffPct: 0.25 });
    const roi = c.kpis.find((k) => k.key === "roi")!;
    expect(roi.cells[1].diff).toBeCloseTo(2.5 - 4, 12);
    expect(c.kpis.find((k) => k.key === "activations")!.cells[1]).toEqual({ value: null, diff: null, diffPct: null });
    expect(c.allocation.map((r) => r.key)).toEqual(["a", "b", "c"]);
    // A channel the baseline does not fund has no percentage change.
    expect(c.allocation[2].cells[1]).toEqual({ value: 50, diff: 50, diffPct: null });
    expect(c.allocation[1].cells[1]).toEqual({ value: 0, diff: 0, diffPct: null });
  });
  it("can use a saved scenario as the baseline", () => {
    const c = compareScenarios([base, plan], "7");
    expect(c.kpis.find((k) => k.key === "spend")!.cells[0]).toEqual({ value: 100, diff: -100, diffPct: -0.5 });
  });
  it("rejects an unknown baseline and a single scenario", () => {
    expect(() => compareScenarios([base, plan], "9")).toThrow(/baseline "9"/);
    expect(() => compareScenarios([base], "baseline")).toThrow(/at least two/);
  });
  it("flattens to a CSV table with percentages in percent", () => {
    const t = comparisonTable(compareScenarios([base, plan], "baseline"));
    expect(t.header).toEqual([
      "section",
      "item",
      "Current",
      "Current − baseline",
      "Current vs baseline (%)",
      "Plan",
      "Plan − baseline",
      "Plan vs baseline (%)",
    ]);
    const revenueRow = t.rows.find((r) => r[1] === "Weekly revenue from media")!;
    expect(revenueRow).toEqual(["kpi (weekly, USD)", "Weekly revenue from media", 400, 0, 0, 500, 100, 25]);
    // ROI 4 → 2.5 rounded to 4 decimals; money to cents.
    expect(t.rows.find((r) => r[1] === "ROI (revenue / spend)")).toEqual(["kpi (weekly, USD)", "ROI (revenue / spend)", 4, 0, 0, 2.5, -1.5, -37.5]);
    const odd = comparisonTable(compareScenarios([base, { ...plan, kpis: { ...plan.kpis, revenue: 500.123456 } }], "baseline"));
    expect(odd.rows.find((r) => r[1] === "Weekly revenue from media")?.slice(5)).toEqual([500.12, 100.12, 25.03]);
  });
});
