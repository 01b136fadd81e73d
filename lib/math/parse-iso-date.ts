const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Parses a calendar date written YYYY-MM-DD to UTC milliseconds (midnight). Strict: no time part, no whitespace, and
 * the date must exist (2023-02-29 does not).
 * @returns NaN when the text is not such a date, so a validator can report the row instead of catching an error.
 * @example parseIsoDate("2024-01-08") // 1704672000000
 * @example parseIsoDate("2023-02-29") // NaN
 */
export function parseIsoDate(date: string): number {
  if (!ISO_DATE.test(date)) return Number.NaN;
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) return Number.NaN;
  return ms;
}

/** UTC milliseconds → YYYY-MM-DD. @example formatIsoDate(1704672000000) // "2024-01-08" */
export function formatIsoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
