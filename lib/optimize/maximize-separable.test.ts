import { describe, expect, it } from "vitest";
import { createRng } from "../math/random";
import { maximizeSeparable } from "./maximize-separable";
import { hillResponse } from "../math/response-curve";

describe("maximizeSeparable — any curves, spend-all or at-most", () => {
  it("linear curves: fills the steeper one to its cap (hand-computed)", () => {
    const r = maximizeSeparable({ values: [(x) => 2 * x, (x) => x], lo: [0, 0], hi: [3, Infinity], budget: 5, mode: "spend-all" });
    expect(r.x[0]).toBeCloseTo(3, 9);
    expect(r.x[1]).toBeCloseTo(2, 9);
    expect(r.value).toBeCloseTo(8, 9);
  });

  it("convex curve: all or nothing, which marginal-return methods miss (x² on [0, 4] vs 3x: 16 > 12)", () => {
    const r = maximizeSeparable({ values: [(x) => x * x, (x) => 3 * x], lo: [0, 0], hi: [4, 4], budget: 4, mode: "spend-all" });
    expect(r.x[0]).toBeCloseTo(4, 9);
    expect(r.value).toBeCloseTo(16, 9);
  });

  it("concave Hill pair: equal marginal returns at the closed-form split", () => {
    // 6x/(x+1) + 4y/(y+1), x + y = 10: 6/(x+1)² = 4/(y+1)² → (x + 1)(1 + √(2/3)) = 12.
    const r = maximizeSeparable({
      values: [(x) => (6 * x) / (x + 1), (x) => (4 * x) / (x + 1)],
      lo: [0, 0],
      hi: [Infinity, Infinity],
      budget: 10,
      mode: "spend-all",
    });
    expect(r.x[0]).toBeCloseTo(12 / (1 + Math.sqrt(2 / 3)) - 1, 4);
    expect(r.x[0] + r.x[1]).toBeCloseTo(10, 9);
  });

  it("at-most (profit): each channel stops where its marginal value reaches zero, or the budget binds", () => {
    // 10√x − x peaks at x = 25, 6√x − x at x = 9.
    const values = [(x: number) => 10 * Math.sqrt(x) - x, (x: number) => 6 * Math.sqrt(x) - x];
    const loose = maximizeSeparable({ values, lo: [0, 0], hi: [Infinity, Infinity], budget: 100, mode: "at-most" });
    expect(loose.x[0]).toBeCloseTo(25, 5);
    expect(loose.x[1]).toBeCloseTo(9, 5);
    // Budget 20 binds: 5/√a = 3/√b with a + b = 20 → a = 20 / (1 + 9/25).
    const tight = maximizeSeparable({ values, lo: [0, 0], hi: [Infinity, Infinity], budget: 20, mode: "at-most" });
    expect(tight.x[0]).toBeCloseTo(20 / (1 + 9 / 25), 5);
    expect(tight.x[0] + tight.x[1]).toBeCloseTo(20, 6);
  });

  it("honours lower bounds", () => {
    const r = maximizeSeparable({ values: [(x) => 2 * x, (x) => x], lo: [0, 4], hi: [10, 10], budget: 5, mode: "spend-all" });
    expect(r.x).toEqual([1, 4].map((v) => expect.closeTo(v, 9)));
  });

  it("matches brute force on random mixtures of S-shaped and concave Hill curves (3 channels)", () => {
    const rng = createRng(1234);
    for (let k = 0; k < 25; k++) {
      // Each channel's curve is the mean of two Hill curves (like an average over bootstrap draws): it can bend twice.
      const curves = Array.from({ length: 3 }, () => {
        const parts = Array.from({ length: 2 }, () => ({
          type: "hill" as const,
          alpha: 0.5 + 2.5 * rng.next(),
          gamma: 200 + 2000 * rng.next(),
          beta: 1000 + 9000 * rng.next(),
        }));
        return (x: number) => 0.5 * (hillResponse(parts[0], x) + hillResponse(parts[1], x));
      });
      const budget = 500 + 4000 * rng.next();
      let best = -Infinity;
      const steps = 300;
      for (let i = 0; i <= steps; i++)
        for (let j = 0; i + j <= steps; j++)
          best = Math.max(best, curves[0]((budget * i) / steps) + curves[1]((budget * j) / steps) + curves[2]((budget * (steps - i - j)) / steps));
      const r = maximizeSeparable({ values: curves, lo: [0, 0, 0], hi: [Infinity, Infinity, Infinity], budget, mode: "spend-all" });
      expect(r.x.reduce((a, b) => a + b, 0)).toBeCloseTo(budget, 6);
      expect(r.value, `instance ${k}`).toBeGreaterThanOrEqual(best * (1 - 1e-9));
    }
  });
});
