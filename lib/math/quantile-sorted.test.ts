import { describe, expect, it } from "vitest";
import { interval90, quantileOrNaN, quantileSorted } from "./quantile-sorted";

// Reference values from R: quantile(x, probs, type = 7) (numpy.quantile's default "linear" gives the same).
const TOLERANCE_DIGITS = 12;

describe("quantileSorted (type 7)", () => {
  it.each([
    [[1, 2, 3, 4], 0.5, 2.5],
    [[1, 2, 3, 4], 0.25, 1.75],
    [[1, 2, 3, 4], 0.9, 3.7],
    [[10], 0.3, 10],
    [[-3, 0, 0, 8, 21], 0.1, -1.8],
    [[-3, 0, 0, 8, 21], 0.95, 18.4],
    [[2, 4], 0, 2],
    [[2, 4], 1, 4],
  ])("quantile(%j, %d) = %d as R computes it", (values, p, expected) => {
    expect(quantileSorted(values, p)).toBeCloseTo(expected, TOLERANCE_DIGITS);
  });

  it("clamps p outside [0, 1] and reads typed arrays", () => {
    expect(quantileSorted(new Float64Array([1, 5, 9]), -0.5)).toBe(1);
    expect(quantileSorted([1, 5, 9], 1.5)).toBe(9);
    expect(quantileSorted(new Float64Array([1, 5, 9]), 0.75)).toBe(7);
  });

  it("refuses empty input and a NaN probability, naming itself", () => {
    expect(() => quantileSorted([], 0.5)).toThrow(/^quantileSorted: empty input/);
    expect(() => quantileSorted([1], Number.NaN)).toThrow(/^quantileSorted: p is NaN/);
  });
});

describe("interval90 and quantileOrNaN", () => {
  it("give the 5 % and 95 % type-7 quantiles of the finite values, unsorted input welcome", () => {
    // 0..20 shuffled, with a NaN and an Infinity that must be left out: 5 % → 1, 95 % → 19.
    const values = [...Array.from({ length: 21 }, (_, i) => (i * 8) % 21), Number.NaN, Number.POSITIVE_INFINITY];
    expect(interval90(values)).toEqual([1, 19]);
  });
  it("answer NaN instead of throwing when there is nothing to take a quantile of", () => {
    expect(interval90([Number.NaN])).toEqual([Number.NaN, Number.NaN]);
    expect(quantileOrNaN([], 0.5)).toBeNaN();
    expect(quantileOrNaN([3, 5], 0.5)).toBe(4);
  });
});
