"use server";

import { z } from "zod";
import { fetchActiveDataset } from "../data/reads/datasets";
import { fetchScenarioPlan } from "../data/reads/forecast-scenario";
import { fetchSharedForecastPlan, saveSharedForecastPlan } from "../data/writes/forecast-shared-plan";
import { scenarioIdSchema } from "../planner/scenario-schema";
import { enqueueFit } from "../jobs/enqueue-fit";
import { defineAction } from "./define-action";

/** `scenarioId: null` puts the shared forecast back on the current mix. */
const setSharedPlanSchema = z.object({ scenarioId: scenarioIdSchema.nullable() });

/**
 * Replaces the plan the SHARED forecast (the champion everyone sees, and its drop alerts) assumes: a saved scenario, or
 * the current mix again. The one way to do it — looking at a forecast under a scenario never does — so it is
 * explicit (a planner or admin confirms it), audited (who, which scenario, which plan it replaced) and visible: it
 * stores the choice (refits keep it) and queues a forecast fit whose progress the page follows.
 */
export const setSharedForecastPlan = defineAction(
  {
    role: "planner",
    read: (input: { scenarioId: number | null }) => input,
    schema: setSharedPlanSchema,
    invalid: "Pick a saved scenario (or the current mix).",
    failure: "The shared forecast could not be changed. Try again.",
    revalidate: "/forecasts",
  },
  async function setSharedForecastPlan({ scenarioId }, { user, audit }) {
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
    await saveSharedForecastPlan(
      dataset.id,
      scenarioId === null ? null : { scenarioId, scenarioName: name!, setBy: user.email, setAt: new Date().toISOString() },
    );
    const { runId } = await enqueueFit({
      kind: "forecast",
      datasetId: dataset.id,
      createdBy: user.email,
      params: { trigger: scenarioId === null ? "shared plan: current mix" : `shared plan: scenario #${scenarioId}` },
    });
    // Audited from here rather than by the wrapper: the row names the plan it replaced, which only this body knows.
    await audit(user.email, {
      action: "forecast_shared_plan",
      target: scenarioId === null ? "current mix" : `scenario ${scenarioId}`,
      details: { scenarioName: name, previous: previous ? { scenarioId: previous.scenarioId, scenarioName: previous.scenarioName } : "current mix", runId },
    });
    return { ok: true, data: { runId, scenarioId } };
  },
);
