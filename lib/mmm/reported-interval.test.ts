import { describe, expect, it } from "vitest";
import { reportedInterval } from "./reported-interval";

describe("reportedInterval", () => {
  it("keeps the draws' interval when it holds the point", () => {
    expect(reportedInterval(1.5, [1.2, 2.0], false)).toEqual([1.2, 2.0]);
  });
  it("widens the interval to hold a point above or below it", () => {
    expect(reportedInterval(2.43, [1.19, 2.29], false)).toEqual([1.19, 2.43]);
    expect(reportedInterval(0.9, [1.19, 2.29], false)).toEqual([0.9, 2.29]);
  });
  it("starts at 0 for a channel that cannot be told from zero", () => {
    expect(reportedInterval(0, [0.55, 2.16], true)).toEqual([0, 2.16]);
    expect(reportedInterval(0.3, [0.55, 2.16], true)).toEqual([0, 2.16]);
  });
  it("reports no interval (NaN) without draws, except the 0 of a flagged channel", () => {
    expect(reportedInterval(1.1, [Number.NaN, Number.NaN], false)).toEqual([Number.NaN, Number.NaN]);
    expect(reportedInterval(0, [Number.NaN, Number.NaN], true)).toEqual([0, Number.NaN]);
  });
});
