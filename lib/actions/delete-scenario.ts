"use server";

import { revalidatePath } from "next/cache";
import { scenarioRefSchema } from "../data/scenario-schema";
import { deleteScenario as removeScenario } from "../data/scenario-store";
import type { ActionResult } from "./action-result";
import { scenarioActionError } from "./scenario-action-error";

export async function deleteScenario(input: { id: number }): Promise<ActionResult<{ deleted: boolean }>> {
  const parsed = scenarioRefSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "Unknown scenario" };
  let result: { deleted: boolean };
  try {
    result = await removeScenario(parsed.data.id);
  } catch (error) {
    return scenarioActionError(error, "Could not delete the scenario");
  }
  revalidatePath("/scenarios");
  return { ok: true, data: result };
}
