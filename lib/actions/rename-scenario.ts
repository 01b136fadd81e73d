"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { renameScenarioSchema, type ScenarioView } from "../data/scenario-schema";
import { updateScenario } from "../data/scenario-store";
import type { ActionResult } from "./action-result";
import { scenarioActionError } from "./scenario-action-error";

/** Renames a scenario (a versioned update, so it cannot silently overwrite someone else's rename). */
export async function renameScenario(input: { id: number; version: number; name: string }): Promise<ActionResult<ScenarioView>> {
  const parsed = renameScenarioSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "Invalid name", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  let scenario: ScenarioView;
  try {
    scenario = await updateScenario(parsed.data);
  } catch (error) {
    return scenarioActionError(error, "Could not rename the scenario");
  }
  revalidatePath("/scenarios");
  return { ok: true, data: scenario };
}
