import { ScenarioError } from "../data/scenario-store";
import type { ActionResult } from "./action-result";

/** Maps a failed scenario write to what the form shows: the person-readable message, pinned to its field. */
export function scenarioActionError(error: unknown, fallback: string): ActionResult<never> {
  if (error instanceof ScenarioError) return { ok: false, error: error.message, ...(error.field ? { fieldErrors: { [error.field]: [error.message] } } : {}) };
  console.error(fallback, error);
  return { ok: false, error: fallback };
}
