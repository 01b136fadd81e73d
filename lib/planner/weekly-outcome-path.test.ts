import { describe, expect, it } from "vitest";
import { channel, concaveModel, model } from "../optimize/test-models";
import { predictPlan } from "../optimize";
import { weeklyOutcomePath } from "./weekly-outcome-path";

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
