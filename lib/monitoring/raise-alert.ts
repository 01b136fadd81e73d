import { env } from "../env";
import { prisma } from "../db/client";
import { logger } from "./logger";

/**
 * Stores an alert (shown on Overview and Models) unless the same kind is already open for the same series, and
 * posts it to the optional webhook. A webhook failure is logged, never fatal: the alert is already stored.
 */
export async function raiseAlert(input: {
  kind: string;
  severity: "info" | "warning" | "critical";
  title: string;
  message: string;
  runId?: number;
  seriesKey?: string;
  details?: Record<string, unknown>;
}) {
  const db = prisma();
  const open = await db.alert.findFirst({
    where: { kind: input.kind, seriesKey: input.seriesKey ?? "", status: { not: "resolved" }, ...(input.kind === "job_failed" ? { runId: input.runId } : {}) },
  });
  const alert = open
    ? await db.alert.update({
        where: { id: open.id },
        data: { message: input.message, details: (input.details ?? {}) as object, runId: input.runId ?? open.runId, severity: input.severity },
      })
    : await db.alert.create({
        data: {
          kind: input.kind,
          severity: input.severity,
          title: input.title,
          message: input.message,
          runId: input.runId,
          seriesKey: input.seriesKey ?? "",
          details: (input.details ?? {}) as object,
        },
      });
  const webhook = env().MIXCAST_ALERT_WEBHOOK_URL;
  if (webhook && !open) {
    fetch(webhook, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ alert }),
      signal: AbortSignal.timeout(5000),
    }).catch((e) => logger.warn("alert webhook failed", { error: String(e) }));
  }
  return alert;
}
