"use server";

import { z } from "zod";
import { enqueueFit } from "../jobs/enqueue-fit";
import { FIT_KINDS } from "../jobs/queue";
import type { ActionResult } from "./action-result";

const startFitSchema = z.object({ kind: z.enum(FIT_KINDS), params: z.record(z.string(), z.unknown()).default({}) });

/** Queues a fit and returns its run id at once; the page follows progress by polling the run. */
export async function startFit(input: { kind: string; params?: Record<string, unknown> }): Promise<ActionResult<{ runId: number }>> {
  const parsed = startFitSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "Unknown model kind", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  try {
    const { runId } = await enqueueFit({ kind: parsed.data.kind, params: parsed.data.params, createdBy: "web" });
    return { ok: true, data: { runId } };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : "Could not queue the fit" };
  }
}
