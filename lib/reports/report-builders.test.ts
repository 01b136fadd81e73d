import { describe, expect, it } from "vitest";
import { channel, model } from "../optimize/test-models";
import { readPlanRisk, recommendedPlan } from "./recommended-plan";
import { buildScenarioReport, type ReportScenario } from "./scenario-report";

describe("recommendedPlan", () => {
  // Two identical concave channels (Hill α 1, γ 1000, β 1000): revenue(x) = 1000·x/(x + 1000). The optimum splits the
  // budget evenly. Now: 1500/500 → 600 + 333.33 = 933.33 per week; plan 1000/1000 → 500 + 500 = 1000; gain 66.67.
  const m = model([channel("a", 1, 1000, 1000, 1500), channel("b", 1, 1000, 1000, 500)]);

  it("re-allocates the current budget, states the gain and flags spend beyond the largest week seen", () => {
    const plan = recommendedPlan(m, { a: 1500, b: 500 }, { a: 1200, b: 900 });
    expect(plan.totalBudget).toBe(2000);
    const [a, b] = plan.rows;
    expect(a.planned).toBeCloseTo(1000, 3);
    expect(b.planned).toBeCloseTo(1000, 3);
    expect(a.changePct).toBeCloseTo(-1 / 3, 5);
    expect(plan.current.revenue).toBeCloseTo(933.3333, 3);
    expect(plan.planned.revenue).toBeCloseTo(1000, 3);
    expect(plan.gain).toBeCloseTo(66.6667, 3);
    // b's 1000/week is above the 900 the data saw (1 % slack); a stays inside its 1200
    expect(plan.outsideData).toEqual(["b"]);
    expect([a.outsideData, b.outsideData]).toEqual([false, true]);
    expect(plan.outsideDataSource).toBe("observed-range");
    // the risk-aware optimizer's fields: a model without draws has no spread, so the interval is the point gain
    expect(plan.gainInterval?.low).toBeCloseTo(66.6667, 3);
    expect(plan.gainInterval?.high).toBeCloseTo(66.6667, 3);
    expect(plan.probBeatsCurrent).toBeNull(); // a probability needs draws
  });

  it("has no outside-data flag when the largest weeks are unknown, and an interval from the draws when there are some", () => {
    const draws = [0.9, 1.1].map((k) => [channel("a", 1, 1000, 1000 * k, 1500), channel("b", 1, 1000, 1000 * k, 500)]);
    const plan = recommendedPlan(model(m.channels, draws), { a: 1500, b: 500 });
    expect(plan.outsideData).toEqual([]);
    // two draws at 0.9× and 1.1× the curve: the 5 %/95 % quantiles (type 7) are 0.91× and 1.09× the plan's revenue
    expect(plan.planned.low).toBeCloseTo(910, 3);
    expect(plan.planned.high).toBeCloseTo(1090, 3);
  });
});

describe("recommendedPlan when the optimizer keeps the current mix", () => {
  it("says so and names the channel the draws disagree about", () => {
    // Linear-ish curves (γ far above the spend): 19 draws value a at 8 and b at 2, so moving money to a pays in them;
    // one draw gives b a curve ten times steeper and the move loses there. The 99 % gate keeps the current mix, and all
    // of the disagreement is b's.
    const lin = (name: string, beta: number) => channel(name, 1, 1e6, beta * 1e6, 5);
    const draws = [...Array.from({ length: 19 }, () => [lin("a", 8), lin("b", 2)]), [lin("a", 8), lin("b", 20)]];
    const plan = recommendedPlan(model([lin("a", 8), lin("b", 2)], draws), { a: 5, b: 5 });
    expect(plan.keptCurrentMix).toBe(true);
    expect(plan.rows.map((r) => r.planned)).toEqual([5, 5]);
    expect(plan.hingesOn.map((h) => h.channel)).toEqual(["b"]);
    expect(plan.hingesOn[0].share).toBeCloseTo(1, 9);
  });
});

describe("readPlanRisk", () => {
  it("reads the risk-aware optimizer's fields one by one, so one it cannot read does not hide the others", () => {
    expect(readPlanRisk({ gainVsCurrent: { mean: 120, low: -30, high: 260 }, probBeatsCurrent: null, outsideData: ["tv"] })).toEqual({
      gainVsCurrent: { mean: 120, low: -30, high: 260 },
      probBeatsCurrent: undefined,
      outsideData: ["tv"],
    });
    expect(readPlanRisk({ probBeatsCurrent: 0.83, outsideData: [{ channel: "radio", by: 1.4 }] })).toMatchObject({
      gainVsCurrent: undefined,
      probBeatsCurrent: 0.83,
    });
    expect(readPlanRisk({ probBeatsCurrent: 1.5, gainVsCurrent: { mean: 1 } })).toEqual({
      gainVsCurrent: undefined,
      probBeatsCurrent: undefined,
      outsideData: undefined,
    });
  });
});

describe("buildScenarioReport", () => {
  const scenario = (key: string, name: string, spend: Record<string, number>, revenue: number, runId: number): ReportScenario => {
    const total = Object.values(spend).reduce((s, v) => s + v, 0);
    const kpis = {
      spend: total,
      revenue,
      profit: revenue * 0.5 - total,
      roi: revenue / total,
      activations: null,
      cpa: null,
      low: revenue * 0.9,
      high: revenue * 1.1,
    };
    return {
      key,
      name,
      allocation: spend,
      kpis,
      predicted: {
        ...kpis,
        level: 0.9,
        margin: 0.5,
        horizonWeeks: 3,
        weeklyPath: [1, 2, 3].map((week) => ({ week, spend: total, revenue: revenue - (3 - week) * 100, profit: 0 })),
      },
      objective: "revenue",
      author: "ann",
      createdAt: "2026-11-30T10:00:00.000Z",
      modelRunId: runId,
      notes: "",
    };
  };
  const base = scenario("baseline", "Current allocation (baseline)", { search: 600, social: 400 }, 2000, 7);
  const plan = scenario("12", "More search", { search: 800, social: 200 }, 2300, 5);

  it("puts the plans side by side with the difference to the baseline and their weekly outcome", () => {
    const r = buildScenarioReport({
      generatedAt: "2026-12-01T09:00:00.000Z",
      dataset: { name: "Demo", version: 9 },
      run: { id: 7, finishedAt: null, codeVersion: "abc123" },
      scenarios: [base, plan],
      baselineKey: "baseline",
      labels: { search: "Paid search" },
    });
    expect(r.meta).toMatchObject({ kind: "scenarios", datasetVersion: 9, codeVersion: "abc123" });
    expect(r.meta.runs.map((x) => x.id)).toEqual([7, 5]);
    const kpi = r.blocks.find((b) => b.type === "table" && b.testId === "scenario-kpi-table");
    if (kpi?.type !== "table") throw new Error("no KPI table");
    expect(kpi.columns.map((c) => c.label)).toEqual(["Per week", "Current allocation (baseline)", "More search"]);
    // revenue 2300 vs 2000: +$300, +15 %
    expect(kpi.rows.find((row) => row[0] === "Weekly revenue from media")).toEqual(["Weekly revenue from media", "$2K", "$2.3K (+$300, +15 %)"]);
    const allocation = r.blocks.find((b) => b.type === "table" && b.testId === "scenario-allocation-table");
    if (allocation?.type !== "table") throw new Error("no allocation table");
    expect(allocation.rows.map((row) => row[0])).toEqual(["Spend: Paid search", "Spend: social"]);
    const weekly = r.blocks.find((b) => b.type === "table" && b.testId === "scenario-weekly-table");
    if (weekly?.type !== "table") throw new Error("no weekly table");
    expect(weekly.rows).toEqual([
      ["1", "$1.8K", "$2.1K"],
      ["2", "$1.9K", "$2.2K"],
      ["3", "$2K", "$2.3K"],
    ]);
    // scenario 12 was predicted by an older run than the champion: the report says so
    expect(r.blocks.some((b) => b.type === "paragraph" && b.tone === "warning" && b.text.includes("#5"))).toBe(true);
  });

  it("needs two scenarios", () => {
    expect(() =>
      buildScenarioReport({ generatedAt: "", dataset: { name: "D", version: 1 }, run: null, scenarios: [base], baselineKey: "baseline", labels: {} }),
    ).toThrow(/compareScenarios/);
  });
});
