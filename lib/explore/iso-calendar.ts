import { DAY_MS, WEEK_MS } from "../math/time-units";

/**
 * ISO-8601 week number (1–53) and ISO week-year of a date: week 1 is the week holding the year's first Thursday.
 * @throws {Error} when the text is not a YYYY-MM-DD date.
 * @example isoWeek("2024-12-30") // { year: 2025, week: 1 }
 */
export function isoWeek(iso: string): { year: number; week: number } {
  const t = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  if (!Number.isFinite(t)) throw new Error(`isoWeek: "${iso}" is not a YYYY-MM-DD date`);
  const d = new Date(t);
  const dow = (d.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = new Date(t + (3 - dow) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1);
  return { year, week: 1 + Math.floor((thursday.getTime() - jan1) / WEEK_MS) };
}

/** Calendar month (1–12) and year of a week, taken at its Thursday so a week belongs to the month holding most of it. */
export function weekMonth(iso: string): { year: number; month: number } {
  const t = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  if (!Number.isFinite(t)) throw new Error(`weekMonth: "${iso}" is not a YYYY-MM-DD date`);
  const d = new Date(t);
  const dow = (d.getUTCDay() + 6) % 7;
  const thursday = new Date(t + (3 - dow) * DAY_MS);
  return { year: thursday.getUTCFullYear(), month: thursday.getUTCMonth() + 1 };
}

export const MONTH_LABELS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
