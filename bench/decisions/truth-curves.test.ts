import { describe, expect, it } from "vitest";
import { applyTruthAdstock, truthAdstockWeights, truthHill, truthWeightSum } from "./truth-curves";

const TOL = 1e-12;
const close = (a: ArrayLike<number>, b: number[]) => {
  expect(a.length).toBe(b.length);
  b.forEach((v, i) => expect(Math.abs(a[i] - v)).toBeLessThan(TOL));
};

describe("truthAdstockWeights (hand-computed)", () => {
  it.each([
    ["geometric 0.5, lag 3", { type: "geometric", theta: 0.5, maxLag: 3 } as const, [1, 0.5, 0.25, 0.125]],
    ["geometric 0, lag 2 (no carryover)", { type: "geometric", theta: 0, maxLag: 2 } as const, [1, 0, 0]],
    ["weibull-cdf shape 1, scale 2: survival exp(−l/2)", { type: "weibull-cdf", shape: 1, scale: 2, maxLag: 2 } as const, [1, Math.exp(-0.5), Math.exp(-1)]],
    ["weibull-cdf shape 2, scale 1: exp(−l²)", { type: "weibull-cdf", shape: 2, scale: 1, maxLag: 2 } as const, [1, Math.exp(-1), Math.exp(-4)]],
    [
      "weibull-pdf shape 1, scale 1: F(l+1) − F(l)",
      { type: "weibull-pdf", shape: 1, scale: 1, maxLag: 1 } as const,
      [1 - Math.exp(-1), Math.exp(-1) - Math.exp(-2)],
    ],
    [
      "weibull-pdf shape 2, scale 2: delayed peak",
      { type: "weibull-pdf", shape: 2, scale: 2, maxLag: 2 } as const,
      [1 - Math.exp(-0.25), Math.exp(-0.25) - Math.exp(-1), Math.exp(-1) - Math.exp(-2.25)],
    ],
  ])("%s", (_, adstock, expected) => close(truthAdstockWeights(adstock), expected));

  it("a Weibull pdf with shape > 1 peaks after lag 0", () => {
    const w = truthAdstockWeights({ type: "weibull-pdf", shape: 2.5, scale: 4, maxLag: 10 });
    expect(w.indexOf(Math.max(...w))).toBeGreaterThanOrEqual(2);
  });

  it("weight sum is the steady-state multiplier: geometric 0.5 lag 3 → 1.875", () => {
    expect(truthWeightSum({ type: "geometric", theta: 0.5, maxLag: 3 })).toBeCloseTo(1.875, 12);
  });

  it.each([
    [{ type: "geometric", theta: 1, maxLag: 2 } as const, /theta/],
    [{ type: "geometric", theta: 0.5, maxLag: -1 } as const, /maxLag/],
    [{ type: "weibull-cdf", shape: 0, scale: 1, maxLag: 2 } as const, /shape and scale/],
  ])("rejects %o", (adstock, message) => expect(() => truthAdstockWeights(adstock)).toThrow(message));
});

describe("applyTruthAdstock", () => {
  it("convolves with zero spend before the first week", () => {
    close(applyTruthAdstock([2, 0, 2], [1, 0.5]), [2, 1, 2]);
    close(applyTruthAdstock([1, 2, 3], [1, 0.5, 0.25]), [1, 2.5, 4.25]);
  });
});

describe("truthHill (hand-computed)", () => {
  it.each([
    [2, { alpha: 1, gamma: 2, beta: 10 }, 5],
    [1, { alpha: 2, gamma: 2, beta: 1 }, 0.2],
    [4, { alpha: 3, gamma: 2, beta: 9 }, 8],
    [0, { alpha: 0.5, gamma: 2, beta: 9 }, 0],
    [1e300, { alpha: 3, gamma: 1, beta: 7 }, 7],
  ])("hill(%d, %o) = %d", (a, hill, expected) => expect(truthHill(a, hill)).toBeCloseTo(expected, 12));
});
