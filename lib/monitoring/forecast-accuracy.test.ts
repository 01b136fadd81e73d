import { describe, expect, it } from "vitest";
import { matchForecastsToActuals, summariseAccuracyByHorizon } from "./forecast-accuracy";

describe("forecast accuracy", () => {
  const f = (week: string, yhat: number, model = "theta") => ({ runId: 1, seriesKey: "s", model, origin: "2024-01-01", week, yhat });
  it("matches forecasts with arriving actuals and computes the horizon in weeks", () => {
    const actuals = new Map([
      ["s@2024-01-08", 100],
      ["s@2024-01-15", 50],
    ]);
    const records = matchForecastsToActuals([f("2024-01-08", 110), f("2024-01-15", 40), f("2024-01-22", 70)], actuals);
    expect(records).toEqual([
      { runId: 1, seriesKey: "s", model: "theta", week: "2024-01-08", horizon: 1, actual: 100, forecast: 110 },
      { runId: 1, seriesKey: "s", model: "theta", week: "2024-01-15", horizon: 2, actual: 50, forecast: 40 },
    ]);
  });
  it("summarises MAPE and bias by horizon", () => {
    const s = summariseAccuracyByHorizon([
      { horizon: 1, actual: 100, forecast: 110 },
      { horizon: 1, actual: 200, forecast: 180 },
      { horizon: 2, actual: 0, forecast: 5 },
    ]);
    expect(s).toEqual([
      { horizon: 1, n: 2, mape: 10, bias: -5 },
      { horizon: 2, n: 1, mape: null, bias: 5 },
    ]);
  });
});
