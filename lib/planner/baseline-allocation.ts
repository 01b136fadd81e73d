/** One weekly spend row as stored (per channel × region); `week` is an ISO date (Monday). */
export type WeeklySpendRow = { week: string; channel: string; spend: number };

/**
 * The historical baseline the Planner starts from: mean weekly spend per channel over the last
 * `weeks` weeks of the data (regions summed). Weeks in that window with no row for a channel count
 * as zero spend, so a channel that went dark does not keep its old level.
 * @param channels channels to report (each gets a number, 0 when it never spent).
 * @throws {Error} baselineAllocation: weeks must be a positive integer.
 * @example baselineAllocation(rows, ["search", "tv"], 13) // { search: 1520.4, tv: 4010 }
 */
export function baselineAllocation(rows: WeeklySpendRow[], channels: string[], weeks = 13): Record<string, number> {
  if (!Number.isInteger(weeks) || weeks <= 0) throw new Error(`baselineAllocation: weeks must be a positive integer, got ${weeks}`);
  const allWeeks = [...new Set(rows.map((r) => r.week))].sort();
  const window = new Set(allWeeks.slice(-weeks));
  const sums: Record<string, number> = Object.fromEntries(channels.map((c) => [c, 0]));
  for (const r of rows) {
    if (window.has(r.week) && r.channel in sums) sums[r.channel] += r.spend;
  }
  const n = window.size;
  return Object.fromEntries(channels.map((c) => [c, n > 0 ? sums[c] / n : 0]));
}
