import { describe, expect, it } from "vitest";
import { channelRevenue, trueOptimum, trueRevenue, type NationalTruth } from "./true-national-plan";

/** Two channels, one region each of population 1, linear-ish Hill (alpha 1), hand-checkable. */
const truth: NationalTruth = {
  names: ["a", "b"],
  current: [5, 5],
  curves: [
    { weightSum: 1, alpha: 1, gamma: 10, beta: 100, regions: [{ population: 1, multiplier: 1, share: 1 }] },
    { weightSum: 1, alpha: 1, gamma: 10, beta: 50, regions: [{ population: 1, multiplier: 1, share: 1 }] },
  ],
};

describe("true national plan of a geo case", () => {
  it("sums the regions' Hill curves (hand-computed)", () => {
    expect(channelRevenue(truth, 0, 10)).toBeCloseTo(50, 12); // 100 · 10/(10 + 10)
    expect(trueRevenue(truth, [10, 10])).toBeCloseTo(75, 12);
  });

  it("finds the optimum a brute-force search over the split finds", () => {
    const opt = trueOptimum(truth, 10);
    let best = -Infinity;
    for (let i = 0; i <= 1000; i++) best = Math.max(best, trueRevenue(truth, [(10 * i) / 1000, 10 - (10 * i) / 1000]));
    expect(opt.allocation[0] + opt.allocation[1]).toBeCloseTo(10, 9);
    // The polish may land between the brute force's grid points, so it can beat it slightly, never by much.
    expect(Math.abs(opt.outcome - best)).toBeLessThan(1e-3);
  });
});
