"use server";

import { z } from "zod";
import { enqueueFit } from "../jobs/enqueue-fit";
import { FIT_KINDS } from "../jobs/queue";
import type { ActionResult } from "./action-result";
import { checkRole } from "../auth/current-user";

const startFitSchema = z.object({ kind: z.enum(FIT_KINDS), params: z.record(z.string(), z.unknown()).default({}) });

/** Queues a fit and returns its run id at once; the page follows progress by polling the run. */
export async function startFit(input: { kind: string; params?: Record<string, unknown> }): Promise<ActionResult<{ runId: number }>> {
  // Authorization on the server: the UI hiding a button is not a permission check.
  const auth = await checkRole("planner");
  if (!auth.ok) return auth;
  const parsed = startFitSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "Unknown model kind", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  try {
    const { runId } = await enqueueFit({ kind: parsed.data.kind, params: parsed.data.params, createdBy: auth.user.email });
    return { ok: true, data: { runId } };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : "Could not queue the fit" };
  }
}
