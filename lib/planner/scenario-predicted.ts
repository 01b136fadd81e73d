import type { ResponseModel } from "../mmm/types";
import type { ScenarioPredicted, ScenarioView } from "./scenario-schema";
import type { ComparableScenario } from "./compare-scenarios";
import { planOutcome, type PlanOutcomeOptions } from "./plan-outcome";
import { weeklyOutcomePath } from "./weekly-outcome-path";

/**
 * What a scenario stores as `predicted`: weekly KPIs with the 90 % interval and the weekly path over
 * the horizon, starting from the historical baseline (so carryover ramps show), all from one model.
 */
export function scenarioPredicted(
  model: ResponseModel,
  baseline: Record<string, number>,
  allocation: Record<string, number>,
  options: PlanOutcomeOptions,
): ScenarioPredicted {
  const o = planOutcome(model, allocation, options);
  return {
    spend: o.spend,
    revenue: o.revenue,
    profit: o.profit,
    roi: o.roi,
    activations: o.activations,
    cpa: o.cpa,
    low: o.low,
    high: o.high,
    level: o.level,
    margin: o.margin,
    horizonWeeks: o.horizonWeeks,
    weeklyPath: weeklyOutcomePath(model, baseline, allocation, options.horizonWeeks, options.margin),
  };
}

/** A saved scenario in the shape the comparison reads; null when it has no stored prediction. */
export function comparableFromView(s: Pick<ScenarioView, "id" | "name" | "allocation" | "predicted">): ComparableScenario | null {
  if (!s.predicted) return null;
  const p = s.predicted;
  return {
    key: String(s.id),
    name: s.name,
    allocation: s.allocation,
    kpis: { spend: p.spend, revenue: p.revenue, profit: p.profit, roi: p.roi, activations: p.activations, cpa: p.cpa, low: p.low, high: p.high },
  };
}

export const BASELINE_KEY = "baseline";
export const BASELINE_NAME = "Current allocation (baseline)";

/** The historical allocation as a pseudo-scenario, predicted by the same model as the saved ones. */
export function baselineComparable(predicted: ScenarioPredicted, allocation: Record<string, number>): ComparableScenario {
  const p = predicted;
  return {
    key: BASELINE_KEY,
    name: BASELINE_NAME,
    allocation,
    kpis: { spend: p.spend, revenue: p.revenue, profit: p.profit, roi: p.roi, activations: p.activations, cpa: p.cpa, low: p.low, high: p.high },
  };
}
