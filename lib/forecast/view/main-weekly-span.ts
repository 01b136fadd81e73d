import { WEEK_MS } from "../../math/time-units";

/**
 * The main block of a history's weeks: sorted distinct ISO weeks are split wherever two neighbours are more than
 * `maxGapWeeks` apart, and the segment with the most weeks is kept (ties: the later one). A stray row imported
 * years ahead, or an old fragment, must not stretch the forecast's week axis over years of zeros; short gaps inside
 * the history stay (the panel fills them with zero, as before).
 *
 * @example mainWeeklySpan(["2024-01-01", "2024-01-08", "2030-01-07"]) // { first: "2024-01-01", last: "2024-01-08", dropped: ["2030-01-07"] }
 */
export function mainWeeklySpan(weeks: string[], maxGapWeeks = 8): { first: string; last: string; dropped: string[] } {
  const sorted = [...new Set(weeks)].sort();
  if (sorted.length === 0) throw new Error("mainWeeklySpan: no weeks");
  const segments: string[][] = [[sorted[0]]];
  for (let i = 1; i < sorted.length; i++) {
    const gap = (Date.parse(`${sorted[i]}T00:00:00Z`) - Date.parse(`${sorted[i - 1]}T00:00:00Z`)) / WEEK_MS;
    if (gap > maxGapWeeks) segments.push([]);
    segments[segments.length - 1].push(sorted[i]);
  }
  const main = segments.reduce((best, s) => (s.length >= best.length ? s : best));
  const kept = new Set(main);
  return { first: main[0], last: main[main.length - 1], dropped: sorted.filter((w) => !kept.has(w)) };
}
