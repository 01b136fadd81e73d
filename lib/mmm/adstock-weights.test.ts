import { describe, expect, it } from "vitest";
import { adstockWeights, applyAdstock, carryoverWeeks } from "./adstock-weights";

describe("applyAdstock", () => {
  it("convolves with lag weights, treating pre-window spend as 0", () => {
    const out = applyAdstock([1, 0, 0, 2], [0.5, 0.3, 0.2]);
    [0.5, 0.3, 0.2, 1.0].forEach((v, i) => expect(out[i]).toBeCloseTo(v, 12));
  });

  it("keeps a constant spend constant once the lags are filled (weights sum to 1)", () => {
    const w = adstockWeights({ type: "geometric", theta: 0.7, maxLag: 6 });
    const out = applyAdstock(new Array(20).fill(100), w);
    expect(out[19]).toBeCloseTo(100, 10);
    expect(out[0]).toBeLessThan(100);
  });
});

describe("carryoverWeeks", () => {
  it.each([
    { w: [4 / 7, 2 / 7, 1 / 7], weeks: 3 },
    { w: [1, 0, 0], weeks: 1 },
    { w: [0.5, 0.4, 0.1], weeks: 2 },
  ])("$w → $weeks weeks", ({ w, weeks }) => expect(carryoverWeeks(w)).toBe(weeks));
});
