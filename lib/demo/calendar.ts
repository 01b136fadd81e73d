/**
 * UTC calendar helpers for the demo generator. Everything works on UTC midnight so a date never
 * shifts with the machine's time zone.
 */
import { parseIsoDate } from "../math/parse-iso-date";
import { DAY_MS } from "../math/time-units";

/** UTC midnight of a YYYY-MM-DD date (read by the one parser, lib/math); throws for anything else. */
export function utcDate(iso: string): Date {
  const ms = parseIsoDate(iso);
  if (Number.isNaN(ms)) throw new Error(`utcDate: expected a YYYY-MM-DD date, got "${iso}"`);
  return new Date(ms);
}

export function toIsoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return toIsoDate(new Date(utcDate(iso).getTime() + days * DAY_MS));
}

export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((utcDate(toIso).getTime() - utcDate(fromIso).getTime()) / DAY_MS);
}

/** 0 = Monday … 6 = Sunday (ISO order, unlike Date#getUTCDay). */
export function isoWeekday(iso: string): number {
  return (utcDate(iso).getUTCDay() + 6) % 7;
}

export function isMonday(iso: string): boolean {
  return isoWeekday(iso) === 0;
}

/** The Monday of the ISO week that contains the date. */
export function mondayOf(iso: string): string {
  return addDays(iso, -isoWeekday(iso));
}

/** `count` consecutive Mondays ending on `lastWeek` (oldest first). */
export function weekStarts(lastWeek: string, count: number): string[] {
  if (!isMonday(lastWeek)) throw new Error(`weekStarts: lastWeek ${lastWeek} is not a Monday`);
  return Array.from({ length: count }, (_, i) => addDays(lastWeek, -7 * (count - 1 - i)));
}

export function dayOfYear(iso: string): number {
  const d = utcDate(iso);
  return Math.round((d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / DAY_MS) + 1;
}

export function monthOf(iso: string): number {
  return utcDate(iso).getUTCMonth() + 1;
}

export function yearOf(iso: string): number {
  return utcDate(iso).getUTCFullYear();
}

/** The n-th (1-based) given ISO weekday (0 = Monday) of a month. */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, n: number): string {
  const first = toIsoDate(new Date(Date.UTC(year, month - 1, 1)));
  const offset = (weekday - isoWeekday(first) + 7) % 7;
  return addDays(first, offset + 7 * (n - 1));
}

/** Western Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return toIsoDate(new Date(Date.UTC(year, month - 1, day)));
}
