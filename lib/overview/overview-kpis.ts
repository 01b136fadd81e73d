import type { WeeklyChannelPoint } from "../data/reads/overview";

/**
 * Headline KPIs over the last `window` weeks against the `window` weeks before them. Pure, so it is unit-tested
 * and reusable by the API.
 */
export type Kpi = { current: number; previous: number | null; change: number | null };
export type OverviewKpis = { revenue: Kpi; spend: Kpi; activations: Kpi; revenuePerSpend: Kpi; weeks: number };

export function computeOverviewKpis(weekly: WeeklyChannelPoint[], window = 52): OverviewKpis {
  const weeks = [...new Set(weekly.map((p) => p.week))].sort();
  const current = new Set(weeks.slice(-window));
  const previous = new Set(weeks.slice(-2 * window, -window));
  const sum = (set: Set<string>, pick: (p: WeeklyChannelPoint) => number) => weekly.filter((p) => set.has(p.week)).reduce((s, p) => s + pick(p), 0);
  const kpi = (pick: (p: WeeklyChannelPoint) => number): Kpi => {
    const c = sum(current, pick);
    const p = previous.size === current.size && previous.size > 0 ? sum(previous, pick) : null;
    return { current: c, previous: p, change: p ? c / p - 1 : null };
  };
  const revenue = kpi((p) => p.revenue);
  const spend = kpi((p) => p.spend);
  const ratio = (a: number | null, b: number | null) => (a !== null && b ? a / b : null);
  const rpsCurrent = ratio(revenue.current, spend.current) ?? 0;
  const rpsPrevious = ratio(revenue.previous, spend.previous);
  return {
    revenue,
    spend,
    activations: kpi((p) => p.activations),
    revenuePerSpend: { current: rpsCurrent, previous: rpsPrevious, change: rpsPrevious ? rpsCurrent / rpsPrevious - 1 : null },
    weeks: current.size,
  };
}
