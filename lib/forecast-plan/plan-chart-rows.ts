import type { PlanView } from "./plan-view";

/**
 * Rows for a weekly chart of a plan against the current mix: one per forecast week, the plan's line and its 80 % and
 * 95 % bands ([low, high] pairs, which Recharts draws as range areas), the current mix's line and 80 % band, and the
 * totals over the weeks shown (sums of the weekly medians, not a quantile of the sum).
 */
export type PlanChartRow = { week: string; plan: number; plan80: [number, number]; plan95: [number, number]; current: number; current80: [number, number] };

export function planChartRows(
  plan: PlanView,
  current: PlanView,
): { rows: PlanChartRow[]; totals: { plan: number; current: number; baseline: number; planMedia: number; currentMedia: number } } {
  const f = plan.forecast,
    c = current.forecast;
  const n = Math.min(f.yhat.length, c.yhat.length);
  const rows = Array.from({ length: n }, (_, t) => ({
    week: f.dates[t],
    plan: f.yhat[t],
    plan80: [f.lo80[t], f.hi80[t]] as [number, number],
    plan95: [f.lo95[t], f.hi95[t]] as [number, number],
    current: c.yhat[t],
    current80: [c.lo80[t], c.hi80[t]] as [number, number],
  }));
  const total = (xs: number[]) => xs.slice(0, n).reduce((a, b) => a + b, 0);
  return {
    rows,
    totals: {
      plan: total(f.yhat),
      current: total(c.yhat),
      baseline: total(f.yhat) - total(plan.media),
      planMedia: total(plan.media),
      currentMedia: total(current.media),
    },
  };
}
