/** A response-curve point for a chart: the fitted weekly revenue and its 90 % band as a [low, high] pair. */
export type ResponseCurveRow = { spend: number; kpi: number; band: [number, number] };

/**
 * Chart rows for one channel's response curve (steady-state weekly revenue at a constant weekly spend) and the
 * marker for the current mean weekly spend, read off the same curve by linear interpolation between its points
 * so the dot sits exactly on the drawn line.
 *
 * @example responseCurveRows([{ spend: 0, kpi: 0, low: 0, high: 0 }, { spend: 10, kpi: 20, low: 15, high: 25 }], 5).current // { spend: 5, kpi: 10 }
 */
export function responseCurveRows(
  curve: { spend: number; kpi: number; low: number; high: number }[],
  meanWeeklySpend: number,
): { rows: ResponseCurveRow[]; current: { spend: number; kpi: number } | null } {
  const rows = curve.map((p) => ({ spend: p.spend, kpi: p.kpi, band: [Math.min(p.low, p.high), Math.max(p.low, p.high)] as [number, number] }));
  const i = rows.findIndex((r) => r.spend >= meanWeeklySpend);
  if (!rows.length || i < 0) return { rows, current: null };
  if (i === 0) return { rows, current: { spend: meanWeeklySpend, kpi: rows[0].kpi } };
  const a = rows[i - 1],
    b = rows[i];
  const t = b.spend > a.spend ? (meanWeeklySpend - a.spend) / (b.spend - a.spend) : 0;
  return { rows, current: { spend: meanWeeklySpend, kpi: a.kpi + t * (b.kpi - a.kpi) } };
}
