import type { SignCode } from "./constrained-ridge";
import type { MmmInput } from "./model-types";

const DAY_MS = 86_400_000;

/**
 * Parses a YYYY-MM-DD date (a time part is tolerated) to UTC milliseconds.
 * @throws naming the offending value when it is not a valid ISO date
 */
export function parseIsoDate(value: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(value.trim());
  const ms = m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) : NaN;
  if (!m || Number.isNaN(ms) || new Date(ms).getUTCDate() !== +m[3] || new Date(ms).getUTCMonth() !== +m[2] - 1)
    throw new Error(`parseIsoDate: unparseable date "${value}" (expected YYYY-MM-DD)`);
  return ms;
}

/**
 * Yearly Fourier columns at ISO dates: sin and cos of 2πk·day/365.25 for k = 1…harmonics, in the order sin1, cos1,
 * sin2, cos2, … (the mix model's season, and what season-share.ts measures a spend series against).
 */
export function yearlyHarmonicColumns(dates: readonly string[], harmonics: number): Float64Array[] {
  const days = dates.map((d) => parseIsoDate(d) / DAY_MS);
  const cols: Float64Array[] = [];
  for (let k = 1; k <= harmonics; k++) {
    cols.push(Float64Array.from(days, (d) => Math.sin((2 * Math.PI * k * d) / 365.25)));
    cols.push(Float64Array.from(days, (d) => Math.cos((2 * Math.PI * k * d) / 365.25)));
  }
  return cols;
}

export type ControlColumns = { names: string[]; columns: Float64Array[]; signs: SignCode[] };

/**
 * The non-media design: linear trend, yearly Fourier seasonality (`harmonics` harmonics of a 365.25-day year;
 * the fit chooses how many by time-series cross-validation, see choose-harmonics.ts), holidays and the user's controls
 * (promotions, macro indicators, events, …) with their sign constraints. Trend and seasonality have free
 * signs. The intercept is added by the fit.
 */
export function buildControlColumns(input: MmmInput, trend: boolean, seasonality: boolean, harmonics = 2): ControlColumns {
  const n = input.dates.length;
  const names: string[] = [],
    columns: Float64Array[] = [],
    signs: SignCode[] = [];
  const add = (name: string, col: Float64Array, sign: SignCode) => {
    names.push(name);
    columns.push(col);
    signs.push(sign);
  };
  if (trend)
    add(
      "trend",
      Float64Array.from({ length: n }, (_, t) => (n > 1 ? t / (n - 1) : 0)),
      0,
    );
  if (seasonality) yearlyHarmonicColumns(input.dates, harmonics).forEach((col, j) => add(`season_${j % 2 ? "cos" : "sin"}${(j >> 1) + 1}`, col, 0));
  if (input.holidays) add("holidays", Float64Array.from(input.holidays), 0);
  for (const c of input.controls ?? []) add(c.name, Float64Array.from(c.values), c.sign === "positive" ? 1 : c.sign === "negative" ? -1 : 0);
  return { names, columns, signs };
}
