"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { renameScenarioSchema, type ScenarioView } from "../data/scenario-schema";
import { updateScenario } from "../data/scenario-store";
import type { ActionResult } from "./action-result";
import { scenarioActionError } from "./scenario-action-error";
import { checkRole } from "../auth/current-user";
import { recordAudit } from "../data/audit";

/** Renames a scenario (a versioned update, so it cannot silently overwrite someone else's rename). */
export async function renameScenario(input: { id: number; version: number; name: string }): Promise<ActionResult<ScenarioView>> {
  // Authorization on the server: the UI hiding a button is not a permission check.
  const auth = await checkRole("planner");
  if (!auth.ok) return auth;
  const parsed = renameScenarioSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "Invalid name", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  let scenario: ScenarioView;
  try {
    scenario = await updateScenario(parsed.data);
  } catch (error) {
    return scenarioActionError(error, "Could not rename the scenario");
  }
  await recordAudit(auth.user.email, "rename_scenario", `scenario ${input.id}`);
  revalidatePath("/scenarios");
  return { ok: true, data: scenario };
}
