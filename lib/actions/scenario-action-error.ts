import { ScenarioError } from "../data/writes/scenario-store";
import type { ActionResult } from "./action-result";

/** A failed scenario write as the form shows it: the person-readable message, pinned to its field (else undefined). */
export function scenarioActionError(error: unknown): ActionResult<never> | undefined {
  if (error instanceof ScenarioError) return { ok: false, error: error.message, ...(error.field ? { fieldErrors: { [error.field]: [error.message] } } : {}) };
  return undefined;
}
