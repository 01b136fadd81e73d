import "server-only";
import { prisma } from "../../db/client";

export type AlertView = {
  id: number;
  kind: string;
  severity: string;
  title: string;
  message: string;
  status: string;
  seriesKey: string;
  runId: number | null;
  createdAt: string;
};

/** The latest alerts of every status, open ones first (the Models page's alert table). */
export async function fetchRecentAlerts(limit = 50) {
  return prisma().alert.findMany({ orderBy: [{ status: "asc" }, { createdAt: "desc" }], take: limit });
}

export async function fetchOpenAlerts(limit = 50): Promise<AlertView[]> {
  const alerts = await prisma().alert.findMany({ where: { status: { not: "resolved" } }, orderBy: { createdAt: "desc" }, take: limit });
  return alerts.map(toAlertView);
}

/** A stored alert as pages show it (dates as ISO strings). */
export function toAlertView(a: {
  id: number;
  kind: string;
  severity: string;
  title: string;
  message: string;
  status: string;
  seriesKey: string;
  runId: number | null;
  createdAt: Date;
}): AlertView {
  return {
    id: a.id,
    kind: a.kind,
    severity: a.severity,
    title: a.title,
    message: a.message,
    status: a.status,
    seriesKey: a.seriesKey,
    runId: a.runId,
    createdAt: a.createdAt.toISOString(),
  };
}
