"use server";

import { revalidatePath } from "next/cache";
import { scenarioRefSchema, type ScenarioView } from "../data/scenario-schema";
import { duplicateScenario as copyScenario } from "../data/scenario-store";
import type { ActionResult } from "./action-result";
import { scenarioActionError } from "./scenario-action-error";

export async function duplicateScenario(input: { id: number }): Promise<ActionResult<ScenarioView>> {
  const parsed = scenarioRefSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "Unknown scenario" };
  let scenario: ScenarioView;
  try {
    scenario = await copyScenario(parsed.data.id);
  } catch (error) {
    return scenarioActionError(error, "Could not duplicate the scenario");
  }
  revalidatePath("/scenarios");
  return { ok: true, data: scenario };
}
