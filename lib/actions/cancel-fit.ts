"use server";

import { recordIdSchema } from "../api/record-id";
import { cancelFit as cancel } from "../jobs/enqueue-fit";
import { defineAction } from "./define-action";

export const cancelFit = defineAction(
  {
    role: "planner",
    read: (runId: number) => runId,
    schema: recordIdSchema,
    invalid: "Invalid run id",
    // The queue's own messages ("Run 7 does not exist") are written for people.
    onError: (error) => ({ ok: false, error: error instanceof Error ? error.message : "Could not cancel" }),
  },
  async function cancelFit(runId) {
    const r = await cancel(runId);
    return r.cancelled ? { ok: true, data: { status: r.status } } : { ok: false, error: `The run is already ${r.status}` };
  },
);
