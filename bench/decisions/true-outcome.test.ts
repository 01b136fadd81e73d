import { describe, expect, it } from "vitest";
import { maximizeSeparable, scorePlan, steadyStateOutcome, trueOptimum, trueRoi, type ScoringChannel } from "./true-outcome";
import { truthHill } from "./truth-curves";

describe("trueRoi: lib/mmm's in-window convention on a hand-worked case", () => {
  it("spend [2, 0, 2], weights [1, 0.5], hill(alpha 1, gamma 2, beta 10)", () => {
    // adstock [2, 1, 2] → weekly effect [5, 10/3, 5] → contribution 40/3 over spend 4 → ROI 10/3.
    const r = trueRoi([2, 0, 2], [1, 0.5], { alpha: 1, gamma: 2, beta: 10 });
    expect(r.contribution).toBeCloseTo(40 / 3, 12);
    expect(r.roi).toBeCloseTo(10 / 3, 12);
  });
  it("counts no carryover past the last week: one week of spend at the end", () => {
    // Only week 2's own effect (adstock 2 → 5) counts; its carryover into week 3 is outside the window.
    expect(trueRoi([0, 0, 2], [1, 0.5], { alpha: 1, gamma: 2, beta: 10 }).roi).toBeCloseTo(2.5, 12);
  });
  it("is 0 without spend", () => expect(trueRoi([0, 0], [1], { alpha: 1, gamma: 1, beta: 1 }).roi).toBe(0));
});

const tiny: ScoringChannel[] = [
  { name: "a", hill: { alpha: 1, gamma: 2, beta: 10 }, weightSum: 1.5 },
  { name: "b", hill: { alpha: 2, gamma: 4, beta: 8 }, weightSum: 2 },
];

describe("steadyStateOutcome", () => {
  it("Σ beta · hill(x · Σw) on a hand-worked plan", () => {
    // a: 2 · 1.5 = 3 → 10 · 3/5 = 6; b: 1 · 2 = 2 → 8 · 4/20 = 1.6.
    expect(steadyStateOutcome(tiny, { a: 2, b: 1 })).toBeCloseTo(7.6, 12);
    expect(steadyStateOutcome(tiny, { a: 2 })).toBeCloseTo(6, 12);
  });
  it("rejects unknown channels and negative spend", () => {
    expect(() => steadyStateOutcome(tiny, { c: 1 })).toThrow(/unknown channel "c"/);
    expect(() => steadyStateOutcome(tiny, { a: -1 })).toThrow(/spend of "a"/);
  });
});

/** Brute force: every split on a fine grid (2 channels: 1-D, 3 channels: 2-D). */
function bruteForce(curves: ((x: number) => number)[], budget: number, steps: number): number {
  let best = -Infinity;
  if (curves.length === 2) {
    for (let i = 0; i <= steps; i++) {
      const x = (budget * i) / steps;
      best = Math.max(best, curves[0](x) + curves[1](budget - x));
    }
  } else {
    for (let i = 0; i <= steps; i++)
      for (let j = 0; i + j <= steps; j++) {
        const x = (budget * i) / steps,
          y = (budget * j) / steps;
        best = Math.max(best, curves[0](x) + curves[1](y) + curves[2](Math.max(0, budget - x - y)));
      }
  }
  return best;
}

describe("maximizeSeparable: the true optimizer against brute force", () => {
  const hill = (alpha: number, gamma: number, beta: number) => (x: number) => truthHill(x, { alpha, gamma, beta });
  it.each([
    ["2 concave", [hill(0.7, 30, 50), hill(1, 60, 90)], 100],
    ["2 S-shaped (all-or-nothing tension)", [hill(3, 40, 60), hill(2.5, 70, 100)], 80],
    ["S-shaped + concave", [hill(4, 50, 120), hill(0.8, 20, 40)], 120],
    ["3 mixed", [hill(3, 40, 60), hill(0.9, 25, 35), hill(2, 60, 80)], 110],
    ["3 S-shaped", [hill(2.5, 30, 50), hill(3, 45, 70), hill(2, 20, 25)], 90],
  ])("%s", (_, curves, budget) => {
    const x = maximizeSeparable(curves, budget);
    const value = x.reduce((s, v, c) => s + curves[c](v), 0);
    expect(Math.abs(x.reduce((a, b) => a + b, 0) - budget)).toBeLessThan(1e-9 * budget);
    x.forEach((v) => expect(v).toBeGreaterThanOrEqual(0));
    const brute = bruteForce(curves, budget, curves.length === 2 ? 200_000 : 1_000);
    // Never worse than brute force beyond rounding; brute force's grid can only be as good.
    expect(value).toBeGreaterThanOrEqual(brute - 1e-9 * brute);
    expect(value - brute).toBeLessThan(1e-3 * brute);
  });
  it("a start that is better than the grid answer is kept", () => {
    const curves = [hill(1, 1, 1), hill(1, 1, 1)];
    const x = maximizeSeparable(curves, 2, 3, [[1, 1]]);
    expect(x[0]).toBeCloseTo(1, 9);
    expect(x[1]).toBeCloseTo(1, 9);
  });
  it("rejects a negative budget", () => expect(() => maximizeSeparable([hill(1, 1, 1)], -1)).toThrow(/budget/));
});

describe("scorePlan", () => {
  const truth = { channels: tiny, optimum: trueOptimum(tiny, 4), currentMix: { a: 2, b: 2 } };
  it("the true optimum has regret 0 and the current mix loss 0", () => {
    expect(scorePlan(truth, truth.optimum.allocation).regret).toBeCloseTo(0, 12);
    expect(scorePlan(truth, truth.currentMix).lossVsCurrent).toBe(0);
  });
  it("regret and loss on a hand-worked plan", () => {
    // current: a 2 → 6, b 2 → a=4 → 8·16/32 = 4 → 10. plan all in a: a 4 → 6 → 10·6/8 = 7.5.
    const s = scorePlan(truth, { a: 4, b: 0 });
    expect(s.outcome).toBeCloseTo(7.5, 12);
    expect(s.lossVsCurrent).toBeCloseTo(0.25, 12);
    expect(s.regret).toBeCloseTo((truth.optimum.outcome - 7.5) / truth.optimum.outcome, 12);
    expect(s.spend).toBe(4);
  });
});
