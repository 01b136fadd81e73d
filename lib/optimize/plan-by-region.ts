import type { GeoMmmResult } from "../mmm/geo-types";
import { allocateBudget } from "./allocate-budget";
import { keptCurrentMix } from "./plan-risk";
import { REGION_SEPARATOR, regionalResponseModel } from "./regional-response-model";

export type RegionalPlan = {
  budget: number;
  channels: string[];
  regions: { name: string; cells: { channel: string; current: number; planned: number; outsideData: boolean }[] }[];
  gainVsCurrent: { mean: number; low: number; high: number };
  probBeatsCurrent: number | null;
  predictedRevenue: number;
  /**
   * What the safeguard did (absent when it did not apply): kept the current mix scaled to the budget, or moved — by a
   * step toward the optimum and/or `transfers` pairwise transfers between cells (allocateBudget, plan-risk.ts).
   */
  safeguard?: { kept: boolean; transfers: number };
  /** Budget ÷ the cells' summed current spend: the current mix the gain is measured against is "current" × this. */
  currentScale: number;
};

/**
 * The optimized weekly plan by channel × region for a geo model at a total weekly budget, with the national optimizer's
 * defaults (expected value over the draws, each cell inside its data range, unidentified channels held near their
 * current spend, safeguard toward the current mix). "Current" is each region's mean weekly spend in the fit window.
 * @throws when the result is not a geo model
 */
export function planByRegion(result: Pick<GeoMmmResult, "geoModel" | "geos" | "responseModel">, totalBudget: number): RegionalPlan {
  if (!result.geoModel || !result.geos) throw new Error("planByRegion: the mix-model run is not a geo model");
  const identified = Object.fromEntries(result.responseModel.channels.map((c) => [c.name, c.identified !== false]));
  const model = regionalResponseModel(result.geoModel, result.geos, result.responseModel.kpi, result.responseModel.weeks, identified);
  const plan = allocateBudget(model, { totalBudget, objective: "revenue" });
  const outside = new Set(plan.outsideData);
  const current = new Map(model.channels.map((c) => [c.name, c.meanWeeklySpend]));
  const totalCurrent = model.channels.reduce((a, c) => a + c.meanWeeklySpend, 0);
  return {
    budget: totalBudget,
    channels: result.geoModel.channels,
    regions: result.geoModel.regions.map((region) => ({
      name: region,
      cells: result.geoModel.channels.map((channel) => {
        const key = `${channel}${REGION_SEPARATOR}${region}`;
        return { channel, current: current.get(key) ?? 0, planned: plan.allocation[key] ?? 0, outsideData: outside.has(key) };
      }),
    })),
    gainVsCurrent: plan.gainVsCurrent,
    probBeatsCurrent: plan.probBeatsCurrent,
    predictedRevenue: plan.predicted.revenue,
    ...(plan.safeguard ? { safeguard: { kept: keptCurrentMix(plan.safeguard), transfers: plan.safeguard.transfers?.count ?? 0 } } : {}),
    currentScale: totalCurrent > 0 ? totalBudget / totalCurrent : 1,
  };
}
