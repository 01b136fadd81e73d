import "server-only";
import { prisma } from "../../db/client";
import type { MediaArtifact } from "../../forecast/view/forecast-artifacts";
import { BASELINE_KIND } from "../../forecast/view/forecast-artifacts";
import type { ChartForecast } from "../../forecast/view/chart-rows";
import type { ResponseModel } from "../../mmm/types";
import { fetchForecastRunMeta, type ForecastRunMeta } from "./forecast-page";
import { fetchResponseModelOfRun } from "./mix-model-for-forecast";
import { fetchChampionRun } from "./model-runs";
import { memo } from "../memo";

/**
 * What a forecast under a plan needs, from the champion forecast run: its stored baselines and media block, and the
 * mix model it took media out with (so a plan's media goes back in on the same footing). Every number on the Forecasts
 * scenario view, the Planner's weekly chart and the Scenarios comparison traces to these two runs.
 */
export type PlanForecastContext = {
  forecastRunId: number;
  meta: ForecastRunMeta;
  media: MediaArtifact;
  /** The mix model the forecast run used (null when that run had none). */
  model: ResponseModel | null;
  /** The current champion mix model; differs from media.mmmRunId when a newer mix model was fitted since. */
  championMmmRunId: number | null;
};

export async function fetchPlanForecastContext(datasetId: number): Promise<PlanForecastContext | null> {
  const [run, mmm] = await Promise.all([fetchChampionRun(datasetId, "forecast"), fetchChampionRun(datasetId, "mmm")]);
  if (!run) return null;
  const meta = await fetchForecastRunMeta(run.id);
  if (!meta?.media) return null;
  const model = meta.media.mmmRunId === null ? null : await fetchResponseModelOfRun(meta.media.mmmRunId);
  return { forecastRunId: run.id, meta, media: meta.media, model, championMmmRunId: mmm?.id ?? null };
}

/** Stored baseline forecasts (no media) of one series of a run, keyed by model. */
export function fetchStoredBaselines(runId: number, seriesKey: string): Promise<Record<string, ChartForecast>> {
  return memo(`forecast-baselines:${runId}:${seriesKey}`, 10 * 60_000, async () => {
    const rows = await prisma().forecast.findMany({ where: { runId, seriesKey, kind: BASELINE_KIND }, orderBy: [{ model: "asc" }, { week: "asc" }] });
    const out: Record<string, ChartForecast> = {};
    for (const r of rows) {
      const f = (out[r.model] ??= { dates: [], yhat: [], lo80: [], hi80: [], lo95: [], hi95: [] });
      f.dates.push(r.week.toISOString().slice(0, 10));
      f.yhat.push(r.yhat);
      f.lo80.push(r.lo80 ?? r.yhat);
      f.hi80.push(r.hi80 ?? r.yhat);
      f.lo95.push(r.lo95 ?? r.yhat);
      f.hi95.push(r.hi95 ?? r.yhat);
    }
    return out;
  });
}
