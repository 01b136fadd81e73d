import { describe, expect, it } from "vitest";
import { relativeChange } from "./relative-change";

describe("relativeChange", () => {
  it.each([
    [110, 100, 0.1],
    [50, 100, -0.5],
    [600, 100, 5],
    [601, 100, null], // beyond +500 %: the base is small next to the change
    [2_900, 190, null], // the issue's +1,413 % on a tiny profit
    [100, 0, null],
    [100, -40, null], // against a loss
    [null, 100, null],
    [100, Number.NaN, null],
  ])("relativeChange(%s, %s) = %s", (value, base, expected) => {
    const r = relativeChange(value, base);
    if (expected === null) expect(r).toBeNull();
    else expect(r).toBeCloseTo(expected, 12);
  });
});
