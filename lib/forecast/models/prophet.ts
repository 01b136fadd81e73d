import type { ForecastModel, Holiday } from "../types";
import { parseIsoDate } from "../dates";
import { augursProphet } from "../wasm-loader";
import { slicePath, type PrecomputedPath } from "./precomputed-path";
import { SEASON } from "./seasonal-naive";

type ProphetOptimizer = ConstructorParameters<typeof augursProphet.Prophet>[0]["optimizer"];

/**
 * Prophet (Taylor & Letham 2018) through augurs' Rust port with the Stan model compiled to
 * wasm: piecewise-linear trend, yearly Fourier seasonality (order 10, only with ≥ 2 years),
 * holidays and extra regressors. Weekly/daily seasonality are off (weekly data). MAP fit, no
 * posterior sampling (speed: ~80 ms per fit); sd is the in-sample residual RMS growing mildly
 * with the horizon (trend uncertainty) — its scale is recalibrated from backtests anyway.
 * Needs `loadProphet()` first; the optimizer is passed in through `createProphetModel`.
 */
const DAY_S = 86_400;

function toSeconds(date: string): number {
  return parseIsoDate(date) / 1000;
}

/** Holidays → Prophet occurrences covering the whole week (of the series' weekday) they fall in. */
function holidayMap(holidays: Holiday[], anchor: string): Map<string, { occurrences: { start: number; end: number }[] }> {
  const a = toSeconds(anchor);
  const out = new Map<string, { occurrences: { start: number; end: number }[] }>();
  for (const h of holidays) {
    const s = toSeconds(h.date);
    if (!Number.isFinite(s)) continue;
    const weekStart = a + Math.floor((s - a) / (7 * DAY_S)) * 7 * DAY_S;
    const entry = out.get(h.name) ?? { occurrences: [] };
    entry.occurrences.push({ start: weekStart, end: weekStart + DAY_S });
    out.set(h.name, entry);
  }
  return out;
}

export function createProphetModel(optimizer: ProphetOptimizer): ForecastModel<PrecomputedPath> {
  return {
    name: "prophet",
    minLength: 16,
    seasonal: false,
    fit({ y, dates, regressors, holidays, horizon, future, seed }) {
      const hols = holidayMap(holidays, dates[0]);
      const model = new augursProphet.Prophet({
        optimizer,
        yearlySeasonality: y.length >= 2 * SEASON ? { type: "fourier", order: 10 } : { type: "manual", enabled: false },
        weeklySeasonality: { type: "manual", enabled: false },
        dailySeasonality: { type: "manual", enabled: false },
        uncertaintySamples: 0,
        ...(hols.size ? { holidays: hols } : {}),
      });
      try {
        const names = Object.keys(regressors);
        for (const name of names) model.addRegressor(name);
        model.fit({ ds: dates.map(toSeconds), y, ...(names.length ? { x: new Map(names.map((k) => [k, regressors[k]])) } : {}) }, { seed });
        const fitted = model.predict();
        let sse = 0;
        fitted.yhat.point.forEach((v, i) => (sse += (y[i] - v) ** 2));
        const sigma = Math.sqrt(sse / Math.max(1, y.length - 1));
        const p = model.predict({
          ds: future.dates.slice(0, horizon).map(toSeconds),
          ...(names.length ? { x: new Map(names.map((k) => [k, future.regressors[k].slice(0, horizon)])) } : {}),
        });
        const contributions: Record<string, number[]> = {};
        for (const [k, v] of p.regressors) contributions[k] = v.point;
        if (hols.size) {
          const total = new Array<number>(horizon).fill(0);
          for (const v of p.holidays.values()) v.point.forEach((c, i) => (total[i] += c));
          contributions.holiday = total;
        }
        return {
          kind: "prophet",
          yhat: p.yhat.point,
          sd: p.yhat.point.map((_, h) => sigma * (1 + 0.05 * h)),
          contributions,
        };
      } finally {
        model.free();
      }
    },
    predict: (f, { horizon }) => slicePath(f, horizon),
  };
}
