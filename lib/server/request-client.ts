import { randomBytes } from "node:crypto";

/**
 * How the client address travels from our HTTP server (scripts/serve.ts, which sees the socket) to server actions
 * (which see only headers): a header stamped with a per-process secret. Next.js runs in the same process as the
 * server, so both ends reach the secret through globalThis; a request that arrives with its own copy of the header —
 * or an app started some other way — carries no valid stamp and counts as "unknown".
 */
export const CLIENT_HEADER = "x-mixcast-client";
const SECRET = Symbol.for("mixcast.clientHeaderSecret");
type WithSecret = { [SECRET]?: string };

export function stampClientHeader(address: string): string {
  const g = globalThis as WithSecret;
  g[SECRET] ??= randomBytes(18).toString("base64url");
  return `${g[SECRET]} ${address}`;
}

export function readClientHeader(value: string | null | undefined): string {
  const secret = (globalThis as WithSecret)[SECRET];
  if (!secret || !value) return "unknown";
  const space = value.indexOf(" ");
  if (space < 0 || value.slice(0, space) !== secret) return "unknown";
  return value.slice(space + 1).slice(0, 64) || "unknown";
}
