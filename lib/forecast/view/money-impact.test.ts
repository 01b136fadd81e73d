import { describe, expect, it } from "vitest";
import { savingVsBaseline, seriesMoney, sumFirst } from "./money-impact";

const fold = (yhat: number[], actual: number[]) => ({ origin: "2026-01-05", dates: yhat.map((_, i) => `2026-01-${12 + 7 * i}`), yhat, actual });
const flat = (v: number, w: number) => ({
  dates: ["2026-02-02", "2026-02-09"],
  yhat: [v, v],
  lo80: [v - w, v - w],
  hi80: [v + w, v + w],
  lo95: [v - 2 * w, v - 2 * w],
  hi95: [v + 2 * w, v + 2 * w],
});

describe("seriesMoney", () => {
  const result = {
    forecasts: { snaive: flat(100, 10), theta: flat(100, 10) },
    backtests: { snaive: [fold([110, 90], [100, 100])], theta: [fold([102, 100], [100, 100])] },
  };
  it("prices backtest errors with co per unit over and cu per unit under", () => {
    const m = seriesMoney(result, { co: 40, cu: 60 }, "theta");
    // snaive: 10 over × 40 + 10 under × 60 = 1000; theta: 2 over × 40 = 80
    expect(m.models.snaive.cost).toBe(1000);
    expect(m.models.theta).toMatchObject({ cost: 80, over: 80, under: 0, weeks: 2 });
    expect(m.saving).toMatchObject({ model: "theta", baseline: "snaive", saving: 920 });
    expect(m.ratio).toBeCloseTo(0.6, 12);
  });
  it("plans above the median when under-forecasting costs more", () => {
    const m = seriesMoney(result, { co: 10, cu: 90 }, "theta");
    // τ = 0.9 is exactly the hi80 knot
    expect(m.models.theta.plan).toEqual([110, 110]);
  });
  it("has no saving when the shown model has no backtest", () => {
    const m = seriesMoney({ forecasts: { naive: flat(5, 1) }, backtests: {} }, { co: 1, cu: 1 }, "naive");
    expect(m.saving).toBeNull();
    expect(Number.isNaN(m.models.naive.cost)).toBe(true);
  });
});

describe("savingVsBaseline", () => {
  const m = (cost: number) => ({ cost, over: 0, under: 0, weeks: 26, plan: [] });
  it("compares against seasonal naive, else naive", () => {
    expect(savingVsBaseline({ models: { snaive: m(1000), theta: m(800) } }, "theta")).toEqual({
      model: "theta",
      baseline: "snaive",
      saving: 200,
      savingPct: 0.2,
      weeks: 26,
    });
    expect(savingVsBaseline({ models: { naive: m(500), theta: m(800) } }, "theta")).toMatchObject({ baseline: "naive", saving: -300 });
  });
  it("is null without a cost for the model (JSON turns NaN into null)", () => {
    expect(savingVsBaseline({ models: { snaive: m(1000), theta: { ...m(0), cost: null as unknown as number } } }, "theta")).toBeNull();
    expect(savingVsBaseline({ models: { theta: m(1) } }, "theta")).toBeNull();
  });
  it("sums the first weeks", () => {
    expect(sumFirst([1, 2, 3], 2)).toBe(3);
    expect(sumFirst([1], 5)).toBe(1);
  });
});
