"use server";

import { revalidatePath } from "next/cache";
import { scenarioRefSchema, type ScenarioView } from "../data/scenario-schema";
import { duplicateScenario as copyScenario } from "../data/scenario-store";
import type { ActionResult } from "./action-result";
import { scenarioActionError } from "./scenario-action-error";
import { checkRole } from "../auth/current-user";
import { recordAudit } from "../data/audit";

export async function duplicateScenario(input: { id: number }): Promise<ActionResult<ScenarioView>> {
  // Authorization on the server: the UI hiding a button is not a permission check.
  const auth = await checkRole("planner");
  if (!auth.ok) return auth;
  const parsed = scenarioRefSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "Unknown scenario" };
  let scenario: ScenarioView;
  try {
    scenario = await copyScenario(parsed.data.id);
  } catch (error) {
    return scenarioActionError(error, "Could not duplicate the scenario");
  }
  await recordAudit(auth.user.email, "duplicate_scenario", `scenario ${input.id}`);
  revalidatePath("/scenarios");
  return { ok: true, data: scenario };
}
