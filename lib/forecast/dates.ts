/**
 * Weekly ISO date helpers. All arithmetic in UTC milliseconds so that DST never shifts a
 * date by a day.
 */
const DAY_MS = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Parse YYYY-MM-DD to UTC ms; NaN when malformed or not a real calendar date. */
export function parseIsoDate(date: string): number {
  if (!ISO_DATE.test(date)) return Number.NaN;
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) return Number.NaN;
  return ms;
}

export function formatIsoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addWeeks(date: string, weeks: number): string {
  return formatIsoDate(parseIsoDate(date) + weeks * 7 * DAY_MS);
}

/** The `horizon` weekly dates after `lastDate`. */
export function futureWeeks(lastDate: string, horizon: number): string[] {
  return Array.from({ length: horizon }, (_, i) => addWeeks(lastDate, i + 1));
}

/** Index of the first gap that is not exactly 7 days, or -1 when the dates are weekly. */
export function firstNonWeeklyGap(dates: string[]): number {
  for (let i = 1; i < dates.length; i++) {
    if (parseIsoDate(dates[i]) - parseIsoDate(dates[i - 1]) !== 7 * DAY_MS) return i;
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
  return holidayMs.some((h) => h >= start && h < start + 7 * DAY_MS);
}
