import { env } from "../env";
import { type PrismaClient, prisma } from "../db/client";
import { logger } from "./logger";

type AlertInput = {
  kind: string;
  severity: "info" | "warning" | "critical";
  title: string;
  message: string;
  runId?: number;
  seriesKey?: string;
  details?: Record<string, unknown>;
};
/** The client or the transaction an alert is written through. */
type AlertWriter = Pick<PrismaClient, "alert">;

/**
 * Stores an alert (shown on Overview and Models) unless the same kind is already open for the same series, in which
 * case the open one is updated. Takes a transaction so a caller can store the alert with the change it reports: a
 * reader then never sees a failed run without its alert, and a crash cannot leave one behind.
 */
export async function storeAlert(db: AlertWriter, input: AlertInput) {
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
  return { alert, created: !open };
}

/** Posts a new alert to the optional webhook. A webhook failure is logged, never fatal: the alert is already stored. */
export function postAlertWebhook(alert: unknown) {
  const webhook = env().MIXCAST_ALERT_WEBHOOK_URL;
  if (!webhook) return;
  fetch(webhook, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ alert }),
    signal: AbortSignal.timeout(5000),
  }).catch((e) => logger.warn("alert webhook failed", { error: String(e) }));
}

/** Stores an alert and posts it to the webhook when it is new. */
export async function raiseAlert(input: AlertInput) {
  const { alert, created } = await storeAlert(prisma(), input);
  if (created) postAlertWebhook(alert);
  return alert;
}
