"use server";

import { fetchActiveDataset } from "../data/reads/datasets";
import { createScenarioSchema, type CreateScenarioInput } from "../planner/scenario-schema";
import { insertScenario } from "../data/writes/scenario-store";
import { defineAction } from "./define-action";
import { scenarioActionError } from "./scenario-action-error";

/** Saves a Planner plan as a named scenario of the active dataset. */
export const createScenario = defineAction(
  {
    role: "planner",
    read: (input: CreateScenarioInput) => input,
    schema: createScenarioSchema,
    invalid: (e) => e.issues[0]?.message ?? "Invalid scenario",
    onError: scenarioActionError,
    failure: "Could not save the scenario",
    revalidate: "/scenarios",
  },
  async function createScenario(input, { user, audit }) {
    const dataset = await fetchActiveDataset();
    if (!dataset) return { ok: false, error: "There is no dataset to save a scenario for." };
    const scenario = await insertScenario(dataset.id, { ...input, author: user.name || user.email });
    await audit(user.email, { action: "create_scenario", target: scenario.name, details: { id: scenario.id } });
    return { ok: true, data: scenario };
  },
);
