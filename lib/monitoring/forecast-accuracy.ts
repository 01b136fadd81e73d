/**
 * Scores stored forecasts against actuals that arrived after them, and summarises accuracy by horizon.
 * horizon = weeks between the forecast's origin (last observed week) and the week forecast (1 = next week).
 */
import { WEEK_MS } from "../math/time-units";
export type StoredForecastPoint = { runId: number; seriesKey: string; model: string; origin: string; week: string; yhat: number };
export type AccuracyRecord = { runId: number; seriesKey: string; model: string; week: string; horizon: number; actual: number; forecast: number };

export function matchForecastsToActuals(forecasts: StoredForecastPoint[], actuals: Map<string, number>): AccuracyRecord[] {
  const out: AccuracyRecord[] = [];
  for (const f of forecasts) {
    const actual = actuals.get(`${f.seriesKey}@${f.week}`);
    if (actual === undefined) continue;
    const horizon = Math.round((Date.parse(f.week) - Date.parse(f.origin)) / WEEK_MS);
    if (horizon < 1) continue;
    out.push({ runId: f.runId, seriesKey: f.seriesKey, model: f.model, week: f.week, horizon, actual, forecast: f.yhat });
  }
  return out;
}

export type HorizonAccuracy = { horizon: number; n: number; mape: number | null; bias: number };

/** MAPE (in %, over points with a non-zero actual) and bias (mean of forecast − actual) per horizon. */
export function summariseAccuracyByHorizon(records: Pick<AccuracyRecord, "horizon" | "actual" | "forecast">[]): HorizonAccuracy[] {
  const by = new Map<number, { n: number; ape: number; nApe: number; err: number }>();
  for (const r of records) {
    const s = by.get(r.horizon) ?? { n: 0, ape: 0, nApe: 0, err: 0 };
    s.n++;
    s.err += r.forecast - r.actual;
    if (r.actual !== 0) {
      s.ape += Math.abs((r.forecast - r.actual) / r.actual);
      s.nApe++;
    }
    by.set(r.horizon, s);
  }
  return [...by.entries()]
    .sort(([a], [b]) => a - b)
    .map(([horizon, s]) => ({ horizon, n: s.n, mape: s.nApe ? (100 * s.ape) / s.nApe : null, bias: s.err / s.n }));
}
