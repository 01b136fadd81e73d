import "server-only";
import { replyToResponse, type ApiReply, type HeaderReader } from "../api/api-reply";
import { changeFeedConnected } from "../db/change-feed";
import { prisma } from "../db/client";
import { memo } from "../data/memo";
import { hasRole } from "./roles";
import { findSessionUser, SESSION_COOKIE, type SessionUser } from "./session";
import { API_TOKEN_PREFIX, hashSecret } from "./tokens";

/**
 * Authenticates a REST request: `Authorization: Bearer mxc_…` (an API token; scope "read" or "write") or the
 * browser session cookie. Reads need a viewer, writes a planner (or a write token). Cookie-authenticated writes
 * must come from this site (Origin matches Host) — tokens are not sent automatically by browsers, so they are not
 * exposed to cross-site request forgery, but cookies are.
 */
export type ApiCaller = { user: SessionUser; via: "token" | "session" };

const lastUsedWrites = new Map<number, number>();

export async function authenticateRequest(request: Request, need: "read" | "write"): Promise<ApiCaller | Response> {
  const result = await authenticateHeaders(request.headers, need);
  return "status" in result ? replyToResponse(result) : result;
}

/** authenticateRequest on headers alone, answering a refusal as an ApiReply (the scoring API's direct route uses it). */
export async function authenticateHeaders(headers: HeaderReader, need: "read" | "write"): Promise<ApiCaller | ApiReply> {
  const auth = headers.get("authorization");
  if (auth?.startsWith("Bearer ")) {
    const secret = auth.slice(7).trim();
    if (!secret.startsWith(API_TOKEN_PREFIX)) return unauthorized("Malformed API token");
    // Memoized like sessions: any token or user change reaches every process through the change feed, which forgets
    // cached tokens at once; without a feed an entry lives 5 s at most.
    const token = await memo(`token:${hashSecret(secret)}`, changeFeedConnected() ? 10 * 60_000 : 5000, () =>
      prisma().apiToken.findUnique({ where: { tokenHash: hashSecret(secret) }, include: { user: true } }),
    );
    if (!token || token.revokedAt || token.user.disabled) return unauthorized("Unknown or revoked API token");
    if (token.expiresAt.getTime() <= Date.now())
      return unauthorized(`This API token expired on ${token.expiresAt.toISOString().slice(0, 10)}; ask an admin for a new one`);
    // A token acts for its owner: it never holds more than the owner's role holds today (a write token of a user
    // since demoted to viewer can only read).
    if (!hasRole(token.user.role, "viewer")) return forbidden("The owner of this API token has no role that may read");
    if (need === "write" && token.scope !== "write") return forbidden("This API token is read-only");
    if (need === "write" && !hasRole(token.user.role, "planner")) return forbidden(`This needs the planner role; the token's owner is a ${token.user.role}`);
    // "Last used" is kept to the minute, written at most once a minute per token and process. The memoized token
    // keeps the lastUsedAt it was read with, so the check cannot use it: it would write on every request.
    const now = Date.now();
    const seen = Math.max(token.lastUsedAt?.getTime() ?? 0, lastUsedWrites.get(token.id) ?? 0);
    if (now - seen > 60_000) {
      lastUsedWrites.set(token.id, now);
      if (lastUsedWrites.size > 10_000) lastUsedWrites.delete(lastUsedWrites.keys().next().value as number);
      await prisma().apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date(now) } });
    }
    const { id, email, name, role } = token.user;
    return { user: { id, email, name, role }, via: "token" };
  }
  const cookie = parseCookie(headers.get("cookie") ?? "", SESSION_COOKIE);
  const user = await findSessionUser(cookie);
  if (!user) return unauthorized("Sign in, or send an API token as `Authorization: Bearer mxc_…`");
  if (need === "write") {
    if (!sameOrigin(headers)) return forbidden("Cross-site request refused");
    if (!hasRole(user.role, "planner")) return forbidden(`This needs the planner role; you are a ${user.role}`);
  }
  return { user, via: "session" };
}

export function parseCookie(header: string, name: string): string | undefined {
  for (const part of header.split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k !== name) continue;
    try {
      return decodeURIComponent(v.join("="));
    } catch {
      // Not valid percent-encoding (say "%E0%A4%A"): no session token looks like that, so the cookie is absent.
      return undefined;
    }
  }
  return undefined;
}

function sameOrigin(headers: HeaderReader): boolean {
  const origin = headers.get("origin");
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

const unauthorized = (error: string): ApiReply => ({ status: 401, body: { error }, headers: { "WWW-Authenticate": 'Bearer realm="mixcast"' } });
const forbidden = (error: string): ApiReply => ({ status: 403, body: { error } });
