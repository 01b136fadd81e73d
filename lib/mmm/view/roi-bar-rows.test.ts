import { describe, expect, it } from "vitest";
import { roiAxisMax, roiBarRows } from "./roi-bar-rows";

describe("roiBarRows", () => {
  it("turns intervals into whisker lengths below and above the bar", () => {
    const c = { name: "tv", roi: 2, roiLow: 1.5, roiHigh: 3, mroi: 1, mroiLow: 0.25, mroiHigh: 1.5 };
    expect(roiBarRows([c], { tv: "Television" })).toEqual([{ ...c, label: "Television", roiError: [0.5, 1], mroiError: [0.75, 0.5] }]);
  });
  it("clamps a whisker to zero when the estimate lies outside its bootstrap interval", () => {
    const [row] = roiBarRows([{ name: "x", roi: 0.5, roiLow: 0.6, roiHigh: 0.9, mroi: 2, mroiLow: 0, mroiHigh: 1 }]);
    expect(row.label).toBe("x");
    expect(row.roiError[0]).toBe(0);
    expect(row.roiError[1]).toBeCloseTo(0.4, 12);
    expect(row.mroiError).toEqual([2, 0]);
  });
  it("cuts whiskers at the axis top but keeps the raw interval", () => {
    const [row] = roiBarRows([{ name: "x", roi: 0, roiLow: 0, roiHigh: 24, mroi: 1, mroiLow: 0.5, mroiHigh: 9 }], {}, { roi: 4, mroi: 3 });
    expect(row.roiError).toEqual([0, 4]);
    expect(row.mroiError).toEqual([0.5, 2]);
    expect(row.roiHigh).toBe(24);
  });
});

describe("roiAxisMax", () => {
  it.each([
    [
      [
        { value: 2, high: 3 },
        { value: 1, high: 1.5 },
      ],
      3,
    ],
    [
      [
        { value: 2, high: 3 },
        { value: 0, high: 24 },
      ],
      4,
    ],
    [
      [
        { value: 2, high: 3 },
        { value: 1, high: 1.5 },
      ],
      3,
    ],
    [[{ value: 0, high: 5 }], 5],
    [[{ value: 2.21, high: 9 }], 5],
    [[{ value: 1.3, high: 1.2 }], 1.5],
    [[{ value: 1.9, high: 3.8 }], 4],
    [[{ value: 0, high: 24.2 }], 30],
    [[], 0],
  ])("%o → %d", (points, max) => expect(roiAxisMax(points)).toBe(max));
});
