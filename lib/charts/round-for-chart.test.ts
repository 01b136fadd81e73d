import { describe, expect, it } from "vitest";
import { roundForChart } from "./round-for-chart";

describe("roundForChart", () => {
  it("rounds every number in rows to 4 significant digits and keeps everything else", () => {
    expect(
      roundForChart([
        { date: "2022-11-28", fitted: 1694118.1118611405, share: 0.000123456, band: [484.82943812391096, 18660.00831581175], ok: true, none: null },
      ]),
    ).toEqual([{ date: "2022-11-28", fitted: 1694000, share: 0.0001235, band: [484.8, 18660], ok: true, none: null }]);
  });
  it("keeps zeros, infinities and NaN", () => {
    expect(roundForChart([0, Infinity, -Infinity, Number.NaN])).toEqual([0, Infinity, -Infinity, Number.NaN]);
  });
  it("stays within 0.05 % of each value", () => {
    for (const v of [1.23456789, 98765.4321, 0.00345678, 7.00049]) expect(Math.abs(roundForChart(v) - v) / v).toBeLessThan(5e-4);
  });
});
