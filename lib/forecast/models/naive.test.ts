import { describe, expect, it } from "vitest";
import { naiveModel } from "./naive";
import { SEASON, seasonalNaiveModel } from "./seasonal-naive";
import type { FitInput } from "../types";

function input(y: number[]): FitInput {
  return { y, dates: [], regressors: {}, holidays: [], horizon: 0, future: { dates: [], regressors: {} }, seed: 1 };
}
const future = (horizon: number) => ({ horizon, dates: [], regressors: {} });

describe("naive", () => {
  it("repeats the last value; sd grows with √h from the RMS of differences", () => {
    const f = naiveModel.fit(input([1, 3, 2, 4]));
    const p = naiveModel.predict(f, future(3));
    expect(p.yhat).toEqual([4, 4, 4]);
    // diffs 2, −1, 2 → RMS √3
    expect(p.sd[0]).toBeCloseTo(Math.sqrt(3), 12);
    expect(p.sd[2]).toBeCloseTo(Math.sqrt(3) * Math.sqrt(3), 12);
  });

  it("fitted model is a plain JSON-serialisable object", () => {
    const f = naiveModel.fit(input([1, 2]));
    expect(JSON.parse(JSON.stringify(f))).toEqual(f);
  });
});

describe("seasonal naive (52)", () => {
  const y = Array.from({ length: 2 * SEASON + 3 }, (_, t) => (t % SEASON) * 10 + Math.floor(t / SEASON));
  const f = seasonalNaiveModel.fit(input(y));

  it("repeats the last observed season", () => {
    const p = seasonalNaiveModel.predict(f, future(SEASON + 2));
    const n = y.length;
    for (let h = 1; h <= SEASON; h++) expect(p.yhat[h - 1]).toBe(y[n + h - 1 - SEASON]);
    // beyond one season it wraps to the same last season
    expect(p.yhat[SEASON]).toBe(y[n - SEASON]);
  });

  it("sd steps up once per full season ahead", () => {
    const p = seasonalNaiveModel.predict(f, future(SEASON + 1));
    expect(p.sd[0]).toBeCloseTo(p.sd[SEASON - 1], 12);
    expect(p.sd[SEASON]).toBeCloseTo(p.sd[0] * Math.SQRT2, 12);
  });
});
