import "server-only";
import { prisma } from "../db/client";
import { forget, memo } from "../data/memo";
import { hashSecret, newSecret } from "./tokens";

/** Server-side sessions: the cookie holds a random token; the session row is keyed by its hash. */
export const SESSION_COOKIE = "mixcast_session";
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

export type SessionUser = { id: number; email: string; name: string; role: string };

export async function createSession(userId: number): Promise<{ token: string; expiresAt: Date }> {
  const token = newSecret();
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  await prisma().session.create({ data: { id: hashSecret(token), userId, expiresAt } });
  return { token, expiresAt };
}

/** The user behind a session token, or null when it is unknown, expired or the user is disabled. */
export async function findSessionUser(token: string | undefined): Promise<SessionUser | null> {
  if (!token) return null;
  // Each page request asks twice (layout, page); a 5 s memo per session keeps that off the database under load.
  // Sign-out and disabling forget the entry at once in this process; other processes see it within 5 s.
  return memo(`session:${hashSecret(token)}`, 5000, () => readSessionUser(token));
}

async function readSessionUser(token: string): Promise<SessionUser | null> {
  const session = await prisma().session.findUnique({ where: { id: hashSecret(token) }, include: { user: true } });
  if (!session || session.expiresAt.getTime() <= Date.now() || session.user.disabled) return null;
  // Sliding expiry: a session used in its second half is extended, so active users are not thrown out mid-task.
  if (session.expiresAt.getTime() - Date.now() < SESSION_TTL_MS / 2) {
    await prisma().session.update({ where: { id: session.id }, data: { expiresAt: new Date(Date.now() + SESSION_TTL_MS) } });
  }
  const { id, email, name, role } = session.user;
  return { id, email, name, role };
}

export async function deleteSession(token: string | undefined) {
  if (!token) return;
  await prisma().session.deleteMany({ where: { id: hashSecret(token) } });
  forget(`session:${hashSecret(token)}`);
}
