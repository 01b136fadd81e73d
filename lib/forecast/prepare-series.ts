import type { Holiday, SeriesInput } from "./types";
import { firstNonWeeklyGap, futureWeeks, parseIsoDate } from "./dates";

/**
 * Validates a SeriesInput and splits each regressor into its history part and `horizon`
 * future values. Missing future values (array too short, or NaN) are the last known value
 * carried forward — the neutral "no planned change" scenario — and reported in `notes`.
 */
export type Prepared = {
  y: number[];
  dates: string[];
  regressors: Record<string, number[]>;
  futureRegressors: Record<string, number[]>;
  futureDates: string[];
  holidays: Holiday[];
  notes: string[];
};

export const MAX_HORIZON = 520;
/**
 * Default fit window: the last 6 years. On the M4 weekly holdout (bench/README-m4.md) 4 years
 * was clearly worse (OWA 0.79 vs 0.76), 10 years no better and 1.7× slower; older history mostly
 * describes a regime that no longer holds.
 */
export const DEFAULT_MAX_HISTORY = 312;

/** @param maxHistory fit window in weeks; 0 = all history; default DEFAULT_MAX_HISTORY */
export function prepareSeries(input: SeriesInput, horizon: number, maxHistory = DEFAULT_MAX_HISTORY): Prepared {
  const fn = "forecastSeries";
  const { key, dates, values } = input;
  if (!Number.isInteger(horizon) || horizon < 1 || horizon > MAX_HORIZON) {
    throw new Error(`${fn}(${key}): horizon must be an integer in 1..${MAX_HORIZON}, got ${horizon}`);
  }
  if (dates.length !== values.length) throw new Error(`${fn}(${key}): ${dates.length} dates but ${values.length} values`);
  if (values.length === 0) throw new Error(`${fn}(${key}): empty series`);
  const badDate = dates.findIndex((d) => Number.isNaN(parseIsoDate(d)));
  if (badDate >= 0) throw new Error(`${fn}(${key}): date ${badDate + 1} "${dates[badDate]}" is not an ISO YYYY-MM-DD date`);
  const gap = firstNonWeeklyGap(dates);
  if (gap >= 0) throw new Error(`${fn}(${key}): dates are not weekly: ${dates[gap - 1]} → ${dates[gap]}`);
  const badValue = values.findIndex((v) => !Number.isFinite(v));
  if (badValue >= 0) throw new Error(`${fn}(${key}): value ${badValue + 1} (${dates[badValue]}) is not a finite number`);

  const notes: string[] = [];
  const n = values.length;
  const start = maxHistory && n > maxHistory ? n - maxHistory : 0;
  if (start > 0) notes.push(`fitted on the last ${maxHistory} of ${n} weeks`);
  const regressors: Record<string, number[]> = {};
  const futureRegressors: Record<string, number[]> = {};
  for (const [name, arr] of Object.entries(input.regressors ?? {})) {
    if (arr.length < n) throw new Error(`${fn}(${key}): regressor "${name}" has ${arr.length} values, history has ${n}`);
    const hist = arr.slice(0, n);
    const bad = hist.findIndex((v) => !Number.isFinite(v));
    if (bad >= 0) throw new Error(`${fn}(${key}): regressor "${name}" value ${bad + 1} (${dates[bad]}) is not a finite number`);
    const fut: number[] = [];
    let carried = 0;
    for (let h = 0; h < horizon; h++) {
      const v = arr[n + h];
      if (v !== undefined && Number.isFinite(v)) fut.push(v);
      else {
        fut.push(h === 0 ? hist[n - 1] : fut[h - 1]);
        carried++;
      }
    }
    if (carried) notes.push(`regressor "${name}": ${carried} of ${horizon} future values missing, last known value carried forward`);
    regressors[name] = hist.slice(start);
    futureRegressors[name] = fut;
  }
  return {
    y: values.slice(start),
    dates: dates.slice(start),
    regressors,
    futureRegressors,
    futureDates: futureWeeks(dates[n - 1], horizon),
    holidays: input.holidays ?? [],
    notes,
  };
}
