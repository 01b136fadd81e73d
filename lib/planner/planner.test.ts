import { describe, expect, it } from "vitest";
import { concaveModel, channel, model } from "../optimize/test-models";
import { predictPlan } from "../optimize";
import { baselineAllocation } from "./baseline-allocation";
import { comparisonTable, compareScenarios, type ComparableScenario } from "./compare-scenarios";
import { activationWeightedMargin } from "./default-margin";
import { planOutcome } from "./plan-outcome";
import { parsePulsePattern } from "./pulse-pattern";
import { scenarioPredicted } from "./scenario-predicted";
import { niceStep, sliderScale } from "./slider-scale";
import { weeklyOutcomePath } from "./weekly-outcome-path";

describe("baselineAllocation", () => {
  const rows = [
    // Two regions in week 1 are summed; week 0 falls outside a 2-week window.
    { week: "2026-01-05", channel: "search", spend: 999 },
    { week: "2026-01-12", channel: "search", spend: 100 },
    { week: "2026-01-12", channel: "search", spend: 50 },
    { week: "2026-01-19", channel: "search", spend: 250 },
    { week: "2026-01-19", channel: "tv", spend: 400 },
  ];
  it.each([
    [2, { search: (150 + 250) / 2, tv: 400 / 2, radio: 0 }],
    [3, { search: (999 + 150 + 250) / 3, tv: 400 / 3, radio: 0 }],
    [10, { search: (999 + 150 + 250) / 3, tv: 400 / 3, radio: 0 }],
  ])("averages the last %i weeks, counting missing weeks as zero", (weeks, expected) => {
    const got = baselineAllocation(rows, ["search", "tv", "radio"], weeks);
    for (const [k, v] of Object.entries(expected)) expect(got[k]).toBeCloseTo(v, 9);
  });
  it("rejects a non-positive window", () => expect(() => baselineAllocation(rows, ["search"], 0)).toThrow(/baselineAllocation/));
});

describe("activationWeightedMargin", () => {
  const econ = [
    { channel: "a", revenuePerActivation: 100, costPerActivation: 40 }, // 0.6
    { channel: "b", revenuePerActivation: 50, costPerActivation: 40 }, // 0.2
  ];
  it.each([
    [{ a: 1, b: 1 }, 0.4],
    [{ a: 3, b: 1 }, 0.5],
    [{ a: 0, b: 5 }, 0.2],
    [{}, 0.4], // no weights: plain mean
  ])("weights channel margins by activations %o", (acts, expected) => expect(activationWeightedMargin(econ, acts)).toBeCloseTo(expected, 12));
  it("is null without economics", () => expect(activationWeightedMargin([], { a: 1 })).toBeNull());
});

describe("parsePulsePattern", () => {
  it.each([
    ["2 on / 2 off", { on: 2, off: 2 }],
    ["3on1off", { on: 3, off: 1 }],
    ["1/3", { on: 1, off: 3 }],
    [" 4 ON , 0 OFF ", { on: 4, off: 0 }],
  ])("reads %s", (text, expected) => expect(parsePulsePattern(text)).toEqual(expected));
  it.each(["", "two on", "0 on / 2 off", "2 on / 99 off"])("rejects %j with a message", (text) => expect(() => parsePulsePattern(text)).toThrow(/parsePulsePattern/));
});

describe("sliderScale", () => {
  it.each([
    [1000, 5000, 800, 3000, 5],
    [0, 5000, 0, 5000, 10],
    [1000, 5000, 4000, 4000, 5], // optimized value above 3× baseline stays reachable
    [10, 100, 0, 30, 1],
  ])("baseline %d, budget %d, current %d → max %d step %d", (baseline, budget, current, max, step) => {
    expect(sliderScale(baseline, budget, current)).toEqual({ max, step });
  });
  it.each([
    [0.3, 1],
    [7, 5],
    [23, 20],
    [150, 100],
  ])("niceStep(%d) = %d", (x, expected) => expect(niceStep(x)).toBe(expected));
});

describe("weeklyOutcomePath", () => {
  const alloc = { search: 1500, social: 1000, display: 600 };
  it("is flat at the steady state when nothing changes", () => {
    const steady = predictPlan(concaveModel, alloc).revenue;
    const path = weeklyOutcomePath(concaveModel, alloc, alloc, 5);
    expect(path).toHaveLength(5);
    for (const p of path) expect(p.revenue).toBeCloseTo(steady, 9);
  });
  it("without carryover jumps to the new steady state in week 1", () => {
    const m = model([channel("a", 1, 1000, 5000, 500, { type: "geometric", theta: 0, maxLag: 0 })]);
    const path = weeklyOutcomePath(m, { a: 500 }, { a: 1000 }, 3, 0.5);
    // Hill with alpha 1: 5000 · 1000 / (1000 + 1000) = 2500.
    expect(path.map((p) => p.revenue)).toEqual([2500, 2500, 2500]);
    expect(path[0].profit).toBe(2500 * 0.5 - 1000);
  });
  it("with geometric carryover ramps monotonically towards the new steady state", () => {
    // theta 0.5, maxLag 1: weights 2/3, 1/3 → week 1 adstock = 2/3·1000 + 1/3·500.
    const m = model([channel("a", 1, 1000, 5000, 500, { type: "geometric", theta: 0.5, maxLag: 1 })]);
    const path = weeklyOutcomePath(m, { a: 500 }, { a: 1000 }, 3);
    const x1 = (2 / 3) * 1000 + (1 / 3) * 500;
    expect(path[0].revenue).toBeCloseTo((5000 * x1) / (x1 + 1000), 9);
    expect(path[1].revenue).toBeCloseTo(2500, 9);
    expect(path[2].revenue).toBeCloseTo(2500, 9);
  });
});

describe("planOutcome", () => {
  const draws = [0.8, 0.9, 1, 1.1, 1.2].map((f) => concaveModel.channels.map((c) => ({ ...c, saturation: { ...c.saturation, beta: c.saturation.beta * f } })));
  const withDraws = { ...concaveModel, draws };
  it("reports weekly and horizon totals with the interval from the draws", () => {
    const alloc = { search: 1500, social: 1000, display: 600 };
    const o = planOutcome(withDraws, alloc, { margin: 0.5, horizonWeeks: 13, revenuePerActivation: { search: 10, social: 10, display: 20 } });
    const p = predictPlan(concaveModel, alloc);
    expect(o.revenue).toBeCloseTo(p.revenue, 9);
    expect(o.profit).toBeCloseTo(p.revenue * 0.5 - 3100, 9);
    expect(o.horizon.revenue).toBeCloseTo(p.revenue * 13, 6);
    // Revenue is linear in beta, so the 5 %/95 % quantiles (R type 7) of 0.8…1.2 are 0.82 and 1.18.
    expect(o.low).toBeCloseTo(p.revenue * 0.82, 6);
    expect(o.high).toBeCloseTo(p.revenue * 1.18, 6);
    const acts = p.perChannel[0].revenue / 10 + p.perChannel[1].revenue / 10 + p.perChannel[2].revenue / 20;
    expect(o.activations).toBeCloseTo(acts, 9);
    expect(o.cpa).toBeCloseTo(3100 / acts, 9);
  });
  it("leaves activations out when a channel has no unit economics", () => {
    const o = planOutcome(concaveModel, { search: 100 }, { margin: 1, horizonWeeks: 4, revenuePerActivation: { search: 10 } });
    expect(o.activations).toBeNull();
    expect(o.cpa).toBeNull();
    expect(o.low).toBe(o.revenue);
  });
});

describe("compareScenarios", () => {
  const kpis = (revenue: number, spend: number) => ({ spend, revenue, profit: revenue - spend, roi: revenue / spend, activations: null, cpa: null, low: revenue * 0.9, high: revenue * 1.1 });
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
    expect(t.header).toEqual(["section", "item", "Current", "Current − baseline", "Current vs baseline (%)", "Plan", "Plan − baseline", "Plan vs baseline (%)"]);
    const revenueRow = t.rows.find((r) => r[1] === "Weekly revenue from media")!;
    expect(revenueRow).toEqual(["kpi (weekly, USD)", "Weekly revenue from media", 400, 0, 0, 500, 100, 25]);
  });
});

describe("scenarioPredicted", () => {
  it("stores KPIs and a weekly path that starts from the baseline", () => {
    const base = { search: 1500, social: 1000, display: 600 };
    const plan = { search: 2500, social: 500, display: 600 };
    const p = scenarioPredicted(concaveModel, base, plan, { margin: 1, horizonWeeks: 13 });
    expect(p.weeklyPath).toHaveLength(13);
    expect(p.weeklyPath[12].revenue).toBeCloseTo(p.revenue, 3);
    expect(p.weeklyPath[0].revenue).not.toBeCloseTo(p.revenue, 0);
    expect(p.horizonWeeks).toBe(13);
  });
});

describe("boundsFromInputs", () => {
  it("reads blanks as no bound and amounts with $ and commas", async () => {
    const { boundsFromInputs } = await import("./bounds-from-inputs");
    expect(boundsFromInputs({ a: { min: "", max: "" }, b: { min: "$1,000", max: " 2500 " } })).toEqual({ bounds: { b: { min: 1000, max: 2500 } }, errors: {} });
  });
  it.each([
    [{ min: "-5", max: "" }, /min must be a non-negative/],
    [{ min: "abc", max: "" }, /min must be/],
    [{ min: "300", max: "200" }, /min \(300\) is above max \(200\)/],
  ])("reports %o", async (input, message) => {
    const { boundsFromInputs } = await import("./bounds-from-inputs");
    expect(boundsFromInputs({ tv: input }).errors.tv).toMatch(message);
  });
});

describe("chart rows", () => {
  it("spans 50–200 % of the planner's budget whatever the model's current spend", async () => {
    const { curveFractionsFor } = await import("./chart-rows");
    const f = curveFractionsFor(2000, 1000);
    expect(f).toHaveLength(31);
    expect(f[0] * 1000).toBeCloseTo(1000, 9);
    expect(f[10] * 1000).toBeCloseTo(2000, 9);
    expect(f[30] * 1000).toBeCloseTo(4000, 9);
    expect(curveFractionsFor(0, 1000)).toEqual([]);
  });
  it("turns a flighting comparison into weekly rows", async () => {
    const { flightingChartRows } = await import("./chart-rows");
    const { compareFlighting } = await import("../optimize");
    const c = compareFlighting(concaveModel, { weeks: 8, totalBudget: 3100 * 8, allocation: { search: 1500, social: 1000, display: 600 }, pattern: { on: 2, off: 2 }, carryover: "exclude" });
    const rows = flightingChartRows(c);
    expect(rows).toHaveLength(c.evaluationWeeks);
    expect(rows.reduce((a, r) => a + r.alwaysOn, 0)).toBeCloseTo(c.alwaysOn.revenue, 6);
    expect(rows.reduce((a, r) => a + r.spendPulsed, 0)).toBeCloseTo(3100 * 8, 6);
    expect(rows[2].spendPulsed).toBe(0);
  });
});

describe("comparison chart rows", () => {
  it("aligns weekly paths by week and leaves gaps past a shorter horizon", async () => {
    const { weeklyPathRows } = await import("./chart-rows");
    const rows = weeklyPathRows([
      { key: "baseline", weeklyPath: [{ week: 1, revenue: 10 }, { week: 2, revenue: 10 }, { week: 3, revenue: 10 }] },
      { key: "4", weeklyPath: [{ week: 1, revenue: 12 }] },
    ]);
    expect(rows).toEqual([{ week: 1, baseline: 10, "4": 12 }, { week: 2, baseline: 10 }, { week: 3, baseline: 10 }]);
  });
  it("groups spend by channel with zeros for channels a scenario leaves out", async () => {
    const { allocationBarRows } = await import("./chart-rows");
    expect(allocationBarRows([{ key: "a", allocation: { tv: 5, search: 1 } }, { key: "b", allocation: { search: 2 } }])).toEqual([
      { channel: "search", a: 1, b: 2 },
      { channel: "tv", a: 5, b: 0 },
    ]);
  });
});
