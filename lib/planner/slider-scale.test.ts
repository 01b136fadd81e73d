import { describe, expect, it } from "vitest";
import { niceStep, sliderScale } from "./slider-scale";

describe("sliderScale", () => {
  it.each([
    [1000, 5000, 800, 3000, 5],
    [0, 5000, 0, 5000, 10],
    [1000, 5000, 4000, 4000, 5], // optimized value above 3× baseline stays reachable
    [10, 100, 0, 30, 1],
  ])("baseline %d, budget %d, current %d → max %d step %d", (baseline, budget, current, max, step) => {
    expect(sliderScale(baseline, budget, current)).toEqual({ max, step });
  });
  it.each([
    [0.3, 1],
    [7, 5],
    [23, 20],
    [150, 100],
  ])("niceStep(%d) = %d", (x, expected) => expect(niceStep(x)).toBe(expected));
});
