"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { updateScenarioSchema, type ScenarioView, type UpdateScenarioInput } from "../data/scenario-schema";
import { updateScenario as writeScenario } from "../data/scenario-store";
import type { ActionResult } from "./action-result";
import { scenarioActionError } from "./scenario-action-error";

/** Overwrites a scenario if nobody saved it since `version` was read; otherwise says who won and how to recover. */
export async function updateScenario(input: UpdateScenarioInput): Promise<ActionResult<ScenarioView>> {
  const parsed = updateScenarioSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "Invalid scenario", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  let scenario: ScenarioView;
  try {
    scenario = await writeScenario(parsed.data);
  } catch (error) {
    return scenarioActionError(error, "Could not update the scenario");
  }
  revalidatePath("/scenarios");
  return { ok: true, data: scenario };
}
