import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { prisma } from "../db/client";
import { recordAudit } from "../data/writes/audit";
import { clearSignInAttempts, reserveSignInAttempt } from "./login-rate-limit";
import { verifyPassword } from "./password";
import { EMAIL_MAX } from "./schemas";
import { createSession } from "./session";

export type SignInResult = { ok: true; token: string; expiresAt: Date; role: string } | { ok: false; error: string; status: 401 | 429 };

/**
 * Checks email and password and opens a session. The attempt is reserved against the rate limits before the
 * password is looked at (login-rate-limit.ts); the error never says which part was wrong. `client` is the address
 * our server took from the socket (lib/server/request-client.ts).
 */
export async function signIn(rawEmail: string, password: string, client: string): Promise<SignInResult> {
  const email = rawEmail.trim().toLowerCase().slice(0, EMAIL_MAX);
  const reservation = await reserveSignInAttempt(email, client);
  if (!reservation.allowed) {
    return { ok: false, status: 429, error: "Too many failed sign-ins from here. Wait 15 minutes and try again." };
  }
  if (reservation.delayMs > 0) await sleep(reservation.delayMs);
  const user = await prisma().user.findUnique({ where: { email } });
  // Verify against a dummy hash when the user does not exist, so timing does not reveal which emails exist.
  const ok = user && !user.disabled ? await verifyPassword(user.passwordHash, password) : (await verifyPassword(DUMMY_HASH, password), false);
  if (!user || !ok) {
    await recordAudit(`client:${client}`, "login_failed", email);
    return { ok: false, status: 401, error: "Email or password is not right." };
  }
  await clearSignInAttempts(email, client);
  const session = await createSession(user.id);
  await prisma().user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  await recordAudit(user.email, "login", user.email);
  return { ok: true, token: session.token, expiresAt: session.expiresAt, role: user.role };
}

const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$3S2eGj7dGyM4W3fkz6nGQW5KJv3Q7kKqXKQ2lY9b3Hc";
