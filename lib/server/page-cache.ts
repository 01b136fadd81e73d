import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * Rendered-page cache in front of Next.js (used by scripts/serve.ts). Every page shows the same numbers until the data
 * or a champion run changes, yet rendering one costs 20–100 ms of CPU; under 50 concurrent users that queueing is
 * the whole latency. So a full-document GET of a listed page is rendered once per
 *   (user id, role, email, name, data epoch, URL)
 * and replayed until the change feed moves the epoch (an import, a fit, a promotion, a scenario or alert change — see
 * lib/db/change-feed.ts) or the TTL ends. Why this and not Next's `use cache`: Next caches data and segments, but
 * every request still renders the page tree; replaying bytes is ~100× cheaper, and the cache keys are ours to state.
 *
 * What keeps it safe:
 * - The session is verified on every request, before any lookup, with the same check the pages use (`user` hook,
 *   registered by instrumentation.ts from lib/auth/session.ts). No valid session: Next handles the request (and its
 *   proxy redirects). Sign-outs and role changes reach the check through the change feed.
 * - Entries are per user: nothing rendered for one user is ever sent to another.
 * - Each replay gets a fresh CSP nonce: the stored page is split at its nonce and joined with a new one, in the body
 *   and in the Content-Security-Policy header alike.
 * - Only complete 200 text/html responses without Set-Cookie are stored; RSC, prefetch and server-action requests,
 *   and anything while the change feed is down, go straight to Next.
 * Stored uncompressed (the request's Accept-Encoding is dropped on a miss, so the nonce can be replaced); a reverse
 * proxy in front compresses, as it usually does.
 */
export type PageCacheHooks = {
  /** The session cookie's name. */
  cookie: string;
  /** The version of what the page at `pathname` shows (the data epoch, plus the score epoch for pages showing score
   * history), or null when no change feed is running (then nothing is cached). */
  epoch(pathname: string): number | string | null;
  /** The signed-in user behind a session token, or null. */
  user(token: string): Promise<{ id: number; role: string; email: string; name: string } | null>;
};

export type PageCacheOptions = {
  /** Pathnames whose documents may be cached. */
  cacheable(pathname: string): boolean;
  maxBytes?: number;
  ttlMs?: number;
  /** Where the hooks come from: looked up per request (instrumentation registers them after Next starts). */
  hooks(): PageCacheHooks | undefined;
};

type Entry = { status: number; headers: [string, string | string[]][]; parts: Buffer[]; nonce: string | null; bytes: number; expires: number };

const SKIP_HEADERS = new Set(["content-length", "transfer-encoding", "connection", "keep-alive", "date", "content-encoding"]);
const NONCE_IN_CSP = /'nonce-([A-Za-z0-9+/=_-]+)'/;

function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

function splitOn(body: Buffer, marker: string): Buffer[] {
  const needle = Buffer.from(marker);
  const parts: Buffer[] = [];
  let from = 0;
  for (let at = body.indexOf(needle, from); at !== -1; at = body.indexOf(needle, from)) {
    parts.push(body.subarray(from, at));
    from = at + needle.length;
  }
  parts.push(body.subarray(from));
  return parts;
}

export class PageCache {
  private entries = new Map<string, Entry>();
  private pending = new Map<string, Promise<Entry | null>>();
  private bytes = 0;
  private readonly maxBytes: number;
  private readonly ttlMs: number;

  constructor(private readonly options: PageCacheOptions) {
    this.maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
    this.ttlMs = options.ttlMs ?? 5 * 60_000;
  }

  /** The key this request may be served under, or null when it must go to Next. */
  private async keyFor(req: IncomingMessage): Promise<string | null> {
    if (req.method !== "GET" || !req.url) return null;
    const h = req.headers;
    // Client navigations, prefetches and actions carry these: their bodies differ from the document's.
    if (h.rsc || h["next-router-state-tree"] || h["next-router-prefetch"] || h["next-action"] || h.purpose === "prefetch") return null;
    const url = new URL(req.url, "http://local");
    if (url.searchParams.has("_rsc") || !this.options.cacheable(url.pathname)) return null;
    const hooks = this.options.hooks();
    const token = hooks ? readCookie(h.cookie, hooks.cookie) : undefined;
    if (!token || !hooks) return null;
    const epoch = hooks.epoch(url.pathname);
    if (epoch === null) return null;
    const user = await hooks.user(token).catch(() => null);
    if (!user) return null;
    // Everything of the user a page may show is in the key: a rename or a role change is a new entry at once.
    return JSON.stringify([user.id, user.role, user.email, user.name, epoch, `${url.pathname}${url.search}`]);
  }

  /** Serves the request from the cache, or lets `render` (Next) answer it and keeps the result when it may. */
  async handle(req: IncomingMessage, res: ServerResponse, render: () => void | Promise<void>): Promise<void> {
    const key = await this.keyFor(req);
    if (key === null) return void (await render());
    const hit = this.get(key);
    if (hit) return this.send(res, hit, "hit");
    const inFlight = this.pending.get(key);
    if (inFlight) {
      const entry = await inFlight;
      if (entry) return this.send(res, entry, "hit");
      return void (await render());
    }
    delete req.headers["accept-encoding"];
    const captured = this.capture(res);
    this.pending.set(key, captured);
    res.setHeader("X-Mixcast-Page-Cache", "miss");
    try {
      await render();
      const entry = await captured;
      if (entry) this.put(key, entry);
    } finally {
      this.pending.delete(key);
    }
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  private get(key: string): Entry | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (entry.expires <= Date.now()) {
      this.drop(key, entry);
      return null;
    }
    // Least recently used goes first: re-insert on use.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  private put(key: string, entry: Entry) {
    if (entry.bytes > this.maxBytes / 8) return;
    const old = this.entries.get(key);
    if (old) this.drop(key, old);
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    for (const [k, e] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.drop(k, e);
    }
  }

  private drop(key: string, entry: Entry) {
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }

  private send(res: ServerResponse, entry: Entry, state: "hit") {
    const nonce = entry.nonce ? randomBytes(16).toString("base64") : null;
    const body = nonce ? Buffer.concat(entry.parts.flatMap((p, i) => (i === 0 ? [p] : [Buffer.from(nonce), p]))) : entry.parts[0];
    for (const [name, value] of entry.headers) {
      res.setHeader(name, nonce && entry.nonce && typeof value === "string" ? value.split(entry.nonce).join(nonce) : value);
    }
    res.setHeader("Content-Length", body.length);
    res.setHeader("X-Mixcast-Page-Cache", state);
    res.statusCode = entry.status;
    res.end(body);
  }

  /** Records what Next writes, passing everything through unchanged; resolves with an entry when it may be kept. */
  private capture(res: ServerResponse): Promise<Entry | null> {
    const chunks: Buffer[] = [];
    let overflow = false;
    let size = 0;
    const limit = this.maxBytes / 8;
    const keep = (chunk: unknown, encoding?: unknown) => {
      if (overflow || chunk === undefined || chunk === null || typeof chunk === "function") return;
      const b =
        typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array);
      size += b.length;
      if (size > limit) overflow = true;
      else chunks.push(b);
    };
    const write = res.write;
    const end = res.end;
    let headArgHeaders: Record<string, string | string[] | number> | null = null;
    const writeHead = res.writeHead;
    res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
      const obj = args.find((a, i) => i > 0 && a && typeof a === "object" && !Array.isArray(a));
      if (obj) headArgHeaders = obj as Record<string, string | string[] | number>;
      return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
    } as ServerResponse["writeHead"];
    res.write = function (this: ServerResponse, chunk: unknown, encoding?: unknown, cb?: unknown) {
      keep(chunk, encoding);
      return (write as (...a: unknown[]) => boolean).call(this, chunk, encoding, cb);
    } as ServerResponse["write"];
    res.end = function (this: ServerResponse, chunk?: unknown, encoding?: unknown, cb?: unknown) {
      keep(chunk, encoding);
      return (end as (...a: unknown[]) => ServerResponse).call(this, chunk, encoding, cb);
    } as ServerResponse["end"];
    return new Promise((resolve) => {
      res.once("close", () => resolve(null));
      res.once("finish", () => {
        const headers = new Map<string, string | string[]>();
        const add = (name: string, value: string | string[] | number | undefined) => {
          if (value === undefined) return;
          const lower = name.toLowerCase();
          if (!SKIP_HEADERS.has(lower) && lower !== "x-mixcast-page-cache") headers.set(lower, Array.isArray(value) ? value.map(String) : String(value));
        };
        for (const [name, value] of Object.entries(res.getHeaders())) add(name, value as string | string[] | number | undefined);
        if (headArgHeaders) for (const [name, value] of Object.entries(headArgHeaders)) add(name, value);
        const type = String(headers.get("content-type") ?? "");
        const encoded = res.getHeader("content-encoding");
        if (overflow || res.statusCode !== 200 || !type.startsWith("text/html") || headers.has("set-cookie") || encoded) return resolve(null);
        const body = Buffer.concat(chunks);
        const csp = headers.get("content-security-policy");
        const nonce = typeof csp === "string" ? (NONCE_IN_CSP.exec(csp)?.[1] ?? null) : null;
        resolve({
          status: 200,
          headers: [...headers.entries()],
          parts: nonce ? splitOn(body, nonce) : [body],
          nonce,
          bytes: body.length,
          expires: Date.now() + this.ttlMs,
        });
      });
    });
  }
}
