import { describe, expect, it } from "vitest";
import { planInterval } from "./plan-interval";
import { concaveModel, model } from "./test-models";

describe("planInterval", () => {
  // Draw k scales every beta by 0.8 + 0.02k (k = 0..20): revenue scales by the same factor, so the
  // 5 % / 95 % type-7 quantiles of the factors are 0.8 + 0.02·(0.05·20) = 0.82 and 1.18.
  const scale = (f: number) => concaveModel.channels.map((c) => ({ ...c, saturation: { ...c.saturation, beta: c.saturation.beta * f } }));
  const withDraws = model(
    concaveModel.channels,
    Array.from({ length: 21 }, (_, k) => scale(0.8 + 0.02 * k)),
  );
  const allocation = { search: 1500, social: 1000, display: 600 };

  it("evaluates the same allocation under every draw and takes the 90 % percentile interval", () => {
    const r = planInterval(withDraws, allocation);
    expect(r.draws).toBe(21);
    expect(r.low / r.revenue).toBeCloseTo(0.82, 10);
    expect(r.high / r.revenue).toBeCloseTo(1.18, 10);
  });

  it("honours another level and degrades to a point without draws", () => {
    const r = planInterval(withDraws, allocation, 0.5);
    expect(r.low / r.revenue).toBeCloseTo(0.9, 10);
    const point = planInterval(concaveModel, allocation);
    expect(point).toMatchObject({ draws: 0, low: point.revenue, high: point.revenue });
  });

  it("rejects unknown channels and negative spend", () => {
    expect(() => planInterval(concaveModel, { tiktok: 5 })).toThrow(/unknown channel "tiktok"/);
    expect(() => planInterval(concaveModel, { search: -1 })).toThrow(/non-negative/);
  });
});
