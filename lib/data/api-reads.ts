import "server-only";
import { prisma } from "../db/client";
import { fetchActiveDataset } from "./datasets";
import { fetchChampionRun } from "./model-runs";

/** Reads behind the REST API: the champion forecast of a series and the champion mix model's ROI table. */
export async function fetchChampionForecast(series: string, model: string, horizon: number) {
  const dataset = await fetchActiveDataset();
  if (!dataset) return null;
  const run = await fetchChampionRun(dataset.id, "forecast");
  if (!run) return null;
  const rows = await prisma().forecast.findMany({ where: { runId: run.id, seriesKey: series, model, kind: "future" }, orderBy: { week: "asc" }, take: horizon });
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

type StoredChannel = { name: string; spend: number; contribution: number; share: number; roi: number; roiLow: number; roiHigh: number; mroi: number };

export async function fetchChampionMixModel() {
  const dataset = await fetchActiveDataset();
  if (!dataset) return null;
  const run = await fetchChampionRun(dataset.id, "mmm");
  if (!run) return null;
  const artifacts = run.artifacts as { channels?: StoredChannel[]; fit?: { r2: number; nrmse: number; mape: number }; responseModel?: unknown };
  return { run, channels: artifacts.channels ?? [], fit: artifacts.fit ?? { r2: NaN, nrmse: NaN, mape: NaN }, responseModel: artifacts.responseModel };
}
