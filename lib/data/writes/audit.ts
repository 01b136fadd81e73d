import "server-only";
import { prisma } from "../../db/client";
import { auditEntry } from "./audit-entry";

type AuditWriter = { auditLog: { create: (args: { data: ReturnType<typeof auditEntry> }) => Promise<unknown> } };

/**
 * Who changed what: imports, scenarios, model promotions, sign-ins, users and tokens (shown to admins on /admin).
 * The one way rows reach the audit log, so every field is bounded (audit-entry.ts). Pass a transaction client to
 * write the entry together with the change it records.
 */
export async function recordAudit(actor: string, action: string, target = "", details: Record<string, unknown> = {}, db: AuditWriter = prisma()) {
  await db.auditLog.create({ data: auditEntry(actor, action, target, details) });
}
