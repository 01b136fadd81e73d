import { describeIncompleteWeeks } from "../../data/complete-weeks";
import { z } from "zod";
import { detectDrop, forecastSeries, reconcileForecasts, type ForecastResult, type IntervalForecast } from "../../forecast";
import { fetchCurrentUnitEconomics, fetchForecastPanelRows } from "../../data/forecast-inputs";
import { recordIdSchema } from "../../data/record-id";
import { fetchForecastOverrides } from "../../data/forecast-overrides";
import { fetchScenarioPlan } from "../../data/forecast-scenario";
import { resolveForecastDropAlerts, storeForecastRows, type ForecastRow } from "../../data/forecast-store";
import { raiseAlert } from "../../monitoring/raise-alert";
import { buildForecastPanel, sum } from "../../forecast-view/forecast-panel";
import { buildSeriesInputs, cellsOf } from "../../forecast-view/build-series-inputs";
import { spreadScenarioSpend } from "../../forecast-view/spread-scenario-spend";
import { costRatesFor } from "../../forecast-view/cost-rates";
import { seriesMoney } from "../../forecast-view/money-impact";
import { fromEngineKey, isBottomKey, parseSeriesKey, seriesLabel, toEngineKey } from "../../forecast-view/series-keys";
import { RECONCILED_MODEL, type ForecastArtifacts, type FutureRegressorSource, type SeriesArtifact } from "../../forecast-view/forecast-artifacts";
import type { FitRunner } from "../fit-runner";

/**
 * The forecast fit: weekly activations of every channel × region cell, channel total, region total and the grand
 * total, each forecast by the engine (backtest, model choice, intervals), then reconciled bottom-up so the totals
 * on the page are the sums of the cells. Every model's future forecast and backtest fits go to the Forecast table;
 * leaderboards, drivers, money impact and drop checks go to the run's artifacts. A drop of more than the threshold
 * over the next 4 weeks raises a forecast_drop alert.
 */
export const forecastFitParamsSchema = z.looseObject({
  horizon: z.coerce.number().int().min(4).max(104).default(52),
  scenarioId: recordIdSchema.optional(),
  /** fraction: 0.2 = warn when the next 4 weeks fall more than 20 % below the last 4 */
  dropThreshold: z.coerce.number().min(0).max(1).default(0.2),
  models: z.array(z.string()).optional(),
});

const HISTORY_WEEKS = 104;
const RECONCILIATION = {
  method: "bottom-up" as const,
  description:
    "Bottom-up: each channel × region forecast comes from its own chosen model; channel, region and grand totals are the sums of those cell forecasts, so every level adds up. Totals keep their own model's interval width, re-centred on the sum.",
};

const sig = (v: number) => (Number.isFinite(v) ? Number(v.toPrecision(5)) : v);
const round2 = (v: number) => Math.round(v * 100) / 100;

export const runForecastFit: FitRunner = async (ctx) => {
  const params = forecastFitParamsSchema.parse(ctx.params ?? {});
  const { horizon } = params;
  const t0 = Date.now();
  const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(1);
  await ctx.progress(0, "loading data");
  const [rows, economics, overrides] = await Promise.all([
    fetchForecastPanelRows(ctx.datasetId),
    fetchCurrentUnitEconomics(ctx.datasetId),
    fetchForecastOverrides(ctx.datasetId),
  ]);
  const panel = buildForecastPanel(rows);
  const origin = panel.weeks[panel.weeks.length - 1];
  if (panel.incompleteWeeks.length) await ctx.log(describeIncompleteWeeks(panel.incompleteWeeks), "warn");
  if (panel.incompleteInside.length) await ctx.log(`kept ${panel.incompleteInside.length} incomplete week(s) inside the history with the missing domain as 0: ${describeIncompleteWeeks(panel.incompleteInside).replace(/^.*?: /, "")}`, "warn");
  if (panel.droppedWeeks.length) {
    await ctx.log(`left out ${panel.droppedWeeks.length} week(s) far from the main history: ${panel.droppedWeeks.slice(0, 5).join(", ")}${panel.droppedWeeks.length > 5 ? "…" : ""}`, "warn");
  }

  let futureRegressors: FutureRegressorSource = { source: "carried-forward" };
  let futureSpend: Record<string, number[]> | undefined;
  if (params.scenarioId) {
    const plan = await fetchScenarioPlan(ctx.datasetId, params.scenarioId);
    const spread = spreadScenarioSpend(panel, plan.allocation, horizon);
    futureSpend = spread.futureSpend;
    futureRegressors = { source: "scenario", scenarioId: plan.id, scenarioName: plan.name, planned: spread.planned, carried: spread.carried };
    await ctx.log(`future spend from scenario "${plan.name}" (#${plan.id}); carried forward for ${spread.carried.join(", ") || "no channel"}`);
  }
  const inputs = buildSeriesInputs(panel, futureSpend);
  await ctx.log(`${inputs.length} series, ${panel.weeks.length} weeks (${panel.weeks[0]} to ${origin}), horizon ${horizon}; data loaded in ${seconds(t0)} s`);
  const tFit = Date.now();

  const results: Record<string, ForecastResult> = {};
  for (const [i, input] of inputs.entries()) {
    await ctx.progress(0.02 + (0.83 * i) / inputs.length, `series ${input.key}`);
    results[input.key] = await forecastSeries(input, { horizon, seed: 1, ...(params.models?.length ? { models: params.models } : {}) });
  }

  // An override only counts if that model was fitted for the series this time.
  const shown: Record<string, string> = {};
  for (const [key, r] of Object.entries(results)) {
    const o = overrides[key]?.model;
    shown[key] = o && r.forecasts[o] ? o : r.chosen;
  }
  await ctx.log(`forecast ${inputs.length} series in ${seconds(tFit)} s`);
  await ctx.progress(0.86, "reconciling bottom-up");
  const base: Record<string, IntervalForecast> = {};
  for (const [key, r] of Object.entries(results)) base[toEngineKey(key)] = r.forecasts[shown[key]];
  const reconciled: Record<string, IntervalForecast> = {};
  for (const [k, f] of Object.entries(reconcileForecasts(base, RECONCILIATION.method))) reconciled[fromEngineKey(k)] = f;

  await ctx.progress(0.88, "storing forecasts");
  const forecastRows: ForecastRow[] = [];
  for (const [key, r] of Object.entries(results)) {
    const models: [string, IntervalForecast][] = [...Object.entries(r.forecasts), [RECONCILED_MODEL, reconciled[key]]];
    for (const [model, f] of models) {
      f.dates.forEach((week, t) => forecastRows.push({ seriesKey: key, model, kind: "future", origin, week, yhat: f.yhat[t], lo80: f.lo80[t], hi80: f.hi80[t], lo95: f.lo95[t], hi95: f.hi95[t] }));
    }
    for (const [model, folds] of Object.entries(r.backtests)) {
      for (const fold of folds) fold.dates.forEach((week, t) => forecastRows.push({ seriesKey: key, model, kind: "backtest", origin: fold.origin, week, yhat: fold.yhat[t] }));
    }
  }
  const tStore = Date.now();
  const written = await storeForecastRows(ctx.runId, forecastRows, (done, total) => ctx.progress(0.88 + (0.07 * done) / total, `storing forecasts ${done}/${total}`));
  await ctx.log(`stored ${written} forecast points in ${seconds(tStore)} s`);

  await ctx.progress(0.95, "money impact and drop alerts");
  const activationsByChannel = (key: string) => {
    const out: Record<string, number> = {};
    for (const cell of cellsOf(panel, key)) {
      const channel = cell.split("|")[0];
      out[channel] = (out[channel] ?? 0) + sum(panel.activations[cell].slice(-52));
    }
    return out;
  };
  const thresholdPct = params.dropThreshold * 100;
  const series: Record<string, SeriesArtifact> = {};
  const dropping: string[] = [];
  for (const input of inputs) {
    const key = input.key;
    const r = results[key];
    const { channel } = parseSeriesKey(key);
    const channels = channel === null ? panel.channels : [channel];
    const rates = costRatesFor(channels, economics, activationsByChannel(key));
    const drop = detectDrop(input.values, reconciled[key].yhat, { thresholdPct });
    if (drop.alert) {
      dropping.push(key);
      await raiseAlert({
        kind: "forecast_drop",
        severity: "warning",
        title: `Demand drop ahead: ${seriesLabel(key)}`,
        message: `Forecast for the next ${drop.weeks} weeks averages ${Math.round(drop.forecastMean).toLocaleString("en-US")} activations/week, ${Math.abs(drop.changePct).toFixed(1)} % below the last ${drop.weeks} weeks (${Math.round(drop.recentMean).toLocaleString("en-US")}/week); threshold ${thresholdPct.toFixed(0)} %.`,
        runId: ctx.runId,
        seriesKey: key,
        details: { datasetId: ctx.datasetId, ...drop },
      });
    }
    const driverModel = r.forecasts[r.chosen] && (r.chosen === "regression" || r.chosen === "prophet") ? r.chosen : "regression";
    series[key] = {
      label: seriesLabel(key),
      chosen: r.chosen,
      shown: shown[key],
      overrideAtFit: shown[key] !== r.chosen ? shown[key] : null,
      notes: r.notes,
      leaderboard: r.leaderboard.map((l) => ({ model: l.model, metrics: Object.fromEntries(Object.entries(l.metrics).map(([m, v]) => [m, sig(v)])) })),
      drivers: r.drivers?.length ? { model: driverModel, items: r.drivers.map((d) => ({ name: d.name, contribution: d.contribution.map(round2) })) } : null,
      money: rates ? seriesMoney(r, rates, shown[key], reconciled[key]) : null,
      drop,
      regressors: Object.keys(input.regressors ?? {}),
      history: { start: input.dates[Math.max(0, input.dates.length - HISTORY_WEEKS)], values: input.values.slice(-HISTORY_WEEKS).map(round2) },
    };
  }
  const resolved = await resolveForecastDropAlerts(ctx.datasetId, dropping);
  if (dropping.length || resolved) await ctx.log(`drop alerts: ${dropping.length} raised or kept, ${resolved} resolved`);

  const artifacts: ForecastArtifacts = {
    version: 1,
    horizon,
    origin,
    channels: panel.channels,
    regions: panel.regions,
    reconciliation: RECONCILIATION,
    futureRegressors,
    dropThresholdPct: thresholdPct,
    incompleteWeeks: panel.incompleteWeeks,
    series,
  };
  await ctx.progress(1, "done");
  return { metrics: runMetrics(series), artifacts: artifacts as unknown as Record<string, unknown>, params: { ...params } };
};

/** Headline accuracy of the models the page shows (bottom cells and all series), and the money they save. */
function runMetrics(series: Record<string, SeriesArtifact>): Record<string, unknown> {
  const all = Object.entries(series);
  const shownMetrics = (keys: [string, SeriesArtifact][]) => keys.map(([, s]) => s.leaderboard.find((l) => l.model === s.shown)?.metrics).filter((m): m is Record<string, number> => !!m);
  const mean = (ms: Record<string, number>[], name: string) => {
    const xs = ms.map((m) => m[name]).filter((v) => Number.isFinite(v));
    return xs.length ? sig(xs.reduce((a, b) => a + b, 0) / xs.length) : null;
  };
  const bottom = shownMetrics(all.filter(([k]) => isBottomKey(k)));
  const every = shownMetrics(all);
  const chosenCounts: Record<string, number> = {};
  for (const [, s] of all) chosenCounts[s.chosen] = (chosenCounts[s.chosen] ?? 0) + 1;
  const savings = all.filter(([k]) => isBottomKey(k)).map(([, s]) => s.money?.saving?.saving).filter((v): v is number => Number.isFinite(v));
  return {
    series: all.length,
    bottomSeries: all.filter(([k]) => isBottomKey(k)).length,
    meanMase: mean(every, "mase"),
    meanSmape: mean(every, "smape"),
    meanMape: mean(every, "mape"),
    coverage80: mean(every, "coverage80"),
    coverage95: mean(every, "coverage95"),
    bottomMeanMase: mean(bottom, "mase"),
    bottomMeanSmape: mean(bottom, "smape"),
    chosenCounts,
    dropAlerts: all.filter(([, s]) => s.drop.alert).length,
    backtestSavingVsSeasonalNaiveUsd: round2(savings.reduce((a, b) => a + b, 0)),
  };
}
