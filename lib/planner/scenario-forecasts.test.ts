import { describe, expect, it } from "vitest";
import type { ResponseModel } from "../mmm/types";
import { scenarioForecastChartRows, scenarioForecasts, scenarioForecastTable } from "./scenario-forecasts";

const model: ResponseModel = {
  kpi: "revenue",
  weeks: 10,
  channels: [
    {
      name: "search",
      adstock: { type: "geometric", theta: 0, maxLag: 0 },
      saturation: { type: "hill", alpha: 1, gamma: 100, beta: 200 },
      meanWeeklySpend: 100,
      spend: 1000,
    },
  ],
};
const ctx = {
  currentMix: { search: 100 },
  past: { spend: { search: [100, 100] } },
  mapping: { regionShares: { search: { all: 1 } }, revenuePerActivation: { search: 10 } },
};
const baseline = { dates: ["2027-01-04", "2027-01-11"], yhat: [1000, 1000], lo80: [990, 990], hi80: [1010, 1010], lo95: [980, 980], hi95: [1020, 1020] };

describe("scenarioForecasts", () => {
  const f = scenarioForecasts(
    model,
    ctx,
    baseline,
    [
      { key: "baseline", name: "Current", allocation: { search: 100 } },
      { key: "7", name: "More search", allocation: { search: 300 } },
    ],
    2,
  );
  it("adds each plan's media to one baseline (hand-computed Hill: 200·x/(x+100))", () => {
    expect(f[0].weeks[0].media).toBeCloseTo(100, 9);
    expect(f[1].weeks[0].media).toBeCloseTo(150, 9);
    expect(f[1].weeks[1].yhat).toBeCloseTo(1150, 9);
    expect(f[1].weeks[1].baseline).toBeCloseTo(1000, 9);
  });
  it("exports one row per scenario and week, and charts one column per scenario", () => {
    const t = scenarioForecastTable(f);
    expect(t.header).toEqual(["scenario", "week", "revenue", "lo80", "hi80", "lo95", "hi95", "baseline", "media"]);
    expect(t.rows).toHaveLength(4);
    expect(t.rows[2]).toEqual(["More search", "2027-01-04", 1150, 1140, 1160, 1130, 1170, 1000, 150]);
    const rows = scenarioForecastChartRows(f);
    expect(rows[0]).toMatchObject({ week: "2027-01-04", baseline: 1100, "7": 1150 });
    const band = rows[0]["7:80"] as [number, number];
    expect(band[0]).toBeCloseTo(1140, 4);
    expect(band[1]).toBeCloseTo(1160, 4);
  });
});
