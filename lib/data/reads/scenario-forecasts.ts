import "server-only";
import type { ScenarioView } from "../../planner/scenario-schema";
import { fetchPlanForecastContext } from "./plan-forecast";
import { fetchPlannerInputs } from "./planner-inputs";
import { memo } from "../memo";
import { scenarioForecasts, type ScenarioForecast } from "../../planner/scenario-forecasts";
import { BASELINE_KEY, BASELINE_NAME } from "../../planner/scenario-predicted";

/** Weeks compared on Scenarios: one quarter, the Planner's default horizon. */
export const SCENARIO_FORECAST_WEEKS = 13;

export type ScenarioForecastSet =
  | { status: "ready"; forecastRunId: number; mmmRunId: number; origin: string; weeks: number; forecasts: Record<string, ScenarioForecast> }
  | { status: "unavailable"; reason: string };

/**
 * Weekly total-revenue forecasts for the current allocation and each scenario: the champion forecast's national
 * revenue baseline + the scenario's media under the mix model that forecast was built with (which must be the
 * champion mix model, the one the scenarios' KPIs come from). Cached per forecast run and scenario version.
 */
export async function fetchScenarioForecasts(
  datasetId: number,
  scenarios: Pick<ScenarioView, "id" | "name" | "allocation" | "version">[],
): Promise<ScenarioForecastSet> {
  const [ctx, planner] = await Promise.all([fetchPlanForecastContext(datasetId), fetchPlannerInputs(datasetId)]);
  if (!ctx) return { status: "unavailable", reason: "No forecast run with media from the mix model yet: fit forecasts on the Forecasts page." };
  if (planner.status !== "ready") return { status: "unavailable", reason: "No usable mix model: fit one on Channel ROI." };
  const revenue = ctx.media.national.revenue;
  if (!ctx.model || !revenue || ctx.media.mmmRunId !== planner.inputs.run.id) {
    return {
      status: "unavailable",
      reason: `The champion forecast (run #${ctx.forecastRunId}) was built with mix-model run #${ctx.media.mmmRunId ?? "none"}, not the champion #${planner.inputs.run.id}: refit forecasts to compare weekly totals.`,
    };
  }
  const weeks = Math.min(SCENARIO_FORECAST_WEEKS, revenue.yhat.length);
  const plans = [
    { key: BASELINE_KEY, name: BASELINE_NAME, allocation: planner.inputs.baseline, version: 0 },
    ...scenarios.map((s) => ({ key: String(s.id), name: s.name, allocation: s.allocation, version: s.version })),
  ];
  const forecasts: Record<string, ScenarioForecast> = {};
  for (const p of plans) {
    forecasts[p.key] = await memo(
      `scenario-forecast:${ctx.forecastRunId}:${p.key}:v${p.version}:${JSON.stringify(p.allocation)}`,
      10 * 60_000,
      async () => scenarioForecasts(ctx.model!, ctx.media, revenue, [p], weeks)[0],
    );
  }
  return { status: "ready", forecastRunId: ctx.forecastRunId, mmmRunId: ctx.media.mmmRunId, origin: ctx.meta.origin, weeks, forecasts };
}
