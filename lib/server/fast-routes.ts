import type { IncomingMessage, ServerResponse } from "node:http";
import type { ApiReply, HeaderReader } from "../api/api-reply";
import { MAX_JSON_BODY_BYTES, parseJsonBytes } from "../api/read-json-body";

/**
 * The scoring API's hot path, served by scripts/serve.ts without Next's request pipeline.
 *
 * Why: scoring one planned promo costs ~0.3–0.6 ms of our own work, but through Next the request cost ~9.6 ms of server
 * CPU (`npm run bench:load`, "server CPU ms/req"): route resolution, request-scoped async storage, and Web
 * Request/Response objects built around Node's (~0.4 ms for those alone) — which capped the API at ~200 req/s on 2
 * cores. The handler is the same function Next's route calls (lib/api/promo-score-endpoint.ts, registered by
 * instrumentation.ts), so authentication, validation, scoring, metrics and the batched history are one code path;
 * only the plumbing is ours: Node headers read in place, the body read once, the reply written as JSON.
 *
 * Left to Next: bodies without a Content-Length (chunked) or larger than the API's limit (its streaming reader
 * refuses those without buffering them), and every other method and path. What Next adds to an API response we add
 * too: the headers next.config.js sets for every route and for /api (a unit test compares the two lists). proxy.ts
 * does not run for /api, so nothing else is skipped.
 */
export type FastRouteHandler = (
  headers: HeaderReader,
  readBody: () => Promise<{ ok: true; body: unknown } | { ok: false; reply: ApiReply }>,
) => Promise<ApiReply>;
/** Keyed "METHOD /path"; `what` names the expected body in the 400 for a body that is not JSON. */
export type FastRoutes = Record<string, { handler: FastRouteHandler; what: string }>;

/** next.config.js's headers for "/:path*" and "/api/:path*", in the same order (checked by fast-routes.test.ts). */
export const API_RESPONSE_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ["X-Frame-Options", "DENY"],
  ["Referrer-Policy", "strict-origin-when-cross-origin"],
  ["X-Content-Type-Options", "nosniff"],
  ["Permissions-Policy", "camera=(), microphone=(), geolocation=()"],
  ["Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"],
];

/** "POST /api/v1/promos/score" for a request, the key a handler is registered under; the query string is ignored. */
export function fastRouteKey(method: string | undefined, url: string | undefined): string {
  const path = (url ?? "/").split("?", 1)[0];
  return `${method ?? "GET"} ${path}`;
}

/** Node's parsed headers as a HeaderReader (names are lower-case there; repeated values joined as Headers does). */
export function nodeHeaderReader(req: IncomingMessage): HeaderReader {
  return {
    get(name: string) {
      const value = req.headers[name.toLowerCase()];
      return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
    },
  };
}

/** Writes a reply as JSON with the API's security headers (a header the reply sets itself wins). */
export function writeReply(reply: ApiReply, res: ServerResponse): void {
  const body = Buffer.from(JSON.stringify(reply.body ?? null));
  const headers: Record<string, string | number> = {};
  for (const [name, value] of API_RESPONSE_HEADERS) headers[name.toLowerCase()] = value;
  for (const [name, value] of Object.entries(reply.headers ?? {})) headers[name.toLowerCase()] = value;
  headers["content-type"] = "application/json";
  headers["content-length"] = body.byteLength;
  res.writeHead(reply.status, headers);
  res.end(body);
}

/**
 * Serves `req` with a registered handler and returns true, or returns false (Next handles it). A handler that throws
 * answers 500 with the API's error shape.
 */
export async function serveFastRoute(req: IncomingMessage, res: ServerResponse, routes: FastRoutes | undefined): Promise<boolean> {
  const route = routes?.[fastRouteKey(req.method, req.url)];
  if (!route) return false;
  const declared = Number(req.headers["content-length"]);
  if (req.headers["transfer-encoding"] !== undefined || !Number.isInteger(declared) || declared < 0 || declared > MAX_JSON_BODY_BYTES) return false;
  const readBody = async () => {
    // Node's parser delivers exactly Content-Length bytes, so this never buffers more than the limit.
    const chunks: Buffer[] = [];
    try {
      for await (const chunk of req) chunks.push(chunk as Buffer);
    } catch {
      return { ok: false as const, reply: { status: 400, body: { error: "The request body could not be read.", fieldErrors: { body: ["unreadable"] } } } };
    }
    return parseJsonBytes(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks), route.what);
  };
  let reply: ApiReply;
  try {
    reply = await route.handler(nodeHeaderReader(req), readBody);
  } catch {
    reply = { status: 500, body: { error: "Internal error; nothing was changed. See the server log." } };
  }
  writeReply(reply, res);
  return true;
}
