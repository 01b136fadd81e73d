import type { FlightingComparison } from "../optimize";

/**
 * Budgets for the allocation curve as fractions of the model's current spend, chosen so the curve
 * spans 50–200 % of the budget the planner typed (the model's "current" is its fit-window mean,
 * which can differ from the recent baseline the Planner starts from).
 */
export function curveFractionsFor(plannerBudget: number, modelCurrentBudget: number, steps = 31): number[] {
  if (!(plannerBudget > 0) || !(modelCurrentBudget > 0)) return [];
  const scale = plannerBudget / modelCurrentBudget;
  return Array.from({ length: steps }, (_, k) => (0.5 + (1.5 * k) / (steps - 1)) * scale);
}

/** Flighting comparison as chart rows: one per evaluation week with the three strategies' revenue (USD/week). */
export function flightingChartRows(c: FlightingComparison): { week: number; alwaysOn: number; pulsed: number; optimized: number; spendPulsed: number }[] {
  const spendOf = (schedule: Record<string, number[]>, t: number) => Object.values(schedule).reduce((a, s) => a + (s[t] ?? 0), 0);
  return c.alwaysOn.weeklyRevenue.map((_, t) => ({
    week: t + 1,
    alwaysOn: c.alwaysOn.weeklyRevenue[t],
    pulsed: c.pulsed.weeklyRevenue[t],
    optimized: c.optimized.weeklyRevenue[t],
    spendPulsed: spendOf(c.pulsed.schedule, t),
  }));
}

/** Weekly revenue paths of several scenarios as chart rows { week, [key]: revenue }; shorter horizons leave gaps. */
export function weeklyPathRows(items: { key: string; weeklyPath: { week: number; revenue: number }[] }[]): Record<string, number>[] {
  const weeks = Math.max(0, ...items.map((i) => i.weeklyPath.length));
  return Array.from({ length: weeks }, (_, t) => {
    const row: Record<string, number> = { week: t + 1 };
    for (const i of items) if (i.weeklyPath[t]) row[i.key] = i.weeklyPath[t].revenue;
    return row;
  });
}

/** Weekly spend per channel per scenario as grouped-bar rows { channel, [key]: spend }. */
export function allocationBarRows(items: { key: string; allocation: Record<string, number> }[]): Record<string, string | number>[] {
  const channels = [...new Set(items.flatMap((i) => Object.keys(i.allocation)))].sort();
  return channels.map((channel) => {
    const row: Record<string, string | number> = { channel };
    for (const i of items) row[i.key] = i.allocation[channel] ?? 0;
    return row;
  });
}

/**
 * The allocation-curve point closest to a weekly budget, with how much of that optimum the current
 * plan reaches (plan revenue / optimal revenue); null for an empty curve.
 */
export function curvePointAt<P extends { totalBudget: number; revenue: number }>(
  points: P[],
  budget: number,
  planRevenue: number,
): { point: P; shareOfOptimum: number | null } | null {
  if (points.length === 0) return null;
  const point = points.reduce((best, p) => (Math.abs(p.totalBudget - budget) < Math.abs(best.totalBudget - budget) ? p : best));
  return { point, shareOfOptimum: point.revenue > 0 ? planRevenue / point.revenue : null };
}
