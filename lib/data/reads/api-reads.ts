import "server-only";
import { prisma } from "../../db/client";
import { fetchActiveDataset } from "./datasets";
import { fetchChampionRun } from "./model-runs";
import { fetchChampionMmmRun } from "./mmm-runs";
import { fetchChampionResponseModel } from "./mix-model-for-forecast";
import { channelRoiOf } from "../../runs/mmm";
import { fetchScenarioPlan } from "./forecast-scenario";
import { fetchPlanForecastContext, fetchStoredBaselines } from "./plan-forecast";
import { cellsOf } from "../../forecast/view/build-series-inputs";
import { seriesPlanView } from "../../forecast-plan/plan-view";

export class ApiReadError extends Error {
  constructor(
    readonly status: 404 | 409,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Reads behind the REST API: the champion forecast of a series (or a view of it under a saved scenario, computed like
 * the Forecasts page's: the stored baseline + the scenario's media under the same mix model) and the champion mix
 * model's ROI table.
 * @throws {ApiReadError} 404 for an unknown scenario, 409 when the forecast run has no mix model to apply a plan with
 */
export async function fetchChampionForecast(series: string, model: string, horizon: number, scenarioId?: number) {
  const dataset = await fetchActiveDataset();
  if (!dataset) return null;
  const run = await fetchChampionRun(dataset.id, "forecast");
  if (!run) return null;
  if (scenarioId !== undefined) {
    const plan = await fetchScenarioPlan(dataset.id, scenarioId).catch(() => null);
    if (!plan) throw new ApiReadError(404, `Scenario ${scenarioId} does not exist in the active dataset`);
    const ctx = await fetchPlanForecastContext(dataset.id);
    if (!ctx || ctx.forecastRunId !== run.id || !ctx.model || ctx.media.mmmRunId === null)
      throw new ApiReadError(409, "The champion forecast has no mix model to apply a plan with; fit the mix model, then refit forecasts.");
    const baseline = (await fetchStoredBaselines(run.id, series))[model];
    if (!baseline) return { runId: run.id, series, model, origin: "", unit: "activations per week" as const, points: [] };
    const view = seriesPlanView(ctx.model, ctx.media, plan.allocation, baseline, cellsOf(ctx.meta, series), Math.min(horizon, baseline.yhat.length));
    const f = view.forecast;
    return {
      runId: run.id,
      series,
      model,
      origin: ctx.meta.origin,
      unit: "activations per week" as const,
      scenario: { id: plan.id, name: plan.name, mmmRunId: ctx.media.mmmRunId },
      points: f.dates.map((week, t) => ({ week, yhat: f.yhat[t], lo80: f.lo80[t], hi80: f.hi80[t], lo95: f.lo95[t], hi95: f.hi95[t] })),
    };
  }
  const rows = await prisma().forecast.findMany({
    where: { runId: run.id, seriesKey: series, model, kind: "future" },
    orderBy: { week: "asc" },
    take: horizon,
  });
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  return {
    runId: run.id,
    series,
    model,
    origin: rows[0] ? iso(rows[0].origin) : "",
    unit: "activations per week" as const,
    points: rows.map((r) => ({ week: iso(r.week), yhat: r.yhat, lo80: r.lo80, hi80: r.hi80, lo95: r.lo95, hi95: r.hi95 })),
  };
}

/** The champion mix model's fit and per-channel ROI rows, from the run parsed against its contract. */
export async function fetchChampionMixModel() {
  const dataset = await fetchActiveDataset();
  if (!dataset) return null;
  const champion = await fetchChampionMmmRun(dataset.id);
  if (!champion) return null;
  const artifacts = champion.results?.artifacts;
  return {
    run: champion.run,
    channels: (artifacts?.channels ?? []).map(channelRoiOf),
    fit: artifacts?.fit ?? { r2: NaN, nrmse: NaN, mape: NaN },
    // The geo model's regions, with the CLI contract's fields per channel (mixcast mmm --geo).
    regions: artifacts?.geos?.map((g) => ({
      name: g.name,
      channels: g.channels.map((c) => ({ name: c.name, roi: c.roi, roiLow: c.roiLow, roiHigh: c.roiHigh, contribution: c.contribution, spend: c.spend })),
    })),
  };
}

/** The champion mix model's response curves, validated as the Planner validates them (null when none is usable). */
export async function fetchChampionPlanningModel() {
  const dataset = await fetchActiveDataset();
  return dataset ? fetchChampionResponseModel(dataset.id) : null;
}
