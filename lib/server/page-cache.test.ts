import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PageCache, type PageCacheHooks } from "./page-cache";

// A stand-in for Next's handler: an HTML page that names its user and carries a per-response nonce, as ours do.
const USERS: Record<string, { id: number; role: string; email: string; name: string }> = {
  "tok-a": { id: 1, role: "viewer", email: "a@x.test", name: "A" },
  "tok-b": { id: 2, role: "viewer", email: "b@x.test", name: "B" },
};
let renders = 0;
let epoch: number | null = 1;
let scores = 0; // the score epoch, which only /promos keys on (as instrumentation.ts does)
let renderDelayMs = 0;

async function render(req: IncomingMessage, res: ServerResponse) {
  renders++;
  if (renderDelayMs) await new Promise((r) => setTimeout(r, renderDelayMs));
  const token = /mixcast_session=([^;]+)/.exec(req.headers.cookie ?? "")?.[1] ?? "";
  const user = USERS[token];
  if (!user) {
    res.writeHead(307, { location: "/login" });
    return void res.end();
  }
  if (req.url === "/cookie") res.setHeader("Set-Cookie", "x=1");
  const nonce = Math.random().toString(36).slice(2);
  res.setHeader("Content-Security-Policy", `script-src 'self' 'nonce-${nonce}'`);
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.write(`<html><script nonce="${nonce}">1</script><p>${user.email} render ${renders} of ${req.url}</p>`);
  res.end(`<script nonce="${nonce}">2</script></html>`);
}

const hooks: PageCacheHooks = {
  cookie: "mixcast_session",
  epoch: (pathname) => (epoch === null ? null : pathname === "/promos" ? `${epoch}:${scores}` : epoch),
  user: async (token) => USERS[token] ?? null,
};

let server: Server;
let base: string;
beforeEach(async () => {
  renders = 0;
  epoch = 1;
  scores = 0;
  renderDelayMs = 0;
  const cache = new PageCache({ cacheable: (p) => p !== "/private", hooks: () => hooks });
  server = createServer((req, res) => void cache.handle(req, res, () => render(req, res)));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(() => new Promise<void>((r) => server.close(() => r())));

const get = (path: string, token?: string, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, { redirect: "manual", headers: { ...(token ? { cookie: `mixcast_session=${token}` } : {}), ...headers } });
const nonceOf = (res: Response) => /'nonce-([^']+)'/.exec(res.headers.get("content-security-policy") ?? "")?.[1];

describe("PageCache", () => {
  it("renders a page once per user and data epoch, and replays it with a fresh nonce in body and header", async () => {
    const first = await get("/roi", "tok-a");
    const firstBody = await first.text();
    expect(first.headers.get("x-mixcast-page-cache")).toBe("miss");
    const second = await get("/roi", "tok-a");
    const secondBody = await second.text();
    expect(second.headers.get("x-mixcast-page-cache")).toBe("hit");
    expect(renders).toBe(1);
    const [n1, n2] = [nonceOf(first), nonceOf(second)];
    expect(n1 && n2 && n1 !== n2).toBe(true);
    expect(secondBody).toBe(firstBody.split(n1!).join(n2!));
    expect(secondBody.match(new RegExp(`nonce="${n2!.replace(/[+/=]/g, "\\$&")}"`, "g"))).toHaveLength(2);
    expect(Number(second.headers.get("content-length"))).toBe(Buffer.byteLength(secondBody));
  });

  it("never sends one user's page to another", async () => {
    expect(await (await get("/roi", "tok-a")).text()).toContain("a@x.test");
    const b = await (await get("/roi", "tok-b")).text();
    expect(b).toContain("b@x.test");
    expect(b).not.toContain("a@x.test");
    expect(renders).toBe(2);
  });

  it("a forged, missing or signed-out session never reads the cache: the handler answers (and redirects)", async () => {
    await get("/roi", "tok-a");
    for (const token of ["forged", undefined]) {
      const res = await get("/roi", token);
      expect(res.status).toBe(307);
      expect(await res.text()).toBe("");
    }
    expect(renders).toBe(3);
  });

  it("renders again when the data epoch moves, and caches nothing without a change feed", async () => {
    await get("/roi", "tok-a");
    epoch = 2;
    expect((await get("/roi", "tok-a")).headers.get("x-mixcast-page-cache")).toBe("miss");
    expect(renders).toBe(2);
    epoch = null;
    await get("/roi", "tok-a");
    await get("/roi", "tok-a");
    expect(renders).toBe(4);
  });

  it("keys each page by its own version: a new score retires /promos and leaves other pages replayed", async () => {
    await get("/promos", "tok-a");
    await get("/roi", "tok-a");
    scores++;
    expect((await get("/promos", "tok-a")).headers.get("x-mixcast-page-cache")).toBe("miss");
    expect((await get("/roi", "tok-a")).headers.get("x-mixcast-page-cache")).toBe("hit");
    expect(renders).toBe(3);
  });

  it("passes through what must not be replayed: RSC and prefetch requests, unlisted pages, Set-Cookie, query variants apart", async () => {
    await get("/roi", "tok-a", { rsc: "1" });
    await get("/roi", "tok-a", { rsc: "1" });
    await get("/roi?_rsc=abc", "tok-a");
    await get("/private", "tok-a");
    await get("/private", "tok-a");
    await get("/cookie", "tok-a");
    await get("/cookie", "tok-a");
    expect(renders).toBe(7);
    await get("/roi?x=1", "tok-a");
    await get("/roi?x=2", "tok-a");
    expect(renders).toBe(9);
  });

  it("concurrent first requests share one render", async () => {
    renderDelayMs = 50;
    const bodies = await Promise.all(Array.from({ length: 10 }, () => get("/planner", "tok-a").then((r) => r.text())));
    expect(renders).toBe(1);
    expect(new Set(bodies.map((b) => b.replace(/nonce="[^"]+"/g, ""))).size).toBe(1);
  });
});
