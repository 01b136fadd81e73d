import { describe, expect, it } from "vitest";
import { createRng } from "../../math/random";
import { addWeeks } from "../dates";
import { forecastSeries } from "../forecast-series";

// Prophet through augurs + the wasm Stan optimizer: off by default, on request it must fit
// holidays and an extra regressor and report their contributions.
describe("prophet (optional model)", () => {
  it("learns a regressor effect and a holiday week", async () => {
    const rng = createRng(4);
    const n = 160;
    const h = 4;
    const dates = Array.from({ length: n }, (_, t) => addWeeks("2021-01-04", t));
    const x = Array.from({ length: n + h }, (_, t) => 10 + 5 * Math.sin(t / 3));
    const holidayWeeks = new Set([50, 102, 154]);
    const y = dates.map((_, t) => 100 + 3 * x[t] + (holidayWeeks.has(t) ? 40 : 0) + rng.normal());
    // mid-week dates, plus one in the forecast window (step 2)
    const holidays = [...holidayWeeks, n + 1].map((t) => ({ date: addWeeks(addWeeks(dates[0], t), 2 / 7), name: "xmas" }));
    const r = await forecastSeries(
      { key: "p", dates, values: y, regressors: { spend: x }, holidays },
      { horizon: h, models: ["naive", "prophet"], chosen: "prophet" },
    );
    const f = r.forecasts.prophet;
    // future = 100 + 3·x, + 40 in the holiday week
    f.yhat.forEach((v, i) => expect(Math.abs(v - (100 + 3 * x[n + i] + (i === 1 ? 40 : 0)))).toBeLessThan(6));
    expect(r.drivers!.find((d) => d.name === "holiday")!.contribution[1]).toBeGreaterThan(30);
    const spend = r.drivers!.find((d) => d.name === "spend")!.contribution;
    // contribution relative to the mean: its change across steps = 3·Δx
    expect((spend[3] - spend[0]) / (x[n + 3] - x[n])).toBeCloseTo(3, 0);
    expect(r.leaderboard[0].model).toBe("prophet");
  });
});
