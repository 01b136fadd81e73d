/**
 * Rows for the carryover chart: one row per lag (weeks after the spend), one key per channel holding the share of
 * the spend's effect that lands in that week. Channels with fewer lags get 0 beyond their last one.
 *
 * @example adstockRows({ tv: [0.6, 0.4], search: [1] }) // [{ lag: 0, tv: 0.6, search: 1 }, { lag: 1, tv: 0.4, search: 0 }]
 */
export function adstockRows(weights: Record<string, number[]>): ({ lag: number } & Record<string, number>)[] {
  const lags = Math.max(0, ...Object.values(weights).map((w) => w.length));
  return Array.from({ length: lags }, (_, lag) => {
    const row: { lag: number } & Record<string, number> = { lag };
    for (const [name, w] of Object.entries(weights)) row[name] = w[lag] ?? 0;
    return row;
  });
}
