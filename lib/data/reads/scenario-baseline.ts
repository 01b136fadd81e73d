import "server-only";
import type { ScenarioPredicted } from "../../planner/scenario-schema";
import { fetchPlannerInputs, type PlannerRun } from "./planner-inputs";
import { scenarioPredicted } from "../../planner/scenario-predicted";

export type BaselineScenario = { allocation: Record<string, number>; totalBudget: number; predicted: ScenarioPredicted; run: PlannerRun };

/** Horizon of the baseline pseudo-scenario's weekly path (one quarter, the Planner's default). */
const BASELINE_HORIZON_WEEKS = 13;

/**
 * "Current allocation (baseline)": the last 13 weeks' mean weekly spend, predicted by the champion
 * mix model with the default (unit-economics) margin. Null until a champion mix model exists.
 */
export async function fetchBaselineScenario(datasetId: number): Promise<BaselineScenario | null> {
  const planner = await fetchPlannerInputs(datasetId);
  if (planner.status !== "ready") return null;
  const { model, baseline, defaultMargin, revenuePerActivation, run } = planner.inputs;
  const predicted = scenarioPredicted(model, baseline, baseline, { margin: defaultMargin, revenuePerActivation, horizonWeeks: BASELINE_HORIZON_WEEKS });
  return { allocation: baseline, totalBudget: predicted.spend, predicted, run };
}
