import "server-only";
import { changeFeedConnected } from "../db/change-feed";
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
  // Each page request asks three times (proxy, layout, page): memoized. Any change to sessions or users reaches
  // every process through the change feed, which forgets all cached sessions at once (lib/server/web-process.ts);
  // without a feed (a dropped connection) an entry lives 5 s at most. The cached expiry is checked on every use.
  const key = `session:${hashSecret(token)}`;
  let found = await memo(key, changeFeedConnected() ? 10 * 60_000 : 5000, () => readSessionUser(token));
  if (found && found.expiresAt <= Date.now()) {
    // Possibly extended since it was cached (sliding expiry): ask the database once more.
    forget(key);
    found = await memo(key, 5000, () => readSessionUser(token));
  }
  return found && found.expiresAt > Date.now() ? found.user : null;
}

async function readSessionUser(token: string): Promise<{ user: SessionUser; expiresAt: number } | null> {
  const session = await prisma().session.findUnique({ where: { id: hashSecret(token) }, include: { user: true } });
  if (!session || session.expiresAt.getTime() <= Date.now() || session.user.disabled) return null;
  let expiresAt = session.expiresAt.getTime();
  // Sliding expiry: a session used in its second half is extended, so active users are not thrown out mid-task.
  if (expiresAt - Date.now() < SESSION_TTL_MS / 2) {
    expiresAt = Date.now() + SESSION_TTL_MS;
    await prisma().session.update({ where: { id: session.id }, data: { expiresAt: new Date(expiresAt) } });
  }
  const { id, email, name, role } = session.user;
  return { user: { id, email, name, role }, expiresAt };
}

export async function deleteSession(token: string | undefined) {
  if (!token) return;
  await prisma().session.deleteMany({ where: { id: hashSecret(token) } });
  forget(`session:${hashSecret(token)}`);
}
