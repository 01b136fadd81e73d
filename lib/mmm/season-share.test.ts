import { describe, expect, it } from "vitest";
import { yearlyHarmonicColumns } from "./design-controls";
import { rSquared, seasonalShare } from "./season-share";

describe("yearlyHarmonicColumns", () => {
  it("sin/cos of 2πk·day/365.25 at the dates' UTC day numbers, k = 1…harmonics", () => {
    const cols = yearlyHarmonicColumns(["1970-01-01", "1970-04-02"], 2);
    expect(cols).toHaveLength(4);
    // 1970-01-01 is day 0: sin 0, cos 1 for every k.
    expect(cols.map((c) => c[0])).toEqual([0, 1, 0, 1]);
    // 1970-04-02 is day 91: a quarter year is 91.3125 days.
    const a = (2 * Math.PI * 91) / 365.25;
    expect(cols[0][1]).toBeCloseTo(Math.sin(a), 12);
    expect(cols[1][1]).toBeCloseTo(Math.cos(a), 12);
    expect(cols[2][1]).toBeCloseTo(Math.sin(2 * a), 12);
    expect(cols[3][1]).toBeCloseTo(Math.cos(2 * a), 12);
  });
});

describe("rSquared", () => {
  const ones = [1, 1, 1, 1, 1];
  const x = [0, 1, 2, 3, 4];
  it("is 1 for an exact linear relation and 0 for a series the columns cannot explain beyond its mean", () => {
    expect(rSquared([ones, x], [2, 5, 8, 11, 14])).toBeCloseTo(1, 10);
    // y symmetric around the middle, x linear: the slope is 0, so R² = 0.
    expect(rSquared([ones, x], [1, 0, -1, 0, 1])).toBeCloseTo(0, 10);
  });
  it("matches the hand-computed value 1 − SSE/SST (y = 1, 3, 2, 5, 4 on x: slope 0.8, SSE 3.6, SST 10)", () => {
    expect(rSquared([ones, x], [1, 3, 2, 5, 4])).toBeCloseTo(1 - 3.6 / 10, 10);
  });
  it("is 0 for a constant series (no variance to explain)", () => {
    expect(rSquared([ones, x], [3, 3, 3, 3, 3])).toBe(0);
  });
});

describe("seasonalShare", () => {
  it("is 1 for a series drawn from the first two harmonics and 0 for a constant one", () => {
    const dates = Array.from({ length: 104 }, (_, t) => new Date(Date.UTC(2021, 0, 4 + 7 * t)).toISOString().slice(0, 10));
    const [s1, c1, s2] = yearlyHarmonicColumns(dates, 2);
    expect(
      seasonalShare(
        dates,
        Array.from(s1, (v, t) => 10 + 3 * v - c1[t] + 0.5 * s2[t]),
      ),
    ).toBeCloseTo(1, 8);
    expect(seasonalShare(dates, new Array(104).fill(7))).toBe(0);
  });
});
