import { isoWeek, MONTH_LABELS, weekMonth } from "./iso-calendar";

/** One period of the seasonal profile: the average KPI over the years that have it, and the spread across years. */
export type SeasonalPoint = {
  /** ISO week 1–53, or month 1–12 */
  period: number;
  label: string;
  /** mean over years of each year's value */
  mean: number;
  /** lowest and highest year */
  min: number;
  max: number;
  /** sample standard deviation across years (NaN with one year) */
  sd: number;
  years: number;
  /** each year's value: the KPI of that week, or the mean weekly KPI of that month */
  byYear: Record<string, number>;
};

export type SeasonalProfile = { byWeek: SeasonalPoint[]; byMonth: SeasonalPoint[]; years: number[] };

function summarise(period: number, label: string, byYear: Map<number, number>): SeasonalPoint {
  const values = [...byYear.values()];
  const n = values.length;
  const mean = values.reduce((s, v) => s + v, 0) / n;
  const sd = n > 1 ? Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1)) : Number.NaN;
  return {
    period,
    label,
    mean,
    min: Math.min(...values),
    max: Math.max(...values),
    sd,
    years: n,
    byYear: Object.fromEntries([...byYear].sort((a, b) => a[0] - b[0]).map(([y, v]) => [String(y), v])),
  };
}

/**
 * Average weekly KPI by ISO week of year and by calendar month, with the spread across years. A week-of-year value
 * for a year is that week's KPI; a month's value for a year is the mean of its weeks (weeks belong to the month of
 * their Thursday), so months with 4 and 5 weeks compare fairly. Partial years contribute the periods they have.
 * @param weeks ISO Mondays; @param kpi the KPI per week (same length; non-finite values are skipped).
 * @throws {Error} when the arrays differ in length.
 * @example seasonalProfile(weeks, revenue).byMonth[11].mean // mean weekly revenue in December
 */
export function seasonalProfile(weeks: readonly string[], kpi: readonly number[]): SeasonalProfile {
  if (weeks.length !== kpi.length) throw new Error("seasonalProfile: weeks and kpi differ in length");
  const week = new Map<number, Map<number, number>>();
  const monthSums = new Map<number, Map<number, { sum: number; n: number }>>();
  const years = new Set<number>();
  weeks.forEach((w, i) => {
    const v = kpi[i];
    if (!Number.isFinite(v)) return;
    const iw = isoWeek(w);
    years.add(iw.year);
    if (!week.has(iw.week)) week.set(iw.week, new Map());
    week.get(iw.week)!.set(iw.year, v);
    const m = weekMonth(w);
    if (!monthSums.has(m.month)) monthSums.set(m.month, new Map());
    const cell = monthSums.get(m.month)!.get(m.year) ?? { sum: 0, n: 0 };
    cell.sum += v;
    cell.n += 1;
    monthSums.get(m.month)!.set(m.year, cell);
  });
  const byWeek = [...week.entries()].sort((a, b) => a[0] - b[0]).map(([p, byYear]) => summarise(p, `W${p}`, byYear));
  const byMonth = [...monthSums.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([p, byYear]) => summarise(p, MONTH_LABELS[p - 1], new Map([...byYear].map(([y, c]) => [y, c.sum / c.n]))));
  return { byWeek, byMonth, years: [...years].sort((a, b) => a - b) };
}
