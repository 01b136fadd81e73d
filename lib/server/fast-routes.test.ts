import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NextConfig } from "next";
import { MAX_JSON_BODY_BYTES } from "../api/read-json-body";
import { API_RESPONSE_HEADERS, fastRouteKey, serveFastRoute, type FastRoutes } from "./fast-routes";

describe("fastRouteKey", () => {
  it("is the method and the path, without the query string", () => {
    expect(fastRouteKey("POST", "/api/v1/promos/score?x=1")).toBe("POST /api/v1/promos/score");
    expect(fastRouteKey(undefined, undefined)).toBe("GET /");
  });
});

describe("API_RESPONSE_HEADERS", () => {
  it("are exactly the headers next.config.js gives an /api response, so the direct route adds what Next would", async () => {
    // A JavaScript file without types: imported by a path TypeScript does not resolve, typed here.
    const configPath: string = "../../next.config.js";
    const nextConfig = ((await import(configPath)) as { default: NextConfig }).default;
    const rules = (await nextConfig.headers!()) as { source: string; headers: { key: string; value: string }[] }[];
    const forApi = rules.filter((r) => r.source === "/:path*" || r.source === "/api/:path*").flatMap((r) => r.headers.map((h) => [h.key, h.value]));
    expect(API_RESPONSE_HEADERS).toEqual(forApi);
  });
});

describe("serveFastRoute over a real HTTP server", () => {
  let server: Server;
  let base = "";
  const seen: { auth: string | null; cookie: string | null; body: unknown }[] = [];
  const routes: FastRoutes = {
    "POST /echo": {
      what: "anything",
      handler: async (headers, readBody) => {
        if (headers.get("Authorization") === "Bearer refused")
          return { status: 401, body: { error: "no" }, headers: { "WWW-Authenticate": 'Bearer realm="x"' } };
        const read = await readBody();
        if (!read.ok) return read.reply;
        seen.push({ auth: headers.get("authorization"), cookie: headers.get("cookie"), body: read.body });
        return { status: 201, body: { got: read.body }, headers: { "x-custom": "1" } };
      },
    },
    "POST /own-csp": { what: "x", handler: async () => ({ status: 200, body: {}, headers: { "Content-Security-Policy": "default-src 'self'" } }) },
    "POST /throws": {
      what: "x",
      handler: async () => {
        throw new Error("boom");
      },
    },
  };

  beforeAll(async () => {
    server = createServer((req, res) => {
      serveFastRoute(req, res, routes).then((served) => {
        if (served) return;
        req.resume();
        res.statusCode = 404;
        res.end("next would handle this");
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it("hands the handler the headers and the whole JSON body, and writes status, headers and the JSON reply", async () => {
    const big = { text: "x".repeat(300_000) }; // several chunks on the wire
    const res = await fetch(`${base}/echo?q=1`, {
      method: "POST",
      headers: { authorization: "Bearer mxc_t", cookie: "a=1", "content-type": "application/json" },
      body: JSON.stringify(big),
    });
    expect(res.status).toBe(201);
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(await res.json()).toEqual({ got: big });
    expect(res.headers.get("x-custom")).toBe("1");
    for (const [name, value] of API_RESPONSE_HEADERS) expect(res.headers.get(name)).toBe(value);
    expect(seen.at(-1)).toEqual({ auth: "Bearer mxc_t", cookie: "a=1", body: big });
  });

  it("answers a refusal before reading the body, with the handler's own headers, and the connection stays usable", async () => {
    const res = await fetch(`${base}/echo`, { method: "POST", headers: { authorization: "Bearer refused" }, body: JSON.stringify({ a: 1 }) });
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toBe('Bearer realm="x"');
    expect((await fetch(`${base}/echo`, { method: "POST", body: "[1]" })).status).toBe(201);
  });

  it("answers 400 with the API's shape for a body that is not JSON", async () => {
    const res = await fetch(`${base}/echo`, { method: "POST", body: "{not json" });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: "The body must be JSON: anything.", fieldErrors: { body: ["not valid JSON"] } });
  });

  it("keeps a header the handler set itself", async () => {
    const res = await fetch(`${base}/own-csp`, { method: "POST", body: "{}" });
    expect(res.headers.get("content-security-policy")).toBe("default-src 'self'");
  });

  it("answers 500 with the API's error shape when the handler throws", async () => {
    const res = await fetch(`${base}/throws`, { method: "POST", body: "{}" });
    expect(res.status).toBe(500);
    expect((await res.json()).error).toMatch(/Internal error/);
  });

  it("leaves other paths, chunked bodies and bodies over the limit to Next", async () => {
    expect((await fetch(`${base}/echo`)).status).toBe(404);
    expect((await fetch(`${base}/other`, { method: "POST", body: "{}" })).status).toBe(404);
    const chunked = new ReadableStream({ start: (c) => (c.enqueue(new TextEncoder().encode("{}")), c.close()) });
    expect((await fetch(`${base}/echo`, { method: "POST", body: chunked, duplex: "half" } as RequestInit)).status).toBe(404);
    expect((await fetch(`${base}/echo`, { method: "POST", body: "x".repeat(MAX_JSON_BODY_BYTES + 1) })).status).toBe(404);
  });
});
