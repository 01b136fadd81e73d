"use server";

import { z } from "zod";
import { enqueueFit } from "../jobs/enqueue-fit";
import { FIT_KINDS } from "../jobs/queue";
import { defineAction } from "./define-action";

const startFitSchema = z.object({ kind: z.enum(FIT_KINDS), params: z.record(z.string(), z.unknown()).default({}) });

/** Queues a fit and returns its run id at once; the page follows progress by polling the run. */
export const startFit = defineAction(
  {
    role: "planner",
    read: (input: { kind: string; params?: Record<string, unknown> }) => input,
    schema: startFitSchema,
    invalid: "Unknown model kind",
    onError: (error) => ({ ok: false, error: error instanceof Error ? error.message : "Could not queue the fit" }),
  },
  async function startFit(input, { user }) {
    const { runId } = await enqueueFit({ kind: input.kind, params: input.params, createdBy: user.email });
    return { ok: true, data: { runId } };
  },
);
