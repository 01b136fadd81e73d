import "server-only";
import { prisma } from "../../db/client";
import type { SeriesArtifact } from "../../forecast/view/forecast-artifacts";
import { logger } from "../../monitoring/logger";
import { forecastRunMetaSchema, seriesArtifactSchema, type ForecastRunMeta } from "../../runs/forecast";
import type { ChartFold, ChartForecast } from "../../forecast/view/chart-rows";
import { toAlertView, type AlertView } from "./alerts";
import { memo } from "../memo";

// A finished forecast run never changes, so its stored points and artifacts are cached per process by run id.

/**
 * What the Forecasts page reads from a stored forecast run: the run-level artifacts (without the per-series
 * part, which can be large), one series' artifacts, its stored future forecasts per model and the backtest fits
 * of one model. JSON is cut in SQL so a page view never loads every series.
 */
export type { ForecastRunMeta } from "../../runs/forecast";

export function fetchForecastRunMeta(runId: number): Promise<ForecastRunMeta | null> {
  return memo(`forecast-meta:${runId}`, 10 * 60_000, () => readForecastRunMeta(runId));
}

async function readForecastRunMeta(runId: number): Promise<ForecastRunMeta | null> {
  const rows = await prisma().$queryRaw<{ meta: unknown }[]>`
    SELECT (artifacts - 'series') AS meta FROM "model_run" WHERE id = ${runId} AND artifacts ? 'series'`;
  return parseArtifact(forecastRunMetaSchema, rows[0]?.meta, runId, "run meta");
}

export function fetchForecastSeriesArtifact(runId: number, seriesKey: string): Promise<SeriesArtifact | null> {
  return memo(`forecast-series:${runId}:${seriesKey}`, 10 * 60_000, () => readForecastSeriesArtifact(runId, seriesKey));
}

async function readForecastSeriesArtifact(runId: number, seriesKey: string): Promise<SeriesArtifact | null> {
  const rows = await prisma().$queryRaw<{ series: unknown }[]>`
    SELECT artifacts -> 'series' -> ${seriesKey} AS series FROM "model_run" WHERE id = ${runId}`;
  return parseArtifact(seriesArtifactSchema, rows[0]?.series, runId, `series ${seriesKey}`);
}

/** Parsed once against the forecast run contract (lib/runs/forecast.ts): absent → null; not the contract's shape → null, logged. */
function parseArtifact<T>(
  schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false; error: { issues: { message: string }[] } } },
  value: unknown,
  runId: number,
  what: string,
): T | null {
  if (value === null || value === undefined) return null;
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  logger.warn("forecast run does not satisfy the run contract", { runId, what, issue: parsed.error.issues[0]?.message });
  return null;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Future forecasts of every stored model of a series, keyed by model. */
export function fetchStoredForecasts(runId: number, seriesKey: string): Promise<Record<string, ChartForecast>> {
  return memo(`forecast-points:${runId}:${seriesKey}`, 10 * 60_000, () => readStoredForecasts(runId, seriesKey));
}

async function readStoredForecasts(runId: number, seriesKey: string): Promise<Record<string, ChartForecast>> {
  const rows = await prisma().forecast.findMany({ where: { runId, seriesKey, kind: "future" }, orderBy: [{ model: "asc" }, { week: "asc" }] });
  const out: Record<string, ChartForecast> = {};
  for (const r of rows) {
    const f = (out[r.model] ??= { dates: [], yhat: [], lo80: [], hi80: [], lo95: [], hi95: [] });
    f.dates.push(iso(r.week));
    f.yhat.push(r.yhat);
    f.lo80.push(r.lo80 ?? r.yhat);
    f.hi80.push(r.hi80 ?? r.yhat);
    f.lo95.push(r.lo95 ?? r.yhat);
    f.hi95.push(r.hi95 ?? r.yhat);
  }
  return out;
}

/** Walk-forward backtest fits of one model, one entry per fold (origin), oldest first. */
export function fetchStoredBacktests(runId: number, seriesKey: string, model: string): Promise<ChartFold[]> {
  return memo(`forecast-backtests:${runId}:${seriesKey}:${model}`, 10 * 60_000, () => readStoredBacktests(runId, seriesKey, model));
}

async function readStoredBacktests(runId: number, seriesKey: string, model: string): Promise<ChartFold[]> {
  const rows = await prisma().forecast.findMany({ where: { runId, seriesKey, model, kind: "backtest" }, orderBy: [{ origin: "asc" }, { week: "asc" }] });
  const folds = new Map<string, ChartFold>();
  for (const r of rows) {
    const origin = iso(r.origin);
    const f = folds.get(origin) ?? { origin, dates: [], yhat: [] };
    f.dates.push(iso(r.week));
    f.yhat.push(r.yhat);
    folds.set(origin, f);
  }
  return [...folds.values()];
}

/** Open forecast_drop alerts raised by this dataset's forecast runs, the selected series first. */
export async function fetchForecastDropAlerts(datasetId: number, seriesKey: string): Promise<{ series: AlertView[]; others: AlertView[] }> {
  const alerts = await prisma().alert.findMany({
    where: { kind: "forecast_drop", status: { not: "resolved" }, run: { datasetId } },
    orderBy: { createdAt: "desc" },
    take: 100,
  });
  const views = alerts.map(toAlertView);
  return { series: views.filter((a) => a.seriesKey === seriesKey), others: views.filter((a) => a.seriesKey !== seriesKey) };
}
