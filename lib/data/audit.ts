import "server-only";
import { prisma } from "../db/client";

/** Who changed what: imports, scenarios, model promotions, settings and users (shown to admins on /admin). */
export async function recordAudit(actor: string, action: string, target: string, details: Record<string, unknown> = {}) {
  await prisma().auditLog.create({ data: { actor, action, target: target.slice(0, 300), details: details as object } });
}
