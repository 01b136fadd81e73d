import { describe, expect, it } from "vitest";
import { forecastHref, horizonChoices, resolvePageSelection } from "./page-selection";
import { buildChartRows, weeksFrom } from "./chart-rows";
import { summariseDrivers } from "./driver-summary";
import { pickShownForecast, planForShown } from "./shown-forecast";
import { forecastHeadline, planRows } from "./headline";
import { condenseNotes } from "./condense-notes";

const known = { channels: ["search", "social"], regions: ["north"], storedHorizon: 52 };

describe("resolvePageSelection", () => {
  it.each([
    [{}, { channel: null, region: null, horizon: 13 }],
    [
      { channel: "search", region: "north", horizon: "26" },
      { channel: "search", region: "north", horizon: 26 },
    ],
    [
      { channel: "tv", region: "", horizon: "2" },
      { channel: null, region: null, horizon: 4 },
    ],
    [{ horizon: "500" }, { channel: null, region: null, horizon: 52 }],
    [{ horizon: ["8", "9"] }, { channel: null, region: null, horizon: 8 }],
  ])("%o → %o", (query, expected) => {
    expect(resolvePageSelection(query, known)).toEqual(expected);
  });
  it("never asks for more weeks than the run stored", () => {
    expect(resolvePageSelection({ horizon: "52" }, { ...known, storedHorizon: 26 }).horizon).toBe(26);
  });
});

describe("buildChartRows", () => {
  const history = { dates: weeksFrom("2026-01-05", 3), values: [10, 12, 11] };
  const fdates = weeksFrom("2026-01-26", 3);
  const forecast = { dates: fdates, yhat: [13, 14, 15], lo80: [12, 12, 12], hi80: [14, 16, 18], lo95: [11, 10, 9], hi95: [15, 18, 21] };
  it("joins actuals, the forecast sliced to the horizon, and its bands", () => {
    const { rows } = buildChartRows({ history, forecast, folds: [], horizon: 2 });
    expect(rows.map((r) => r.week)).toEqual([...history.dates, ...fdates.slice(0, 2)]);
    expect(rows[3]).toEqual({ week: "2026-01-26", forecast: 13, band80: [12, 14], band95: [11, 15] });
    // the line starts at the last actual
    expect(rows[2]).toMatchObject({ actual: 11, forecast: 11, band80: [11, 11] });
  });
  it("keeps each backtest fold in its own column and drops folds before the shown history", () => {
    const folds = [
      { origin: "2025-01-06", dates: ["2025-01-13"], yhat: [1] },
      { origin: "2026-01-05", dates: weeksFrom("2026-01-12", 2), yhat: [11.5, 10.5] },
    ];
    const { rows, foldCount } = buildChartRows({ history, forecast: null, folds, horizon: 4 });
    expect(foldCount).toBe(1);
    expect(rows.find((r) => r.week === "2026-01-12")!.backtest0).toBe(11.5);
    expect(rows.some((r) => r.week === "2025-01-13")).toBe(false);
  });
});

describe("summariseDrivers", () => {
  it("averages over the horizon and sorts by absolute effect", () => {
    const rows = summariseDrivers(
      [
        { name: "spend", contribution: [1, 3, 100] },
        { name: "seasonality", contribution: [-5, -5, 0] },
      ],
      2,
    );
    expect(rows).toEqual([
      { name: "seasonality", label: "seasonality", meanPerWeek: -5, total: -10, relative: 1 },
      { name: "spend", label: "spend (USD/week)", meanPerWeek: 2, total: 4, relative: 0.4 },
    ]);
  });
  it("rejects a zero horizon", () => {
    expect(() => summariseDrivers([], 0)).toThrow(/summariseDrivers/);
  });
});

describe("pickShownForecast", () => {
  const available = ["naive", "theta", "reconciled"];
  it("prefers a fitted override, then the reconciled forecast", () => {
    expect(pickShownForecast({ chosen: "theta", override: "naive", available, reconciledModel: "reconciled" })).toEqual({
      model: "naive",
      source: "override",
      overrideIgnored: null,
    });
    expect(pickShownForecast({ chosen: "theta", override: null, available, reconciledModel: "reconciled" })).toEqual({
      model: "reconciled",
      source: "reconciled",
      overrideIgnored: null,
    });
  });
  it("reports an override whose model this run did not fit", () => {
    expect(pickShownForecast({ chosen: "theta", override: "prophet", available: ["theta"], reconciledModel: "reconciled" })).toEqual({
      model: "theta",
      source: "chosen",
      overrideIgnored: "prophet",
    });
  });
});

describe("forecastHeadline", () => {
  it("sums the next weeks and compares weekly averages with the last weeks", () => {
    expect(forecastHeadline([10, 10, 20, 20], [30, 30, 30], 2)).toEqual({ weeks: 2, forecastTotal: 60, recentTotal: 40, recentWeeks: 2, change: 0.5 });
  });
  it("has no change without positive history", () => {
    expect(forecastHeadline([0, 0], [1, 1], 2).change).toBeNull();
  });
  it("lists plan rows up to the shortest input", () => {
    expect(planRows(["a", "b", "c"], [1, 2, 3], [4, 5], 3)).toEqual([
      { week: "a", forecast: 1, plan: 4 },
      { week: "b", forecast: 2, plan: 5 },
    ]);
  });
});

describe("condenseNotes", () => {
  it("folds fully carried-forward regressors into one note and keeps the rest", () => {
    expect(
      condenseNotes([
        'regressor "spend": 52 of 52 future values missing, last known value carried forward',
        "ensemble = mean of a, b",
        'regressor "inflation": 52 of 52 future values missing, last known value carried forward',
        'regressor "x": 3 of 52 future values missing, last known value carried forward',
      ]),
    ).toEqual([
      "future values of spend, inflation: last known value carried forward (no plan given)",
      "ensemble = mean of a, b",
      'regressor "x": 3 of 52 future values missing, last known value carried forward',
    ]);
  });
});

describe("forecastHref", () => {
  it("links a series with All as empty values", () => {
    expect(forecastHref("search|*", 13)).toBe("/forecasts?channel=search&region=&horizon=13");
    expect(forecastHref("*|north west", 4)).toBe("/forecasts?channel=&region=north+west&horizon=4");
  });
});

describe("horizonChoices", () => {
  it("keeps a hand-picked horizon selectable and respects the maximum", () => {
    expect(horizonChoices(20, 52)).toEqual([4, 8, 13, 20, 26, 39, 52]);
    expect(horizonChoices(13, 26)).toEqual([4, 8, 13, 26]);
  });
});

describe("planForShown", () => {
  const money = { models: { theta: { plan: [1] }, naive: { plan: [2] } }, shownPlan: [3] };
  it("uses the override's plan, the reconciled plan, or the chosen model's, never a mismatched one", () => {
    expect(planForShown(money, { model: "naive", source: "override", overrideIgnored: null }, "theta")).toEqual([2]);
    expect(planForShown(money, { model: "reconciled", source: "reconciled", overrideIgnored: null }, "theta")).toEqual([3]);
    expect(planForShown({ models: money.models }, { model: "theta", source: "chosen", overrideIgnored: null }, "theta")).toEqual([1]);
    expect(planForShown({ models: money.models }, { model: "reconciled", source: "reconciled", overrideIgnored: null }, "theta")).toBeNull();
    expect(planForShown(null, { model: "theta", source: "chosen", overrideIgnored: null }, "theta")).toBeNull();
  });
});
