import { describe, expect, it } from "vitest";
import type { ChannelResponse } from "../mmm/types";
import { channel, model } from "../optimize/test-models";
import { planRiskView } from "./plan-risk-view";

/** Hill alpha 1, gamma 1: f(x) = beta·x/(x+1). */
const ch = (name: string, beta: number, extra: Partial<ChannelResponse> = {}): ChannelResponse => ({ ...channel(name, 1, 1, beta, 5), ...extra });
const f = (beta: number, x: number) => (beta * x) / (x + 1);

describe("planRiskView", () => {
  const m = model(
    [ch("a", 6, { dataMin: 2, dataMax: 8 }), ch("b", 2, { dataMin: 0, dataMax: 6, identified: false })],
    [
      [ch("a", 6), ch("b", 2)],
      [ch("a", 2), ch("b", 6)],
    ],
  );

  it("compares with the current mix scaled to the plan's total spend (hand-computed, 2 draws)", () => {
    // Baseline 5/5 (total 10); the plan spends 12 → reference 6/6.
    const r = planRiskView(m, { a: 9, b: 3 }, { a: 5, b: 5 });
    const g1 = f(6, 9) + f(2, 3) - f(6, 6) - f(2, 6);
    const g2 = f(2, 9) + f(6, 3) - f(2, 6) - f(6, 6);
    expect(r.gain.mean).toBeCloseTo((g1 + g2) / 2, 12);
    expect(r.probBeatsCurrent).toBe(0.5);
    expect(r.isCurrentMix).toBe(false);
  });

  it("flags spend above or below the data's range and unidentified channels", () => {
    const r = planRiskView(m, { a: 9, b: 3 }, { a: 5, b: 5 });
    expect(r.channels).toEqual([
      { channel: "a", dataMin: 2, dataMax: 8, position: "above", identified: true },
      { channel: "b", dataMin: 0, dataMax: 6, position: "inside", identified: false },
    ]);
    expect(planRiskView(m, { a: 1, b: 9 }, { a: 5, b: 5 }).channels.map((c) => c.position)).toEqual(["below", "above"]);
  });

  it("the current mix itself gains nothing", () => {
    const r = planRiskView(m, { a: 10, b: 10 }, { a: 5, b: 5 });
    expect(r.isCurrentMix).toBe(true);
    expect(r.gain).toEqual({ mean: 0, low: 0, high: 0 });
  });
});
