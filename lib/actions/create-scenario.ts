"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { fetchActiveDataset } from "../data/datasets";
import { createScenarioSchema, type CreateScenarioInput, type ScenarioView } from "../data/scenario-schema";
import { insertScenario } from "../data/scenario-store";
import type { ActionResult } from "./action-result";
import { scenarioActionError } from "./scenario-action-error";
import { checkRole } from "../auth/current-user";
import { recordAudit } from "../data/audit";

/** Saves a Planner plan as a named scenario of the active dataset. */
export async function createScenario(input: CreateScenarioInput): Promise<ActionResult<ScenarioView>> {
  // Authorization on the server: the UI hiding a button is not a permission check.
  const auth = await checkRole("planner");
  if (!auth.ok) return auth;
  const parsed = createScenarioSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "Invalid scenario", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  let scenario: ScenarioView;
  try {
    const dataset = await fetchActiveDataset();
    if (!dataset) return { ok: false, error: "There is no dataset to save a scenario for." };
    scenario = await insertScenario(dataset.id, { ...parsed.data, author: auth.user.name || auth.user.email });
    await recordAudit(auth.user.email, "create_scenario", scenario.name, { id: scenario.id });
  } catch (error) {
    return scenarioActionError(error, "Could not save the scenario");
  }
  revalidatePath("/scenarios");
  return { ok: true, data: scenario };
}
