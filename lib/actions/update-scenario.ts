"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { updateScenarioSchema, type ScenarioView, type UpdateScenarioInput } from "../data/scenario-schema";
import { updateScenario as writeScenario } from "../data/scenario-store";
import type { ActionResult } from "./action-result";
import { scenarioActionError } from "./scenario-action-error";
import { checkRole } from "../auth/current-user";
import { recordAudit } from "../data/audit";

/** Overwrites a scenario if nobody saved it since `version` was read; otherwise says who won and how to recover. */
export async function updateScenario(input: UpdateScenarioInput): Promise<ActionResult<ScenarioView>> {
  // Authorization on the server: the UI hiding a button is not a permission check.
  const auth = await checkRole("planner");
  if (!auth.ok) return auth;
  const parsed = updateScenarioSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "Invalid scenario", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  let scenario: ScenarioView;
  try {
    scenario = await writeScenario(parsed.data);
  } catch (error) {
    return scenarioActionError(error, "Could not update the scenario");
  }
  await recordAudit(auth.user.email, "update_scenario", `scenario ${input.id}`);
  revalidatePath("/scenarios");
  return { ok: true, data: scenario };
}
