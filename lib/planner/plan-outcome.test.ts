import { describe, expect, it } from "vitest";
import { concaveModel } from "../optimize/test-models";
import { predictPlan } from "../optimize";
import { planOutcome } from "./plan-outcome";

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
