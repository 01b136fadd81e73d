import "server-only";
import { prisma } from "../db/client";

/**
 * Failed sign-ins are recorded in the audit log; more than MAX_FAILURES for one email or one client address within
 * the window blocks further attempts until the window passes. Counting in the database (not process memory) keeps
 * the limit correct with several web processes.
 */
export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;

export async function isLoginBlocked(email: string, client: string): Promise<boolean> {
  const since = new Date(Date.now() - WINDOW_MS);
  const [byEmail, byClient] = await Promise.all([
    prisma().auditLog.count({ where: { action: "login_failed", target: email.toLowerCase(), createdAt: { gte: since } } }),
    prisma().auditLog.count({ where: { action: "login_failed", actor: `client:${client}`, createdAt: { gte: since } } }),
  ]);
  return byEmail >= MAX_FAILURES || byClient >= MAX_FAILURES * 4;
}

export async function recordLoginFailure(email: string, client: string) {
  await prisma().auditLog.create({ data: { actor: `client:${client}`, action: "login_failed", target: email.toLowerCase() } });
}
