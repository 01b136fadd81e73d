"use server";

import { scenarioRefSchema } from "../planner/scenario-schema";
import { deleteScenario as removeScenario } from "../data/writes/scenario-store";
import { defineAction } from "./define-action";
import { scenarioActionError } from "./scenario-action-error";

export const deleteScenario = defineAction(
  {
    role: "planner",
    read: (input: { id: number }) => input,
    schema: scenarioRefSchema,
    invalid: "Unknown scenario",
    onError: scenarioActionError,
    failure: "Could not delete the scenario",
    audit: (input) => ({ action: "delete_scenario", target: `scenario ${input.id}` }),
    revalidate: "/scenarios",
  },
  async function deleteScenario(input) {
    return { ok: true, data: await removeScenario(input.id) };
  },
);
