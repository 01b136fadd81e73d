import "server-only";
import { prisma } from "../db/client";
import { isLoginBlocked, recordLoginFailure } from "./login-rate-limit";
import { verifyPassword } from "./password";
import { createSession } from "./session";

export type SignInResult = { ok: true; token: string; expiresAt: Date; role: string } | { ok: false; error: string; status: 401 | 429 };

/** Checks email and password (with rate limiting) and opens a session. The error never says which part was wrong. */
export async function signIn(email: string, password: string, client: string): Promise<SignInResult> {
  const normalized = email.trim().toLowerCase();
  if (await isLoginBlocked(normalized, client)) {
    return { ok: false, status: 429, error: "Too many failed sign-ins. Wait 15 minutes and try again." };
  }
  const user = await prisma().user.findUnique({ where: { email: normalized } });
  // Verify against a dummy hash when the user does not exist, so timing does not reveal which emails exist.
  const ok = user && !user.disabled ? await verifyPassword(user.passwordHash, password) : (await verifyPassword(DUMMY_HASH, password), false);
  if (!user || !ok) {
    await recordLoginFailure(normalized, client);
    return { ok: false, status: 401, error: "Email or password is not right." };
  }
  const session = await createSession(user.id);
  await prisma().user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  await prisma().auditLog.create({ data: { actor: user.email, action: "login", target: user.email } });
  return { ok: true, token: session.token, expiresAt: session.expiresAt, role: user.role };
}

const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$3S2eGj7dGyM4W3fkz6nGQW5KJv3Q7kKqXKQ2lY9b3Hc";
