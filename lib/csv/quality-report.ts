/**
 * Data-quality checks for weekly series (pure): missing weeks inside a series' span, gaps at the ends relative to
 * the dataset's span, and outliers by a robust z-score (|x − median| / (1.4826·MAD) > threshold; the 1.4826 makes
 * MAD a consistent estimator of σ for normal data, and the median/MAD pair is not dragged by the outliers
 * themselves as mean/SD would be). Zero weeks are not outliers: flighted media has deliberate dark weeks, so
 * zeros are counted separately and the robust statistics use the non-zero weeks.
 */
import { WEEK_MS } from "../math/time-units";
export type SeriesObservation = { series: string; week: string; value: number };

export type QualityIssue =
  | { type: "missing_weeks"; series: string; weeks: string[] }
  | { type: "outlier"; series: string; week: string; value: number; robustZ: number }
  | { type: "short_series"; series: string; first: string; last: string; datasetFirst: string; datasetLast: string }
  | { type: "zero_weeks"; series: string; count: number };

export type QualityReport = {
  series: number;
  weeks: number;
  firstWeek: string | null;
  lastWeek: string | null;
  issues: QualityIssue[];
  summary: { missingWeeks: number; outliers: number; shortSeries: number; zeroWeeks: number };
};

export function weeksBetween(first: string, last: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= Date.parse(`${last}T00:00:00Z`); t += WEEK_MS) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * @param options.span the dataset's weeks (first and last week with demand or spend); without it, the span of these
 *   observations. With it, a domain that stops before the others shows its series as shorter than the dataset.
 */
export function buildQualityReport(
  observations: SeriesObservation[],
  options: { outlierZ?: number; span?: { first: string; last: string } | null } = {},
): QualityReport {
  const threshold = options.outlierZ ?? 5;
  const bySeries = new Map<string, SeriesObservation[]>();
  for (const o of observations) {
    const list = bySeries.get(o.series) ?? [];
    list.push(o);
    bySeries.set(o.series, list);
  }
  const allWeeks = [...new Set(observations.map((o) => o.week))].sort();
  const datasetFirst = options.span?.first ?? allWeeks[0] ?? null;
  const datasetLast = options.span?.last ?? allWeeks.at(-1) ?? null;
  const issues: QualityIssue[] = [];
  for (const [series, list] of [...bySeries.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    list.sort((a, b) => (a.week < b.week ? -1 : 1));
    const first = list[0].week;
    const last = list.at(-1)!.week;
    const present = new Set(list.map((o) => o.week));
    const missing = weeksBetween(first, last).filter((w) => !present.has(w));
    if (missing.length) issues.push({ type: "missing_weeks", series, weeks: missing });
    if (datasetFirst && datasetLast && (first > datasetFirst || last < datasetLast)) {
      issues.push({ type: "short_series", series, first, last, datasetFirst, datasetLast });
    }
    const zeros = list.filter((o) => o.value === 0).length;
    if (zeros > 0) issues.push({ type: "zero_weeks", series, count: zeros });
    const values = list.map((o) => o.value).filter((v) => v !== 0);
    const med = values.length ? median(values) : 0;
    const mad = values.length ? median(values.map((v) => Math.abs(v - med))) * 1.4826 : 0;
    if (mad > 0) {
      for (const o of list) {
        if (o.value === 0) continue;
        const z = (o.value - med) / mad;
        if (Math.abs(z) > threshold) issues.push({ type: "outlier", series, week: o.week, value: o.value, robustZ: z });
      }
    }
  }
  return {
    series: bySeries.size,
    weeks: allWeeks.length,
    firstWeek: datasetFirst,
    lastWeek: datasetLast,
    issues,
    summary: {
      missingWeeks: issues.reduce((s, i) => s + (i.type === "missing_weeks" ? i.weeks.length : 0), 0),
      outliers: issues.filter((i) => i.type === "outlier").length,
      shortSeries: issues.filter((i) => i.type === "short_series").length,
      zeroWeeks: issues.reduce((s, i) => s + (i.type === "zero_weeks" ? i.count : 0), 0),
    },
  };
}
