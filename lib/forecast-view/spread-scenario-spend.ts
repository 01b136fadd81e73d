import { cellKey, sum, type ForecastPanel } from "./forecast-panel";

/**
 * Future weekly spend per channel × region cell from a saved scenario's allocation
 * ({ channel: weekly spend, USD }): each channel's amount is split over regions by that
 * channel's share of spend in the last `shareWeeks` weeks (even split when it had none).
 * Channels the scenario leaves out keep their last observed weekly spend, so the plan changes
 * only what it names.
 */
export function spreadScenarioSpend(
  panel: Pick<ForecastPanel, "channels" | "regions" | "spend">,
  allocation: Record<string, number>,
  horizon: number,
  shareWeeks = 52,
): { futureSpend: Record<string, number[]>; planned: string[]; carried: string[] } {
  if (!Number.isInteger(horizon) || horizon < 1) throw new Error(`spreadScenarioSpend: horizon must be a positive integer, got ${horizon}`);
  const bad = Object.entries(allocation).find(([, v]) => !(Number.isFinite(v) && v >= 0));
  if (bad) throw new Error(`spreadScenarioSpend: spend for "${bad[0]}" must be a non-negative number, got ${bad[1]}`);
  const futureSpend: Record<string, number[]> = {};
  const planned: string[] = [];
  const carried: string[] = [];
  for (const c of panel.channels) {
    const recent = panel.regions.map((r) => sum(panel.spend[cellKey(c, r)].slice(-shareWeeks)));
    const total = sum(recent);
    const inPlan = Object.hasOwn(allocation, c);
    (inPlan ? planned : carried).push(c);
    panel.regions.forEach((r, j) => {
      const series = panel.spend[cellKey(c, r)];
      const weekly = inPlan ? allocation[c] * (total > 0 ? recent[j] / total : 1 / panel.regions.length) : (series[series.length - 1] ?? 0);
      futureSpend[cellKey(c, r)] = new Array<number>(horizon).fill(weekly);
    });
  }
  return { futureSpend, planned, carried };
}
