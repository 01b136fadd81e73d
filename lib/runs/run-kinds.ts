import { z } from "zod";

/**
 * The kinds of model run and the states a run goes through: the one list every reader, writer, filter and job uses
 * (the database stores them as text; these say which texts exist). Free of server code, so pages and the browser
 * import it too.
 */
export const RUN_KINDS = ["forecast", "mmm", "promo", "service"] as const;
export const runKindSchema = z.enum(RUN_KINDS);
export type RunKind = z.infer<typeof runKindSchema>;

/** Lifecycle: queued → running → succeeded | failed | cancelled. */
export const RUN_STATUSES = ["queued", "running", "succeeded", "failed", "cancelled"] as const;
export const runStatusSchema = z.enum(RUN_STATUSES);
export type RunStatus = z.infer<typeof runStatusSchema>;

/** A run still doing work (a second fit of the same kind waits for it; progress bars keep polling). */
export const ACTIVE_RUN_STATUSES = ["queued", "running"] as const satisfies readonly RunStatus[];
/** A run that will not change any more. */
export const FINISHED_RUN_STATUSES = ["succeeded", "failed", "cancelled"] as const satisfies readonly RunStatus[];

export function isActiveRunStatus(status: string): boolean {
  return (ACTIVE_RUN_STATUSES as readonly string[]).includes(status);
}

/** Short names for tables and filters. */
export const RUN_KIND_LABELS: Record<RunKind, string> = { forecast: "Forecast", mmm: "Mix model", promo: "Promo", service: "Service" };
