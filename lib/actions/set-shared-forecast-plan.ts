"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { recordAudit } from "../data/audit";
import { fetchActiveDataset } from "../data/datasets";
import { fetchScenarioPlan } from "../data/forecast-scenario";
import { fetchSharedForecastPlan, saveSharedForecastPlan } from "../data/forecast-shared-plan";
import { scenarioIdSchema } from "../data/scenario-schema";
import { enqueueFit } from "../jobs/enqueue-fit";
import { logger } from "../monitoring/logger";
import type { ActionResult } from "./action-result";
import { checkRole } from "../auth/current-user";

/** `scenarioId: null` puts the shared forecast back on the current mix. */
const setSharedPlanSchema = z.object({ scenarioId: scenarioIdSchema.nullable() });

/**
 * Replaces the plan the SHARED forecast (the champion everyone sees, and its drop alerts) assumes: a saved scenario, or
 * the current mix again. The one way to do it — looking at a forecast under a scenario never does — so it is
 * explicit (a planner or admin confirms it), audited (who, which scenario, which plan it replaced) and visible: it
 * stores the choice (refits keep it) and queues a forecast fit whose progress the page follows.
 */
export async function setSharedForecastPlan(input: { scenarioId: number | null }): Promise<ActionResult<{ runId: number; scenarioId: number | null }>> {
  // Authorization on the server: the UI disabling a button is not a permission check.
  const auth = await checkRole("planner");
  if (!auth.ok) return auth;
  const parsed = setSharedPlanSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "Pick a saved scenario (or the current mix).", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const { scenarioId } = parsed.data;
  let runId: number;
  try {
    const dataset = await fetchActiveDataset();
    if (!dataset) return { ok: false, error: "No dataset yet: import data first." };
    const previous = await fetchSharedForecastPlan(dataset.id);
    let name: string | null = null;
    if (scenarioId !== null) {
      try {
        name = (await fetchScenarioPlan(dataset.id, scenarioId)).name;
      } catch {
        return { ok: false, error: `Scenario ${scenarioId} does not exist (or has no usable allocation).`, fieldErrors: { scenarioId: ["Unknown scenario"] } };
      }
    }
    await saveSharedForecastPlan(dataset.id, scenarioId === null ? null : { scenarioId, scenarioName: name!, setBy: auth.user.email, setAt: new Date().toISOString() });
    ({ runId } = await enqueueFit({ kind: "forecast", datasetId: dataset.id, createdBy: auth.user.email, params: { trigger: scenarioId === null ? "shared plan: current mix" : `shared plan: scenario #${scenarioId}` } }));
    await recordAudit(auth.user.email, "forecast_shared_plan", scenarioId === null ? "current mix" : `scenario ${scenarioId}`, {
      scenarioName: name,
      previous: previous ? { scenarioId: previous.scenarioId, scenarioName: previous.scenarioName } : "current mix",
      runId,
    });
  } catch (error) {
    logger.error("setting the shared forecast plan failed", { scenarioId, error: String(error) });
    return { ok: false, error: "The shared forecast could not be changed. Try again." };
  }
  revalidatePath("/forecasts");
  return { ok: true, data: { runId, scenarioId } };
}
