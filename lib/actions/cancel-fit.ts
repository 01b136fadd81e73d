"use server";

import { recordIdSchema } from "../data/record-id";
import { cancelFit as cancel } from "../jobs/enqueue-fit";
import type { ActionResult } from "./action-result";
import { checkRole } from "../auth/current-user";

export async function cancelFit(runId: number): Promise<ActionResult<{ status: string }>> {
  // Authorization on the server: the UI hiding a button is not a permission check.
  const auth = await checkRole("planner");
  if (!auth.ok) return auth;
  const id = recordIdSchema.safeParse(runId);
  if (!id.success) return { ok: false, error: "Invalid run id" };
  try {
    const r = await cancel(id.data);
    return r.cancelled ? { ok: true, data: { status: r.status } } : { ok: false, error: `The run is already ${r.status}` };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : "Could not cancel" };
  }
}
