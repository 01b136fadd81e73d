import { describe, expect, it } from "vitest";
import { predictPlan } from "./predict-plan";
import { channel, model } from "./test-models";

describe("predictPlan", () => {
  // alpha = 1 gives closed forms: f(x) = beta·x/(x + gamma), f'(x) = beta·gamma/(x + gamma)².
  const m = model([channel("a", 1, 1000, 3000, 1000), channel("b", 1, 500, 1000, 500)]);

  it("matches closed-form revenue, profit, ROI and marginal ROI", () => {
    const p = predictPlan(m, { a: 1000, b: 500 }, { margin: 0.5 });
    expect(p.revenue).toBeCloseTo(1500 + 500, 10);
    expect(p.spend).toBe(1500);
    expect(p.profit).toBeCloseTo(2000 * 0.5 - 1500, 10);
    expect(p.roi).toBeCloseTo(2000 / 1500, 10);
    expect(p.perChannel[0]).toMatchObject({ channel: "a", spend: 1000 });
    expect(p.perChannel[0].marginalRoi).toBeCloseTo((3000 * 1000) / 2000 ** 2, 12);
    expect(p.activations).toBeUndefined();
  });

  it("reports activations and CPA from revenue per activation (one value or per channel)", () => {
    const p = predictPlan(m, { a: 1000, b: 500 }, { revenuePerActivation: { a: 50, b: 25 } });
    expect(p.perChannel[0].activations).toBeCloseTo(30, 10);
    expect(p.perChannel[1].activations).toBeCloseTo(20, 10);
    expect(p.activations).toBeCloseTo(50, 10);
    expect(p.cpa).toBeCloseTo(1500 / 50, 10);
    expect(predictPlan(m, { a: 0 }, { revenuePerActivation: 10 }).cpa).toBeNull();
  });

  it("treats missing channels as zero spend and rejects bad input", () => {
    expect(predictPlan(m, { a: 1000 }).revenue).toBeCloseTo(1500, 10);
    expect(() => predictPlan(m, { c: 1 })).toThrow(/unknown channel "c"/);
    expect(() => predictPlan(m, { a: Number.NaN })).toThrow(/non-negative number/);
    expect(() => predictPlan(m, { a: 1 }, { margin: -1 })).toThrow(/margin/);
    expect(() => predictPlan(m, { a: 1 }, { revenuePerActivation: { a: 5 } })).toThrow(/missing channel "b"/);
  });
});
