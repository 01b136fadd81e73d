/**
 * Holidays and events. Each lifts (or, for New Year, dips) revenue in the week that contains it;
 * national effects are spread over regions by region share, regional events hit one region only.
 * The calendar runs a year past the last data week so forecasts have future holidays.
 */
import { addDays, easterSunday, mondayOf, nthWeekdayOfMonth, toIsoDate } from "./calendar";
import { DEMO_REGIONS, REGION_SHARES } from "./regions";
import type { DemoHolidayRow } from "./types";

export type HolidaySpec = {
  name: string;
  region: string | null;
  /** Revenue added in the holiday's week (national total for national holidays, the region's for events). */
  effectPerWeek: number;
  date: (year: number) => string;
};

const fixed = (month: number, day: number) => (year: number) => toIsoDate(new Date(Date.UTC(year, month - 1, day)));
const THURSDAY = 3;
const SATURDAY = 5;
const SUNDAY = 6;
const MONDAY = 0;

export const HOLIDAY_SPECS: readonly HolidaySpec[] = [
  { name: "Black Friday", region: null, effectPerWeek: 260_000, date: (y) => addDays(nthWeekdayOfMonth(y, 11, THURSDAY, 4), 1) },
  { name: "Cyber Monday", region: null, effectPerWeek: 180_000, date: (y) => addDays(nthWeekdayOfMonth(y, 11, THURSDAY, 4), 4) },
  { name: "Christmas", region: null, effectPerWeek: 120_000, date: fixed(12, 25) },
  // New Year's week is a post-holiday lull: a true negative effect.
  { name: "New Year", region: null, effectPerWeek: -60_000, date: fixed(1, 1) },
  { name: "Easter", region: null, effectPerWeek: 70_000, date: easterSunday },
  { name: "Mother's Day", region: null, effectPerWeek: 90_000, date: (y) => nthWeekdayOfMonth(y, 5, SUNDAY, 2) },
  { name: "Summer Sale", region: null, effectPerWeek: 160_000, date: (y) => nthWeekdayOfMonth(y, 7, MONDAY, 2) },
  { name: "North Winter Festival", region: "north", effectPerWeek: 40_000, date: (y) => nthWeekdayOfMonth(y, 2, SATURDAY, 1) },
  { name: "East Harbour Days", region: "east", effectPerWeek: 25_000, date: (y) => nthWeekdayOfMonth(y, 6, SATURDAY, 2) },
  { name: "West Coast Fair", region: "west", effectPerWeek: 30_000, date: (y) => nthWeekdayOfMonth(y, 9, SATURDAY, 3) },
];

export type HolidayResult = {
  rows: DemoHolidayRow[];
  /** Revenue effect per region and week index. */
  regional: Record<string, number[]>;
};

export function generateHolidays(weeks: readonly string[], calendarEnd: string): HolidayResult {
  const first = weeks[0];
  const firstYear = Number(first.slice(0, 4));
  const lastYear = Number(calendarEnd.slice(0, 4));
  const weekIndex = new Map(weeks.map((w, i) => [w, i]));
  const regional: Record<string, number[]> = Object.fromEntries(DEMO_REGIONS.map((r) => [r, new Array<number>(weeks.length).fill(0)]));
  const rows: DemoHolidayRow[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    for (const spec of HOLIDAY_SPECS) {
      const date = spec.date(year);
      if (date < first || date > calendarEnd) continue;
      rows.push({ date, name: spec.name, region: spec.region });
      const t = weekIndex.get(mondayOf(date));
      if (t === undefined) continue;
      for (const region of DEMO_REGIONS) {
        if (spec.region === null) regional[region][t] += spec.effectPerWeek * REGION_SHARES[region];
        else if (spec.region === region) regional[region][t] += spec.effectPerWeek;
      }
    }
  }
  rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.name.localeCompare(b.name)));
  return { rows, regional };
}
