import { describeIncompleteWeeks } from "../../weeks/complete-weeks";
import { z } from "zod";
import { detectDrop, forecastSeries, reconcileForecasts, type ForecastResult, type IntervalForecast } from "../../forecast";
import { fetchCurrentUnitEconomics, fetchForecastPanelRows, fetchNationalRevenue } from "../../data/reads/forecast-inputs";
import { fetchForecastOverrides } from "../../data/writes/forecast-overrides";
import { fetchScenarioPlan } from "../../data/reads/forecast-scenario";
import { fetchSharedForecastPlan } from "../../data/writes/forecast-shared-plan";
import { resolveForecastDropAlerts, storeForecastRows, type ForecastRow } from "../../data/writes/forecast-store";
import { fetchChampionResponseModel, fetchPendingMixFit } from "../../data/reads/mix-model-for-forecast";
import { raiseAlert } from "../../monitoring/raise-alert";
import { buildForecastPanel, sum } from "../../forecast/view/forecast-panel";
import { buildSeriesInputs, cellsOf } from "../../forecast/view/build-series-inputs";
import { costRatesFor } from "../../forecast/view/cost-rates";
import { seriesMoney } from "../../forecast/view/money-impact";
import { fromEngineKey, GRAND_TOTAL_KEY, isBottomKey, parseSeriesKey, seriesLabel, toEngineKey } from "../../forecast/view/series-keys";
import {
  BASELINE_KIND,
  RECONCILED_MODEL,
  type ForecastArtifacts,
  type FutureRegressorSource,
  type MediaArtifact,
  type SeriesArtifact,
} from "../../forecast/view/forecast-artifacts";
import { channelMediaHistory } from "../../forecast-plan/media-path";
import { activationScale, mediaMapping } from "../../forecast-plan/media-mapping";
import { DEFAULT_ANCHOR_WEEKS, type ChannelPlanPaths } from "../../forecast-plan/plan-media";
import { planWeekly, seriesUnderPlan, steadyPlanPaths } from "../../forecast-plan/series-under-plan";
import { baselineAllocation } from "../../planner/baseline-allocation";
import type { ResponseModel } from "../../mmm/types";
import type { FitRunner } from "../fit-runner";
import { FORECAST_RUN_CONTRACT, type forecastRunArtifactsSchema } from "../../runs/forecast";

/**
 * The forecast fit: weekly activations of every channel × region cell, channel total, region total and the grand
 * total, each forecast by the engine (backtest, model choice, intervals), then reconciled bottom-up so the totals on
 * the page are the sums of the cells.
 *
 * Media effects come from the champion mix model only (issue 12): its media revenue per channel, mapped to each cell's
 * activations (lib/forecast-plan/media-mapping.ts), is taken out of the history; the engine forecasts what is left (the
 * baseline, with promotions and macro indicators as drivers but no spend); the media of the shared plan — the current
 * mix, or a scenario someone made the shared plan on purpose (lib/actions/set-shared-forecast-plan.ts) — is added back
 * week by week, with the carryover of past spend, and intervals over the model's draws. Every model's forecast
 * (baseline + media), its baseline alone and its backtest fits (+ the media of those weeks) go to the Forecast table;
 * leaderboards, drivers, money impact, drop checks and what a scenario view needs go to the run's artifacts. A drop of
 * more than the threshold over the next 4 weeks raises a forecast_drop alert.
 */
export const forecastFitParamsSchema = z.looseObject({
  horizon: z.coerce.number().int().min(4).max(104).default(52),
  /** fraction: 0.2 = warn when the next 4 weeks fall more than 20 % below the last 4 */
  dropThreshold: z.coerce.number().min(0).max(1).default(0.2),
  models: z.array(z.string()).optional(),
  /** How long to wait for a mix-model fit in progress (first start: both are queued at once), seconds. */
  mixWaitSeconds: z.coerce.number().int().min(0).max(3600).default(600),
});

const HISTORY_WEEKS = 104;
/** The Planner's current mix: mean weekly spend over the last 13 spend weeks (lib/data/reads/planner-inputs.ts). */
const CURRENT_MIX_WEEKS = 13;
const RECONCILIATION = {
  method: "bottom-up" as const,
  description:
    "Bottom-up: each channel × region forecast comes from its own chosen model; channel, region and grand totals are the sums of those cell forecasts, so every level adds up. Totals keep their own model's interval width, re-centred on the sum.",
};

const sig = (v: number) => (Number.isFinite(v) ? Number(v.toPrecision(5)) : v);
const round2 = (v: number) => Math.round(v * 100) / 100;
const roundForecast = (f: IntervalForecast, model: string) => ({
  model,
  dates: f.dates,
  yhat: f.yhat.map(round2),
  lo80: f.lo80.map(round2),
  hi80: f.hi80.map(round2),
  lo95: f.lo95.map(round2),
  hi95: f.hi95.map(round2),
});

export const runForecastFit: FitRunner = async (ctx) => {
  const params = forecastFitParamsSchema.parse(ctx.params ?? {});
  const { horizon } = params;
  const t0 = Date.now();
  const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(1);
  await ctx.progress(0, "loading data");
  const [rows, economics, overrides, revenueRows, sharedPlan] = await Promise.all([
    fetchForecastPanelRows(ctx.datasetId),
    fetchCurrentUnitEconomics(ctx.datasetId),
    fetchForecastOverrides(ctx.datasetId),
    fetchNationalRevenue(ctx.datasetId),
    fetchSharedForecastPlan(ctx.datasetId),
  ]);
  const panel = buildForecastPanel(rows);
  const origin = panel.weeks[panel.weeks.length - 1];
  if (panel.incompleteWeeks.length) await ctx.log(describeIncompleteWeeks(panel.incompleteWeeks), "warn");
  if (panel.incompleteInside.length)
    await ctx.log(
      `kept ${panel.incompleteInside.length} incomplete week(s) inside the history with the missing domain as 0: ${describeIncompleteWeeks(panel.incompleteInside).replace(/^.*?: /, "")}`,
      "warn",
    );
  const n = panel.weeks.length;
  if (panel.droppedWeeks.length) {
    await ctx.log(
      `left out ${panel.droppedWeeks.length} week(s) far from the main history: ${panel.droppedWeeks.slice(0, 5).join(", ")}${panel.droppedWeeks.length > 5 ? "…" : ""}`,
      "warn",
    );
  }

  // ---- media effects: the champion mix model (waiting for one being fitted right now) ----
  const waitUntil = Date.now() + params.mixWaitSeconds * 1000;
  for (let pending = await fetchPendingMixFit(ctx.datasetId); pending !== null && Date.now() < waitUntil; pending = await fetchPendingMixFit(ctx.datasetId)) {
    await ctx.progress(0.01, `waiting for the mix-model fit (run #${pending}): media effects come from it`);
    await new Promise((r) => setTimeout(r, 2000));
  }
  const mix = await fetchChampionResponseModel(ctx.datasetId);
  const model: ResponseModel | null = mix?.model ?? null;
  if (!mix)
    await ctx.log(
      "no mix model fitted yet: media effects are not separated; the forecast extrapolates demand as observed (refit after a mix-model fit)",
      "warn",
    );

  // National spend per model channel and week (all regions, also channels without demand rows), aligned with the panel.
  const weekIndex = new Map(panel.weeks.map((w, i) => [w, i]));
  const modelChannels = model?.channels.map((c) => c.name) ?? [];
  const nationalSpend: Record<string, number[]> = Object.fromEntries(modelChannels.map((c) => [c, new Array<number>(n).fill(0)]));
  const spendRows: { week: string; channel: string; spend: number }[] = [];
  for (const r of rows.spend) {
    if (r.week > origin) continue;
    spendRows.push(r);
    const i = weekIndex.get(r.week);
    if (i !== undefined && nationalSpend[r.channel]) nationalSpend[r.channel][i] += r.spend;
  }
  const currentMix = baselineAllocation(spendRows, modelChannels, CURRENT_MIX_WEEKS);
  const spendWeeks = [...new Set(spendRows.map((r) => r.week))].sort().slice(-CURRENT_MIX_WEEKS);

  let futureRegressors: FutureRegressorSource = { source: "current-mix" };
  let allocation: Record<string, number> = {};
  if (sharedPlan) {
    try {
      const plan = await fetchScenarioPlan(ctx.datasetId, sharedPlan.scenarioId);
      allocation = plan.allocation;
      const w = planWeekly(modelChannels, currentMix, allocation);
      futureRegressors = { source: "scenario", scenarioId: plan.id, scenarioName: plan.name, planned: w.planned, carried: w.carried };
      await ctx.log(
        `shared plan: scenario "${plan.name}" (#${plan.id}, set by ${sharedPlan.setBy}); current mix for ${w.carried.join(", ") || "no channel"}${w.ignored.length ? `; not in the mix model: ${w.ignored.join(", ")}` : ""}`,
      );
    } catch (error) {
      await ctx.log(
        `the shared plan's scenario #${sharedPlan.scenarioId} ("${sharedPlan.scenarioName}") cannot be read (${error instanceof Error ? error.message : String(error)}): using the current mix`,
        "warn",
      );
    }
  }
  const weekly = planWeekly(modelChannels, currentMix, allocation).weekly;

  const mapping = mediaMapping(
    panel.spend,
    modelChannels,
    panel.regions,
    Object.fromEntries(Object.entries(economics).map(([c, e]) => [c, e.revenuePerActivation])),
  );
  const historyMedia: Record<string, number[]> = {};
  const mediaByCell: Record<string, number[]> = {};
  if (model) {
    for (const c of model.channels) historyMedia[c.name] = channelMediaHistory(c, nationalSpend[c.name]);
    for (const c of model.channels) {
      const rpa = mapping.revenuePerActivation[c.name];
      if (rpa === undefined) continue;
      for (const r of panel.regions) mediaByCell[`${c.name}|${r}`] = historyMedia[c.name].map((m) => (m * mapping.regionShares[c.name][r]) / rpa);
    }
    if (mapping.unmapped.length) await ctx.log(`no unit economics for ${mapping.unmapped.join(", ")}: their media stays in the activations baseline`, "warn");
  }
  const inputs = buildSeriesInputs(panel, model ? { media: mediaByCell } : {});
  await ctx.log(
    `${inputs.length} series, ${n} weeks (${panel.weeks[0]} to ${origin}), horizon ${horizon}; media from ${mix ? `mix-model run #${mix.runId}` : "no mix model"}; data loaded in ${seconds(t0)} s`,
  );
  const tFit = Date.now();

  const results: Record<string, ForecastResult> = {};
  const engineOptions = { horizon, seed: 1, ...(params.models?.length ? { models: params.models } : {}) };
  for (const [i, input] of inputs.entries()) {
    await ctx.progress(0.02 + (0.8 * i) / (inputs.length + 1), `series ${input.key}`);
    results[input.key] = await forecastSeries(input, engineOptions);
  }
  // National revenue (the mix model's KPI) net of media: the baseline the Planner and Scenarios add a plan's media to.
  await ctx.progress(0.82, "national revenue baseline");
  const revenueByWeek = new Map(revenueRows.map((r) => [r.week, r.revenue]));
  const nationalMedia = panel.weeks.map((_, t) => modelChannels.reduce((s, c) => s + historyMedia[c][t], 0));
  const grand = inputs.find((s) => s.key === GRAND_TOTAL_KEY)!;
  const revenueResult = model
    ? await forecastSeries(
        {
          key: "revenue",
          dates: panel.weeks,
          values: panel.weeks.map((w, t) => (revenueByWeek.get(w) ?? 0) - nationalMedia[t]),
          regressors: grand.regressors,
          holidays: grand.holidays,
        },
        engineOptions,
      )
    : null;

  // An override only counts if that model was fitted for the series this time.
  const shown: Record<string, string> = {};
  for (const [key, r] of Object.entries(results)) {
    const o = overrides[key]?.model;
    shown[key] = o && r.forecasts[o] ? o : r.chosen;
  }
  await ctx.log(`forecast ${inputs.length + (revenueResult ? 1 : 0)} series in ${seconds(tFit)} s`);
  await ctx.progress(0.86, "reconciling bottom-up, adding the plan's media");
  const base: Record<string, IntervalForecast> = {};
  for (const [key, r] of Object.entries(results)) base[toEngineKey(key)] = r.forecasts[shown[key]];
  const reconciledBaseline: Record<string, IntervalForecast> = {};
  for (const [k, f] of Object.entries(reconcileForecasts(base, RECONCILIATION.method))) reconciledBaseline[fromEngineKey(k)] = f;

  const paths: ChannelPlanPaths | null = model ? steadyPlanPaths(model, nationalSpend, weekly, horizon) : null;
  const forecastRows: ForecastRow[] = [];
  const totals: Record<
    string,
    { forecasts: Record<string, IntervalForecast>; reconciled: IntervalForecast; media: number[]; byChannel: Record<string, number> }
  > = {};
  for (const input of inputs) {
    const key = input.key;
    const r = results[key];
    const scale = activationScale(mapping, cellsOf(panel, key));
    const floor = input.actual.every((v) => v >= 0) ? 0 : null;
    const under = (f: IntervalForecast) => seriesUnderPlan(f, paths, { scale, floor });
    const forecasts: Record<string, IntervalForecast> = {};
    for (const [m, f] of Object.entries(r.forecasts)) forecasts[m] = under(f).forecast;
    const rec = under(reconciledBaseline[key]);
    const media = rec.media?.point ?? new Array<number>(horizon).fill(0);
    const byChannel = Object.fromEntries(
      Object.entries(rec.media?.perChannel ?? {})
        .filter(([c]) => (scale[c] ?? 0) > 0)
        .map(([c, xs]) => [c, round2(sum(xs) / xs.length)]),
    );
    totals[key] = { forecasts, reconciled: rec.forecast, media, byChannel };
    const stored: [string, IntervalForecast][] = [...Object.entries(forecasts), [RECONCILED_MODEL, rec.forecast]];
    for (const [m, f] of stored) {
      f.dates.forEach((week, t) =>
        forecastRows.push({
          seriesKey: key,
          model: m,
          kind: "future",
          origin,
          week,
          yhat: f.yhat[t],
          lo80: f.lo80[t],
          hi80: f.hi80[t],
          lo95: f.lo95[t],
          hi95: f.hi95[t],
        }),
      );
    }
    const baselines: [string, IntervalForecast][] = [...Object.entries(r.forecasts), [RECONCILED_MODEL, reconciledBaseline[key]]];
    for (const [m, f] of baselines) {
      f.dates.forEach((week, t) =>
        forecastRows.push({
          seriesKey: key,
          model: m,
          kind: BASELINE_KIND,
          origin,
          week,
          yhat: f.yhat[t],
          lo80: f.lo80[t],
          hi80: f.hi80[t],
          lo95: f.lo95[t],
          hi95: f.hi95[t],
        }),
      );
    }
    // Backtests are of the baseline; the media of those (past) weeks is known, so it is added back for the chart.
    for (const [m, folds] of Object.entries(r.backtests)) {
      for (const fold of folds)
        fold.dates.forEach((week, t) =>
          forecastRows.push({
            seriesKey: key,
            model: m,
            kind: "backtest",
            origin: fold.origin,
            week,
            yhat: fold.yhat[t] + (input.media[weekIndex.get(week) ?? -1] ?? 0),
          }),
        );
    }
  }

  await ctx.progress(0.88, "storing forecasts");
  const tStore = Date.now();
  const written = await storeForecastRows(ctx.runId, forecastRows, (done, total) =>
    ctx.progress(0.88 + (0.07 * done) / total, `storing forecasts ${done}/${total}`),
  );
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
    const t = totals[key];
    const { channel } = parseSeriesKey(key);
    const channels = channel === null ? panel.channels : [channel];
    const rates = costRatesFor(channels, economics, activationsByChannel(key));
    const drop = detectDrop(input.actual, t.reconciled.yhat, { thresholdPct });
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
    // Money is judged on activations as they happen (baseline + media), the backtests with their weeks' media.
    const withMedia = (fold: { dates: string[]; yhat: number[]; actual: number[]; origin: string }) => {
      const m = fold.dates.map((w) => input.media[weekIndex.get(w) ?? -1] ?? 0);
      return { ...fold, yhat: fold.yhat.map((v, i) => v + m[i]), actual: fold.actual.map((v, i) => v + m[i]) };
    };
    const money = rates
      ? seriesMoney(
          { forecasts: t.forecasts, backtests: Object.fromEntries(Object.entries(r.backtests).map(([m, folds]) => [m, folds.map(withMedia)])) },
          rates,
          shown[key],
          t.reconciled,
        )
      : null;
    const driverModel = r.forecasts[r.chosen] && (r.chosen === "regression" || r.chosen === "prophet") ? r.chosen : "regression";
    series[key] = {
      label: seriesLabel(key),
      chosen: r.chosen,
      shown: shown[key],
      overrideAtFit: shown[key] !== r.chosen ? shown[key] : null,
      notes: [
        ...(model
          ? [
              `the models forecast demand without paid media (the mix model's media taken out, ${Math.round(sum(input.media.slice(-13)) / 13).toLocaleString("en-US")} activations/week over the last 13 weeks); the shared plan's media is added back`,
            ]
          : []),
        ...r.notes,
      ],
      leaderboard: r.leaderboard.map((l) => ({ model: l.model, metrics: Object.fromEntries(Object.entries(l.metrics).map(([m, v]) => [m, sig(v)])) })),
      drivers: r.drivers?.length ? { model: driverModel, items: r.drivers.map((d) => ({ name: d.name, contribution: d.contribution.map(round2) })) } : null,
      money,
      drop,
      regressors: Object.keys(input.regressors ?? {}),
      history: { start: input.dates[Math.max(0, input.dates.length - HISTORY_WEEKS)], values: input.actual.slice(-HISTORY_WEEKS).map(round2) },
      ...(model ? { media: { perWeek: t.media.map(round2), byChannel: t.byChannel } } : {}),
    };
  }
  const resolved = await resolveForecastDropAlerts(ctx.datasetId, dropping);
  if (dropping.length || resolved) await ctx.log(`drop alerts: ${dropping.length} raised or kept, ${resolved} resolved`);

  const pastWeeks = Math.min(
    n,
    DEFAULT_ANCHOR_WEEKS + Math.max(0, ...(model ? [model.channels, ...(model.draws ?? [])].flat().map((c) => c.adstock.maxLag) : [])),
  );
  const media: MediaArtifact = {
    mmmRunId: mix?.runId ?? null,
    kpi: model?.kpi ?? "revenue",
    plan:
      futureRegressors.source === "scenario"
        ? { source: "scenario", scenarioId: futureRegressors.scenarioId, scenarioName: futureRegressors.scenarioName, weekly }
        : { source: "current-mix", weekly },
    currentMix,
    currentMixWeeks: { first: spendWeeks[0] ?? null, last: spendWeeks[spendWeeks.length - 1] ?? null },
    past: {
      weeks: panel.weeks.slice(n - pastWeeks),
      spend: Object.fromEntries(modelChannels.map((c) => [c, nationalSpend[c].slice(n - pastWeeks).map(round2)])),
    },
    mapping,
    national: {
      revenue: revenueResult ? roundForecast(revenueResult.forecasts[revenueResult.chosen], revenueResult.chosen) : null,
      activations: roundForecast(reconciledBaseline[GRAND_TOTAL_KEY], RECONCILED_MODEL),
    },
  };
  // The forecast run contract (lib/runs/forecast.ts): what the page and the report parse.
  const artifacts = {
    version: FORECAST_RUN_CONTRACT,
    horizon,
    origin,
    channels: panel.channels,
    regions: panel.regions,
    reconciliation: RECONCILIATION,
    futureRegressors,
    dropThresholdPct: thresholdPct,
    incompleteWeeks: panel.incompleteWeeks,
    media,
    series,
  } satisfies ForecastArtifacts & z.input<typeof forecastRunArtifactsSchema>;
  await ctx.progress(1, "done");
  return { metrics: { ...runMetrics(series), mmmRunId: mix?.runId ?? null }, artifacts, params: { ...params } };
};

/** Headline accuracy of the models the page shows (bottom cells and all series), and the money they save. */
function runMetrics(series: Record<string, SeriesArtifact>): Record<string, unknown> {
  const all = Object.entries(series);
  const shownMetrics = (keys: [string, SeriesArtifact][]) =>
    keys.map(([, s]) => s.leaderboard.find((l) => l.model === s.shown)?.metrics).filter((m): m is Record<string, number> => !!m);
  const mean = (ms: Record<string, number>[], name: string) => {
    const xs = ms.map((m) => m[name]).filter((v) => Number.isFinite(v));
    return xs.length ? sig(xs.reduce((a, b) => a + b, 0) / xs.length) : null;
  };
  const bottom = shownMetrics(all.filter(([k]) => isBottomKey(k)));
  const every = shownMetrics(all);
  const chosenCounts: Record<string, number> = {};
  for (const [, s] of all) chosenCounts[s.chosen] = (chosenCounts[s.chosen] ?? 0) + 1;
  const savings = all
    .filter(([k]) => isBottomKey(k))
    .map(([, s]) => s.money?.saving?.saving)
    .filter((v): v is number => Number.isFinite(v));
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
