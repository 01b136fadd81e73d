import { describe, expect, it } from "vitest";
import { roiBarRows } from "./roi-bar-rows";

describe("roiBarRows", () => {
  it("turns intervals into whisker lengths below and above the bar", () => {
    const [row] = roiBarRows([{ name: "tv", roi: 2, roiLow: 1.5, roiHigh: 3, mroi: 1, mroiLow: 0.25, mroiHigh: 1.5 }], { tv: "Television" });
    expect(row).toEqual({ name: "tv", label: "Television", roi: 2, roiError: [0.5, 1], mroi: 1, mroiError: [0.75, 0.5] });
  });
  it("clamps a whisker to zero when the estimate lies outside its bootstrap interval", () => {
    const [row] = roiBarRows([{ name: "x", roi: 0.5, roiLow: 0.6, roiHigh: 0.9, mroi: 2, mroiLow: 0, mroiHigh: 1 }]);
    expect(row.label).toBe("x");
    expect(row.roiError[0]).toBe(0);
    expect(row.roiError[1]).toBeCloseTo(0.4, 12);
    expect(row.mroiError).toEqual([2, 0]);
  });
});
