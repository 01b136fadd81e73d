"use server";

import { z } from "zod";
import { cancelFit as cancel } from "../jobs/enqueue-fit";
import type { ActionResult } from "./action-result";

export async function cancelFit(runId: number): Promise<ActionResult<{ status: string }>> {
  const id = z.number().int().positive().safeParse(runId);
  if (!id.success) return { ok: false, error: "Invalid run id" };
  try {
    const r = await cancel(id.data);
    return r.cancelled ? { ok: true, data: { status: r.status } } : { ok: false, error: `The run is already ${r.status}` };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : "Could not cancel" };
  }
}
