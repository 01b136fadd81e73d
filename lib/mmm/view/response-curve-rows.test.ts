import { describe, expect, it } from "vitest";
import { responseCurveRows } from "./response-curve-rows";

const curve = [
  { spend: 0, kpi: 0, low: 0, high: 0 },
  { spend: 10, kpi: 20, low: 25, high: 15 },
  { spend: 20, kpi: 30, low: 20, high: 40 },
];

describe("responseCurveRows", () => {
  it("orders each band low-to-high", () => {
    expect(responseCurveRows(curve, 5).rows[1].band).toEqual([15, 25]);
  });
  it.each([
    [5, 10],
    [10, 20],
    [15, 25],
    [0, 0],
  ])("marks mean weekly spend %d at revenue %d on the curve", (spend, kpi) => {
    expect(responseCurveRows(curve, spend).current).toEqual({ spend, kpi });
  });
  it("has no marker beyond the curve or without points", () => {
    expect(responseCurveRows(curve, 25).current).toBeNull();
    expect(responseCurveRows([], 1)).toEqual({ rows: [], current: null });
  });
});
