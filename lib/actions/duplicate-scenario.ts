"use server";

import { scenarioRefSchema } from "../planner/scenario-schema";
import { duplicateScenario as copyScenario } from "../data/writes/scenario-store";
import { defineAction } from "./define-action";
import { scenarioActionError } from "./scenario-action-error";

export const duplicateScenario = defineAction(
  {
    role: "planner",
    read: (input: { id: number }) => input,
    schema: scenarioRefSchema,
    invalid: "Unknown scenario",
    onError: scenarioActionError,
    failure: "Could not duplicate the scenario",
    audit: (input) => ({ action: "duplicate_scenario", target: `scenario ${input.id}` }),
    revalidate: "/scenarios",
  },
  async function duplicateScenario(input) {
    return { ok: true, data: await copyScenario(input.id) };
  },
);
