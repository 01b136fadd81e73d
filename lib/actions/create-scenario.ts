"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { fetchActiveDataset } from "../data/datasets";
import { createScenarioSchema, type CreateScenarioInput, type ScenarioView } from "../data/scenario-schema";
import { insertScenario } from "../data/scenario-store";
import type { ActionResult } from "./action-result";
import { scenarioActionError } from "./scenario-action-error";

/** Saves a Planner plan as a named scenario of the active dataset. */
export async function createScenario(input: CreateScenarioInput): Promise<ActionResult<ScenarioView>> {
  const parsed = createScenarioSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "Invalid scenario", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  let scenario: ScenarioView;
  try {
    const dataset = await fetchActiveDataset();
    if (!dataset) return { ok: false, error: "There is no dataset to save a scenario for." };
    scenario = await insertScenario(dataset.id, parsed.data);
  } catch (error) {
    return scenarioActionError(error, "Could not save the scenario");
  }
  revalidatePath("/scenarios");
  return { ok: true, data: scenario };
}
