"use server";

import { updateScenarioSchema, type UpdateScenarioInput } from "../planner/scenario-schema";
import { updateScenario as writeScenario } from "../data/writes/scenario-store";
import { defineAction } from "./define-action";
import { scenarioActionError } from "./scenario-action-error";

/** Overwrites a scenario if nobody saved it since `version` was read; otherwise says who won and how to recover. */
export const updateScenario = defineAction(
  {
    role: "planner",
    read: (input: UpdateScenarioInput) => input,
    schema: updateScenarioSchema,
    invalid: (e) => e.issues[0]?.message ?? "Invalid scenario",
    onError: scenarioActionError,
    failure: "Could not update the scenario",
    audit: (input) => ({ action: "update_scenario", target: `scenario ${input.id}` }),
    revalidate: "/scenarios",
  },
  async function updateScenario(input) {
    return { ok: true, data: await writeScenario(input) };
  },
);
