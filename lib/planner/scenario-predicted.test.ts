import { describe, expect, it } from "vitest";
import { concaveModel } from "../optimize/test-models";
import { scenarioPredicted } from "./scenario-predicted";

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
