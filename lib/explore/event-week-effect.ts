import { welchDifference, type WelchDifference } from "./welch-difference";
import { DAY_MS } from "../math/time-units";

const dayNumber = (iso: string) => Math.round(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS);

export type EventWeekInput = {
  /** ISO Mondays, one per KPI value */
  weeks: readonly string[];
  kpi: readonly number[];
  /** true in the weeks of the event (a holiday's week, a heavy promotion week) */
  event: readonly boolean[];
  /** weeks that may not serve as comparison (other holidays, other events) */
  excludeFromComparable?: readonly boolean[];
  /** event weeks to leave out (e.g. a promotion week that is also a holiday week) */
  excludeFromEvent?: readonly boolean[];
  /** comparable weeks lie within this many weeks of an event week (same season, same year) */
  windowWeeks?: number;
  level?: number;
};

export type EventWeekEffect = {
  eventWeeks: number;
  comparableWeeks: number;
  meanEvent: number;
  meanComparable: number;
  diff: number;
  /** diff / meanComparable (NaN when the comparable mean is 0) */
  relative: number;
  /** Welch interval; null with fewer than 2 weeks on either side */
  interval: Pick<WelchDifference, "low" | "high" | "df" | "se" | "level"> | null;
};

/**
 * KPI in event weeks against comparable weeks: the non-event, non-excluded weeks within ±windowWeeks of any event
 * week. Taking the comparison from around each occurrence holds the season and the trend roughly fixed, so the
 * difference is not just "December is busy". The interval is Welch's (unequal variances), because event weeks
 * usually vary more than ordinary ones.
 * @throws {Error} when the arrays differ in length or the window is not a positive integer.
 * @example eventWeekEffect({ weeks, kpi, event: isBlackFridayWeek, excludeFromComparable: isAnyHoliday }).diff
 */
export function eventWeekEffect(input: EventWeekInput): EventWeekEffect {
  const { weeks, kpi, event } = input;
  const window = input.windowWeeks ?? 4;
  const n = weeks.length;
  if (kpi.length !== n || event.length !== n) throw new Error("eventWeekEffect: weeks, kpi and event differ in length");
  if (input.excludeFromComparable && input.excludeFromComparable.length !== n) throw new Error("eventWeekEffect: excludeFromComparable differs in length");
  if (input.excludeFromEvent && input.excludeFromEvent.length !== n) throw new Error("eventWeekEffect: excludeFromEvent differs in length");
  if (!(Number.isInteger(window) && window > 0)) throw new Error(`eventWeekEffect: windowWeeks must be a positive integer, got ${window}`);
  const days = weeks.map(dayNumber);
  const eventIdx: number[] = [];
  for (let i = 0; i < n; i++) if (event[i] && !input.excludeFromEvent?.[i] && Number.isFinite(kpi[i])) eventIdx.push(i);
  const eventDays = eventIdx.map((i) => days[i]);
  const a = eventIdx.map((i) => kpi[i]);
  const b: number[] = [];
  for (let j = 0; j < n; j++) {
    if (event[j] || input.excludeFromComparable?.[j] || !Number.isFinite(kpi[j])) continue;
    if (eventDays.some((d) => Math.abs(d - days[j]) <= 7 * window)) b.push(kpi[j]);
  }
  const mean = (xs: number[]) => (xs.length ? xs.reduce((s, v) => s + v, 0) / xs.length : Number.NaN);
  const meanEvent = mean(a);
  const meanComparable = mean(b);
  const diff = meanEvent - meanComparable;
  let interval: EventWeekEffect["interval"] = null;
  if (a.length >= 2 && b.length >= 2) {
    const w = welchDifference(a, b, input.level ?? 0.95);
    interval = { low: w.low, high: w.high, df: w.df, se: w.se, level: w.level };
  }
  return {
    eventWeeks: a.length,
    comparableWeeks: b.length,
    meanEvent,
    meanComparable,
    diff,
    relative: meanComparable !== 0 ? diff / meanComparable : Number.NaN,
    interval,
  };
}

/**
 * Which weeks count as "promotion weeks". When promotions are occasional (running in under 80 % of weeks), any week
 * with one running; when they run nearly always, as in most retail data, the busiest quarter of weeks (at or above
 * the 75th percentile of promotions running) — otherwise there would be no promotion-free weeks to compare with.
 * @example promotionWeekFlags([0, 0, 2, 0]) // { flags: [false, false, true, false], rule: "any" }
 */
export function promotionWeekFlags(active: readonly number[]): { flags: boolean[]; rule: "any" | "busiest-quarter"; threshold: number } {
  const share = active.filter((v) => v > 0).length / Math.max(1, active.length);
  if (share < 0.8) return { flags: active.map((v) => v > 0), rule: "any", threshold: 1 };
  const sorted = [...active].sort((x, y) => x - y);
  // R type 7 quantile, as elsewhere in the app.
  const h = (sorted.length - 1) * 0.75;
  const lo = Math.floor(h);
  const threshold = lo + 1 < sorted.length ? sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]) : sorted[lo];
  return { flags: active.map((v) => v >= threshold), rule: "busiest-quarter", threshold };
}
