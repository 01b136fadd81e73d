/**
 * Weekly ISO date helpers. All arithmetic in UTC milliseconds so that DST never shifts a
 * date by a day.
 */
import { formatIsoDate, parseIsoDate } from "../math/parse-iso-date";
import { DAY_MS, WEEK_MS } from "../math/time-units";
export { formatIsoDate, parseIsoDate } from "../math/parse-iso-date";

export function addWeeks(date: string, weeks: number): string {
  return formatIsoDate(parseIsoDate(date) + weeks * WEEK_MS);
}

/** The `horizon` weekly dates after `lastDate`. */
export function futureWeeks(lastDate: string, horizon: number): string[] {
  return Array.from({ length: horizon }, (_, i) => addWeeks(lastDate, i + 1));
}

/** Index of the first gap that is not exactly 7 days, or -1 when the dates are weekly. */
export function firstNonWeeklyGap(dates: string[]): number {
  for (let i = 1; i < dates.length; i++) {
    if (parseIsoDate(dates[i]) - parseIsoDate(dates[i - 1]) !== WEEK_MS) return i;
  }
  return -1;
}

/** Fractional year position (days since epoch / 365.25): drives Fourier terms of period 52.18 weeks. */
export function yearFraction(date: string): number {
  return parseIsoDate(date) / DAY_MS / 365.25;
}

/** Whether any holiday date falls in the week starting at `weekStart` (7 days inclusive of start). */
export function weekHasHoliday(weekStart: string, holidayMs: number[]): boolean {
  const start = parseIsoDate(weekStart);
  return holidayMs.some((h) => h >= start && h < start + WEEK_MS);
}
