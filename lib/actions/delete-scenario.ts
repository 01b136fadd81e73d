"use server";

import { revalidatePath } from "next/cache";
import { scenarioRefSchema } from "../data/scenario-schema";
import { deleteScenario as removeScenario } from "../data/scenario-store";
import type { ActionResult } from "./action-result";
import { scenarioActionError } from "./scenario-action-error";
import { checkRole } from "../auth/current-user";
import { recordAudit } from "../data/audit";

export async function deleteScenario(input: { id: number }): Promise<ActionResult<{ deleted: boolean }>> {
  // Authorization on the server: the UI hiding a button is not a permission check.
  const auth = await checkRole("planner");
  if (!auth.ok) return auth;
  const parsed = scenarioRefSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "Unknown scenario" };
  let result: { deleted: boolean };
  try {
    result = await removeScenario(parsed.data.id);
  } catch (error) {
    return scenarioActionError(error, "Could not delete the scenario");
  }
  await recordAudit(auth.user.email, "delete_scenario", `scenario ${input.id}`);
  revalidatePath("/scenarios");
  return { ok: true, data: result };
}
