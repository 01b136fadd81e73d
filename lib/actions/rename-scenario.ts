"use server";

import { renameScenarioSchema } from "../planner/scenario-schema";
import { updateScenario } from "../data/writes/scenario-store";
import { defineAction } from "./define-action";
import { scenarioActionError } from "./scenario-action-error";

/** Renames a scenario (a versioned update, so it cannot silently overwrite someone else's rename). */
export const renameScenario = defineAction(
  {
    role: "planner",
    read: (input: { id: number; version: number; name: string }) => input,
    schema: renameScenarioSchema,
    invalid: (e) => e.issues[0]?.message ?? "Invalid name",
    onError: scenarioActionError,
    failure: "Could not rename the scenario",
    audit: (input) => ({ action: "rename_scenario", target: `scenario ${input.id}` }),
    revalidate: "/scenarios",
  },
  async function renameScenario(input) {
    return { ok: true, data: await updateScenario(input) };
  },
);
