import "server-only";
import { createHash } from "node:crypto";
import { prisma } from "../db/client";

/**
 * Sign-in throttling, counted in PostgreSQL so it holds across web processes.
 *
 * Every attempt first reserves itself — one INSERT … ON CONFLICT DO UPDATE … RETURNING per key, atomic in the
 * database — and only a reservation under the limit goes on to check the password. Checking a count and recording a
 * failure in two steps (as before) let 40 parallel guesses all pass the check.
 *
 * Keys and rules (15-minute windows, the previous window weighted by how much of it still overlaps the last 15
 * minutes, so a burst across a window boundary still counts):
 * - email × client: 5 attempts, then this client is refused for this account (429);
 * - client: 20 attempts over all emails, then this client is refused (stops password spraying);
 * - email over all clients: never a refusal — that would let anyone lock a user out from anywhere — but a growing
 *   delay before the password is checked (0.25 s doubling per attempt beyond 5, at most 8 s).
 * A successful sign-in clears its email × client counter and gives back its own attempt on the others.
 */
export const WINDOW_MS = 15 * 60 * 1000;
export const MAX_PER_ACCOUNT_AND_CLIENT = 5;
export const MAX_PER_CLIENT = 20;
const FREE_PER_ACCOUNT = 5;
const BASE_DELAY_MS = 250;
const MAX_DELAY_MS = 8000;

export type AttemptReservation = { allowed: false } | { allowed: true; delayMs: number };

const digest = (s: string) => createHash("sha256").update(s).digest("base64url").slice(0, 32);

function keysFor(email: string, client: string) {
  const e = digest(email.toLowerCase());
  const c = client.slice(0, 64);
  return { pair: `pair:${e}:${c}`, client: `client:${c}`, account: `email:${e}` };
}

/** The delay before checking the password for an account that has seen `attempts` tries in the last window. */
export function accountDelayMs(attempts: number): number {
  if (attempts <= FREE_PER_ACCOUNT) return 0;
  return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (attempts - FREE_PER_ACCOUNT - 1));
}

/** Attempts in the sliding window: this window's count plus the overlapping share of the previous window's. */
export function slidingCount(current: number, previous: number, elapsedInWindow: number): number {
  return current + previous * Math.max(0, 1 - elapsedInWindow / WINDOW_MS);
}

export async function reserveSignInAttempt(email: string, client: string, now = Date.now()): Promise<AttemptReservation> {
  const windowStart = new Date(Math.floor(now / WINDOW_MS) * WINDOW_MS);
  const previousStart = new Date(windowStart.getTime() - WINDOW_MS);
  const keys = keysFor(email, client);
  const all = [keys.pair, keys.client, keys.account];
  const db = prisma();
  const current = await db.$queryRaw<{ key: string; attempts: number }[]>`
    INSERT INTO "login_throttle" ("key", "windowStart", "attempts")
    SELECT k, ${windowStart}, 1 FROM unnest(${all}::text[]) AS k
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "attempts" = "login_throttle"."attempts" + 1
    RETURNING "key", "attempts"`;
  const previous = await db.loginThrottle.findMany({ where: { windowStart: previousStart, key: { in: all } } });
  const elapsed = now - windowStart.getTime();
  const count = (key: string) => slidingCount(current.find((r) => r.key === key)?.attempts ?? 0, previous.find((r) => r.key === key)?.attempts ?? 0, elapsed);
  if (Math.random() < 0.02) await db.loginThrottle.deleteMany({ where: { windowStart: { lt: previousStart } } }).catch(() => {});
  if (count(keys.pair) > MAX_PER_ACCOUNT_AND_CLIENT || count(keys.client) > MAX_PER_CLIENT) return { allowed: false };
  return { allowed: true, delayMs: accountDelayMs(Math.floor(count(keys.account))) };
}

export async function clearSignInAttempts(email: string, client: string, now = Date.now()) {
  const windowStart = new Date(Math.floor(now / WINDOW_MS) * WINDOW_MS);
  const keys = keysFor(email, client);
  const db = prisma();
  await db.loginThrottle.deleteMany({ where: { key: keys.pair } });
  await db.loginThrottle.updateMany({
    where: { key: { in: [keys.client, keys.account] }, windowStart, attempts: { gt: 0 } },
    data: { attempts: { decrement: 1 } },
  });
}
