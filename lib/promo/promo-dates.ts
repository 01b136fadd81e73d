/**
 * Dates as whole UTC day numbers (days since 1970-01-01), so window arithmetic and comparisons are
 * integer operations and never shift with the server's time zone.
 */
import { DAY_MS } from "../math/time-units";

/**
 * @param iso "YYYY-MM-DD" (a longer ISO datetime is cut to its date).
 * @throws {Error} when the date does not parse.
 */
export function isoToDayNumber(iso: string): number {
  const date = iso.slice(0, 10);
  const ms = Date.parse(`${date}T00:00:00.000Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(ms)) throw new Error(`isoToDayNumber: not an ISO date: "${iso}"`);
  return Math.round(ms / DAY_MS);
}

export function dayNumberToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Calendar month 1–12 of a day number. */
export function monthOfDayNumber(day: number): number {
  return new Date(day * DAY_MS).getUTCMonth() + 1;
}

/** Inclusive length of a promotion in days (start = end is one day, as in the demo generator). */
export function promoDurationDays(startDate: string, endDate: string): number {
  return isoToDayNumber(endDate) - isoToDayNumber(startDate) + 1;
}

/** Index of the first element > target in an ascending array (binary search). */
export function upperBound(sorted: ArrayLike<number>, target: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first element ≥ target in an ascending array. */
export function lowerBound(sorted: ArrayLike<number>, target: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
