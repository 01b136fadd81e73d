import { describe, expect, it } from "vitest";
import { allocateBudget } from "./allocate-budget";
import { allocationCurve, DEFAULT_CURVE_FRACTIONS } from "./allocation-curve";
import { concaveModel, sShapedModel, strandingModel } from "./test-models";

describe("allocationCurve", () => {
  it("defaults to 31 budgets from 50 % to 200 % of current weekly spend", () => {
    expect(DEFAULT_CURVE_FRACTIONS).toHaveLength(31);
    expect(DEFAULT_CURVE_FRACTIONS[0]).toBeCloseTo(0.5, 12);
    expect(DEFAULT_CURVE_FRACTIONS[30]).toBeCloseTo(2, 12);
    const curve = allocationCurve(concaveModel, { objective: "revenue" });
    expect(curve.currentBudget).toBe(3100);
    expect(curve.points).toHaveLength(31);
    expect(curve.points[10].totalBudget).toBeCloseTo(3100, 9);
  });

  it.each([
    ["concave", concaveModel],
    ["S-shaped", sShapedModel],
    ["stranding", strandingModel],
  ] as const)("%s: revenue is non-decreasing and each point matches a direct optimisation", (_, m) => {
    const curve = allocationCurve(m, { objective: "revenue" });
    for (let k = 1; k < curve.points.length; k++) expect(curve.points[k].revenue).toBeGreaterThanOrEqual(curve.points[k - 1].revenue - 1e-9);
    const mid = curve.points[15];
    expect(mid.revenue).toBeCloseTo(allocateBudget(m, { totalBudget: mid.totalBudget, objective: "revenue" }).predicted.revenue, 6);
  });

  it("concave: the marginal return falls as the budget grows (diminishing returns)", () => {
    const curve = allocationCurve(concaveModel, { objective: "revenue" });
    for (let k = 1; k < curve.points.length; k++) expect(curve.points[k].marginalRoi).toBeLessThan(curve.points[k - 1].marginalRoi);
  });

  it("profit: spend plateaus once extra money stops paying", () => {
    const curve = allocationCurve(concaveModel, { objective: "profit", margin: 0.25 }, [0.5, 1, 2, 4, 8]);
    const spends = curve.points.map((p) => p.spend);
    expect(spends[4]).toBeCloseTo(spends[3], 6);
    expect(spends[4]).toBeLessThan(curve.points[4].totalBudget);
  });

  it("skips budgets that the bounds make infeasible and says why", () => {
    const curve = allocationCurve(concaveModel, { objective: "revenue", bounds: { search: { min: 1500 } } }, [0.25, 1]);
    expect(curve.points).toHaveLength(1);
    expect(curve.skipped[0].reason).toMatch(/minimums total 1500/);
  });
});
