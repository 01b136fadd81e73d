import { describe, expect, it } from "vitest";
import { compareFlighting } from "./compare-flighting";
import { channel, concaveModel, model, sShapedModel } from "./test-models";

const sum = (v: number[]) => v.reduce((a, b) => a + b, 0);

describe("compareFlighting", () => {
  it.each([
    ["concave", concaveModel, 3100],
    ["S-shaped, low budget", sShapedModel, 1500],
    ["S-shaped, current budget", sShapedModel, 6300],
  ] as const)("%s: optimized ≥ always-on and ≥ pulsed, all with the same total spend", (_, m, weekly) => {
    const allocation = Object.fromEntries(m.channels.map((c) => [c.name, c.meanWeeklySpend]));
    const seasonality = Array.from({ length: 12 }, (_, t) => 1 + 0.3 * Math.sin((2 * Math.PI * t) / 12));
    const r = compareFlighting(m, { weeks: 12, totalBudget: weekly * 12, allocation, pattern: { on: 2, off: 2 }, seasonality });
    for (const plan of [r.alwaysOn, r.pulsed, r.optimized]) {
      expect(sum(Object.values(plan.schedule).map(sum))).toBeCloseTo(weekly * 12, 6);
      for (const s of Object.values(plan.schedule)) expect(Math.min(...s)).toBeGreaterThanOrEqual(0);
    }
    expect(r.optimized.revenue).toBeGreaterThanOrEqual(r.alwaysOn.revenue);
    expect(r.optimized.revenue).toBeGreaterThanOrEqual(r.pulsed.revenue);
    expect(r.difference.optimizedVsAlwaysOn.absolute).toBeCloseTo(r.optimized.revenue - r.alwaysOn.revenue, 9);
    // Carryover is counted for the longest maxLag past the horizon (6, or 8 with tv).
    expect(r.evaluationWeeks).toBe(12 + Math.max(...m.channels.map((c) => c.adstock.maxLag)));
  });

  it("concave, flat season, no carryover: always-on is already optimal (Jensen) and pulsing loses", () => {
    const m = model([channel("a", 0.7, 1000, 5000, 1000, { type: "geometric", theta: 0, maxLag: 0 })]);
    const r = compareFlighting(m, { weeks: 8, totalBudget: 8000, allocation: { a: 1 }, carryover: "exclude" });
    expect(r.optimized.revenue / r.alwaysOn.revenue).toBeCloseTo(1, 9);
    expect(r.pulsed.revenue).toBeLessThan(r.alwaysOn.revenue);
    for (const x of r.optimized.schedule.a) expect(x).toBeCloseTo(1000, 3);
  });

  it("S-shaped at a low budget: pulsing beats always-on (concentrated spend clears the threshold)", () => {
    const m = model([channel("tv", 3, 5000, 20000, 1000, { type: "geometric", theta: 0, maxLag: 0 })]);
    const r = compareFlighting(m, { weeks: 8, totalBudget: 8 * 1500, allocation: { tv: 1 }, pattern: { on: 1, off: 3 } });
    expect(r.pulsed.revenue).toBeGreaterThan(r.alwaysOn.revenue);
    expect(r.optimized.revenue).toBeGreaterThanOrEqual(r.pulsed.revenue);
  });

  it("moves spend toward high-season weeks", () => {
    const m = model([channel("a", 0.8, 1000, 5000, 1000, { type: "geometric", theta: 0.3, maxLag: 2 })]);
    const seasonality = [1, 1, 1, 2, 2, 1, 1, 1];
    const r = compareFlighting(m, { weeks: 8, totalBudget: 8000, allocation: { a: 1 }, seasonality, carryover: "exclude" });
    const s = r.optimized.schedule.a;
    expect(s[3]).toBeGreaterThan(s[0]);
    expect(r.optimized.revenue).toBeGreaterThan(r.alwaysOn.revenue);
  });

  it("counting carryover past the horizon adds revenue; excluding it drops those weeks", () => {
    const allocation = { search: 1, social: 1, display: 1 };
    const inc = compareFlighting(concaveModel, { weeks: 6, totalBudget: 6000, allocation });
    const exc = compareFlighting(concaveModel, { weeks: 6, totalBudget: 6000, allocation, carryover: "exclude" });
    expect(inc.alwaysOn.revenue).toBeGreaterThan(exc.alwaysOn.revenue);
    expect(exc.alwaysOn.weeklyRevenue).toHaveLength(6);
  });

  it("rejects bad horizons, seasonality and patterns with specific messages", () => {
    const base = { weeks: 4, totalBudget: 100, allocation: { search: 1 } };
    expect(() => compareFlighting(concaveModel, { ...base, weeks: 0 })).toThrow(/weeks must be a whole number/);
    expect(() => compareFlighting(concaveModel, { ...base, seasonality: [1, 1] })).toThrow(/seasonality has 2 factors/);
    expect(() => compareFlighting(concaveModel, { ...base, pattern: { on: 0, off: 2 } })).toThrow(/on ≥ 1/);
    expect(() => compareFlighting(concaveModel, { ...base, allocation: {} })).toThrow(/positive spend/);
    expect(() => compareFlighting(concaveModel, { ...base, totalBudget: -1 })).toThrow(/non-negative/);
  });

  it("starts from the adstock built up before the horizon (hand-computed) and counts the plan's tail", () => {
    // Weights [4/7, 2/7, 1/7]; Hill alpha 1, gamma 100, beta 700. History [70, 70]; one week of 140.
    const m = model([channel("tv", 1, 100, 700, 70, { type: "geometric", theta: 0.5, maxLag: 2 })]);
    const r = compareFlighting(m, { weeks: 1, totalBudget: 140, allocation: { tv: 1 }, history: { tv: [70, 70] } });
    // Evaluation weeks: a = 80 + 20 + 10 = 110, then 40 + 10 = 50, then 20.
    const weekly = [(700 * 110) / 210, (700 * 50) / 150, (700 * 20) / 120];
    r.alwaysOn.weeklyRevenue.forEach((v, t) => expect(v).toBeCloseTo(weekly[t], 9));
    // History alone: a = 30, 10, 0.
    const carry = (700 * 30) / 130 + (700 * 10) / 110;
    expect(r.carryoverIn).toBeCloseTo(carry, 9);
    expect(r.alwaysOn.incremental).toBeCloseTo(weekly[0] + weekly[1] + weekly[2] - carry, 9);
    const cold = compareFlighting(m, { weeks: 1, totalBudget: 140, allocation: { tv: 1 } });
    expect(cold.carryoverIn).toBe(0);
    expect(cold.alwaysOn.revenue).toBeCloseTo((700 * 80) / 180 + (700 * 40) / 140 + (700 * 20) / 120, 9);
  });

  it("a heavy past already saturates the first weeks, so the optimized schedule spends less there", () => {
    const m = model([channel("tv", 0.8, 1000, 6000, 1000, { type: "geometric", theta: 0.7, maxLag: 6 })]);
    const options = { weeks: 8, totalBudget: 8000, allocation: { tv: 1 } };
    const cold = compareFlighting(m, options);
    const warm = compareFlighting(m, { ...options, history: { tv: new Array(10).fill(4000) } });
    expect(warm.optimized.schedule.tv[0]).toBeLessThan(cold.optimized.schedule.tv[0]);
    expect(warm.optimized.schedule.tv[0]).toBeLessThan(warm.optimized.schedule.tv[7]);
    expect(warm.carryoverIn).toBeGreaterThan(0);
    expect(warm.optimized.revenue).toBeGreaterThanOrEqual(warm.alwaysOn.revenue);
  });

  it('split "optimize" moves money between channels too: never below the fixed split, same total', () => {
    const allocation = { search: 1, social: 1, display: 1 };
    const fixed = compareFlighting(concaveModel, { weeks: 6, totalBudget: 18000, allocation });
    const joint = compareFlighting(concaveModel, { weeks: 6, totalBudget: 18000, allocation, split: "optimize" });
    expect(joint.split).toBe("optimize");
    expect(joint.optimized.revenue).toBeGreaterThan(fixed.optimized.revenue);
    expect(sum(Object.values(joint.optimized.schedule).map(sum))).toBeCloseTo(18000, 6);
    // Always-on and pulsed keep the given split.
    expect(joint.alwaysOn.revenue).toBeCloseTo(fixed.alwaysOn.revenue, 9);
    // Equal thirds are not optimal here: search (largest beta) ends up with more than a third.
    expect(sum(joint.optimized.schedule.search)).toBeGreaterThan(6000);
  });

  it("rejects a history for an unknown channel or with negative spend", () => {
    const base = { weeks: 4, totalBudget: 100, allocation: { search: 1 } };
    expect(() => compareFlighting(concaveModel, { ...base, history: { radio: [1] } })).toThrow(/unknown channel "radio" in the spend history/);
    expect(() => compareFlighting(concaveModel, { ...base, history: { search: [1, -2] } })).toThrow(/week 2 is -2/);
  });
});
