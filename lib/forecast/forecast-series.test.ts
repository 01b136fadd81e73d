import { describe, expect, it } from "vitest";
import { createRng } from "../math/random";
import { addWeeks } from "./dates";
import { forecastSeries } from "./forecast-series";
import type { SeriesInput } from "./types";

function series(n: number, f: (t: number) => number, key = "search|north"): SeriesInput {
  return { key, dates: Array.from({ length: n }, (_, t) => addWeeks("2021-01-04", t)), values: Array.from({ length: n }, (_, t) => f(t)) };
}

describe("forecastSeries", () => {
  const rng = createRng(42);
  const seasonal = series(200, (t) => 100 + 0.2 * t + 15 * Math.sin((2 * Math.PI * t) / 52.18) + 3 * rng.normal());

  it("backtests every model, sorts the leaderboard by score and returns ordered intervals", async () => {
    const r = await forecastSeries(seasonal, { horizon: 10 });
    const names = r.leaderboard.map((l) => l.model);
    expect(new Set(names)).toEqual(new Set(["naive", "snaive", "theta", "ets", "mstl-ets", "regression", "ensemble"]));
    const scores = r.leaderboard.map((l) => l.metrics.score);
    expect([...scores].sort((a, b) => a - b)).toEqual(scores);
    for (const key of ["smape", "mase", "mape", "rmse", "mae", "bias", "directional", "coverage80", "coverage95", "pinball"]) {
      expect(Number.isFinite(r.leaderboard[0].metrics[key])).toBe(true);
    }
    const f = r.forecasts[r.chosen];
    expect(f.dates[0]).toBe(addWeeks(seasonal.dates[199], 1));
    f.yhat.forEach((v, i) => {
      expect(f.lo95[i]).toBeLessThanOrEqual(f.lo80[i]);
      expect(f.lo80[i]).toBeLessThanOrEqual(v);
      expect(v).toBeLessThanOrEqual(f.hi80[i]);
      expect(f.hi80[i]).toBeLessThanOrEqual(f.hi95[i]);
    });
    // 3 folds of min(h, 13) = 10 steps, consecutive and ending at the last actual
    expect(r.backtests.theta).toHaveLength(3);
    expect(r.backtests.theta[2].dates[9]).toBe(seasonal.dates[199]);
    expect(r.backtests.theta[2].actual[9]).toBe(seasonal.values[199]);
    // seasonal models beat naive on a strongly seasonal series
    expect(r.leaderboard.find((l) => l.model === "mstl-ets")!.metrics.score).toBeLessThan(1);
  });

  it("reports progress from 0 to 1 and notes unsupported interval levels", async () => {
    const seen: [number, string][] = [];
    const r = await forecastSeries(seasonal, { horizon: 4, models: ["naive", "theta"], levels: [80, 90, 95] }, (f, stage) => seen.push([f, stage]));
    expect(seen[0]).toEqual([0, "backtesting naive"]);
    expect(seen.at(-1)).toEqual([1, "done"]);
    expect(seen.map((s) => s[0])).toEqual(seen.map((s) => s[0]).sort((a, b) => a - b));
    expect(r.notes.join(" ")).toMatch(/levels 90 not supported/);
  });

  it("lets the caller override the chosen model", async () => {
    const r = await forecastSeries(seasonal, { horizon: 4, models: ["naive", "theta"], chosen: "naive" });
    expect(r.chosen).toBe("naive");
    expect(r.notes.join(" ")).toMatch(/chosen by the caller/);
  });

  it("falls back to naive on fewer than 8 points and says so", async () => {
    const r = await forecastSeries(
      series(5, (t) => 10 + t),
      { horizon: 3 },
    );
    expect(r.chosen).toBe("naive");
    expect(Object.keys(r.forecasts)).toEqual(["naive"]);
    expect(r.forecasts.naive.yhat).toEqual([14, 14, 14]);
    expect(r.notes.join(" ")).toMatch(/only 5 points/);
  });

  it("drops seasonal models under two seasons and says so", async () => {
    const r = await forecastSeries(
      series(60, (t) => 50 + Math.sin(t)),
      { horizon: 4 },
    );
    expect(r.forecasts.snaive).toBeUndefined();
    expect(r.forecasts["mstl-ets"]).toBeUndefined();
    expect(r.notes.join(" ")).toMatch(/no seasonal models \(snaive, mstl-ets\)/);
  });

  it("carries the last regressor value forward when its future is missing, and reports drivers", async () => {
    const r2 = createRng(9);
    const x = Array.from({ length: 120 }, () => 10 + 5 * r2.normal());
    const input = { ...series(120, (t) => 20 + 2 * x[t] + r2.normal()), regressors: { spend: [...x, 30, 30] } };
    const r = await forecastSeries(input, { horizon: 4, models: ["naive", "regression"] });
    expect(r.notes.join(" ")).toMatch(/"spend": 2 of 4 future values missing/);
    const spend = r.drivers!.find((d) => d.name === "spend")!;
    expect(spend.contribution).toHaveLength(4);
    // steps 3–4 carry 30 forward, so their contribution equals step 2's
    expect(spend.contribution[3]).toBeCloseTo(spend.contribution[1], 10);
    const mean = x.reduce((a, b) => a + b, 0) / x.length;
    expect(spend.contribution[0] / (30 - mean)).toBeCloseTo(2, 0);
  });

  it("rejects bad input with messages naming the series", async () => {
    await expect(forecastSeries({ key: "k", dates: ["2024-01-01", "2024-01-09"], values: [1, 2] }, { horizon: 2 })).rejects.toThrow(/k.*not weekly/);
    await expect(
      forecastSeries(
        series(20, () => 1),
        { horizon: 0 },
      ),
    ).rejects.toThrow(/horizon/);
    await expect(
      forecastSeries(
        series(20, () => 1),
        { horizon: 2, models: ["arima"] },
      ),
    ).rejects.toThrow(/unknown model/);
  });

  it("handles a constant series without failing", async () => {
    const r = await forecastSeries(
      series(80, () => 7),
      { horizon: 3 },
    );
    expect(r.forecasts[r.chosen].yhat.every((v) => Math.abs(v - 7) < 1e-6)).toBe(true);
  });
});
