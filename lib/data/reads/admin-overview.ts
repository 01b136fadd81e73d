import "server-only";
import { prisma } from "../../db/client";

/** What /admin lists: every user, every API token with its owner, and the latest audit rows. */
export async function fetchAdminOverview(auditLimit = 100) {
  const db = prisma();
  const [users, tokens, audit] = await Promise.all([
    db.user.findMany({ orderBy: { createdAt: "asc" } }),
    db.apiToken.findMany({ orderBy: { createdAt: "desc" }, include: { user: { select: { email: true } } } }),
    db.auditLog.findMany({ orderBy: { id: "desc" }, take: auditLimit }),
  ]);
  return { users, tokens, audit };
}
