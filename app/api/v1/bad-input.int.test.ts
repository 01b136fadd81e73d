import type { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { API_TOKEN_PREFIX, hashSecret, newSecret } from "@/lib/auth/tokens";
import { MAX_JSON_BODY_BYTES } from "@/lib/api/read-json-body";
import { GET as getRun } from "./runs/[id]/route";
import { GET as getArtifacts } from "./runs/[id]/artifacts/route";
import { GET as compareCsv } from "./scenarios/compare.csv/route";
import { GET as forecastCsv } from "./scenarios/forecast.csv/route";
import { GET as getForecast } from "./forecasts/route";
import { POST as optimize } from "./optimize/route";
import { POST as scorePromos } from "./promos/score/route";

/** Bad input to the REST API is a 4xx with a specific message, never a 500. Handlers are called as Next calls them. */
describe("REST API on bad input", () => {
  const db = prisma();
  let token = "";
  let datasetId = 0;
  const headers = () => ({ Authorization: `Bearer ${token}` });
  const runRequest = (id: string, init: RequestInit = { headers: headers() }) =>
    [new Request(`http://localhost/api/v1/runs/${id}`, init), { params: Promise.resolve({ id }) }] as const;
  const nextRequest = (url: string) => {
    const request = new Request(url, { headers: headers() }) as NextRequest;
    Object.defineProperty(request, "nextUrl", { value: new URL(url) });
    return request;
  };
  const post = (url: string, body: BodyInit, extra: Record<string, string> = {}) =>
    new Request(url, { method: "POST", headers: { ...headers(), "Content-Type": "application/json", ...extra }, body, duplex: "half" } as RequestInit);

  beforeAll(async () => {
    // A dataset with a version, so the routes get past "no dataset" to the id lookups.
    datasetId = (await db.dataset.create({ data: { name: `bad-input-${Date.now()}` } })).id;
    await db.datasetVersion.create({ data: { datasetId, version: 1, kind: "demand", contentHash: "h", source: "upload", rowCount: 1 } });
    const user = await db.user.create({ data: { email: `bad-input-${Date.now()}@test.mixcast`, role: "planner", passwordHash: "x" } });
    token = newSecret(API_TOKEN_PREFIX);
    await db.apiToken.create({ data: { userId: user.id, name: "bad-input", scope: "write", tokenHash: hashSecret(token) } });
  });
  afterAll(async () => {
    await db.dataset.delete({ where: { id: datasetId } });
  });

  it.each(["2147483648", "99999999999", "0", "abc"])("GET /api/v1/runs/%s answers 404 JSON", async (id) => {
    const res = await getRun(...runRequest(id));
    expect(res.status).toBe(404);
    expect((await res.json()).error).toBe(`Run ${id} not found`);
  });

  it("GET /api/v1/runs/:id answers 404 for an id in range that no run has", async () => {
    const res = await getRun(...runRequest("2147483647"));
    expect(res.status).toBe(404);
  });

  it("GET /api/v1/runs/2147483648/artifacts answers 404 JSON", async () => {
    const res = await getArtifacts(...runRequest("2147483648"));
    expect(res.status).toBe(404);
    expect((await res.json()).error).toMatch(/not found/);
  });

  it("GET /api/v1/scenarios/compare.csv with an id beyond 32 bits answers 404 naming it", async () => {
    const res = await compareCsv(nextRequest("http://localhost/api/v1/scenarios/compare.csv?ids=baseline,99999999999"));
    expect(res.status).toBe(404);
    expect((await res.json()).error).toMatch(/99999999999/);
  });

  it("GET /api/v1/scenarios/forecast.csv: 404 naming an unknown scenario, 400 for a malformed list", async () => {
    const missing = await forecastCsv(nextRequest("http://localhost/api/v1/scenarios/forecast.csv?ids=baseline,99999999999"));
    expect(missing.status).toBe(404);
    expect((await missing.json()).error).toMatch(/Unknown scenario: 99999999999/);
    const bad = await forecastCsv(nextRequest("http://localhost/api/v1/scenarios/forecast.csv?ids=baseline,abc"));
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatch(/ids must be scenario ids/);
  });

  it("GET /api/v1/forecasts?scenario= refuses a scenario id that is not a positive integer (400)", async () => {
    for (const scenario of ["abc", "0", "99999999999"]) {
      const res = await getForecast(nextRequest(`http://localhost/api/v1/forecasts?series=*|*&scenario=${scenario}`));
      expect(res.status).toBe(400);
      expect((await res.json()).fieldErrors).toHaveProperty("scenario");
    }
  });

  it("a session cookie that is not valid percent-encoding answers 401, not 500", async () => {
    const res = await getRun(...runRequest("1", { headers: { Cookie: "mixcast_session=%E0%A4%A" } }));
    expect(res.status).toBe(401);
  });

  it("a JSON body over the size limit answers 413 without being parsed", async () => {
    const big = `{"budget": 1000, "pad": "${"x".repeat(MAX_JSON_BODY_BYTES)}"}`;
    for (const res of [await optimize(post("http://localhost/api/v1/optimize", big)), await scorePromos(post("http://localhost/api/v1/promos/score", big))]) {
      expect(res.status).toBe(413);
      expect((await res.json()).error).toMatch(/larger than/);
    }
  });

  it("a streamed body without Content-Length is cut off at the limit too (413)", async () => {
    const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        if (pulled > 1000)
          controller.close(); // 64 MB if read to the end
        else controller.enqueue(chunk);
      },
    });
    const res = await optimize(post("http://localhost/api/v1/optimize", stream));
    expect(res.status).toBe(413);
    expect(pulled * chunk.length).toBeLessThan(MAX_JSON_BODY_BYTES * 2);
  });

  it("budget 1e309 (Infinity once parsed) answers 400 with 'budget must be a finite number'", async () => {
    const res = await optimize(post("http://localhost/api/v1/optimize", '{"budget": 1e309}'));
    expect(res.status).toBe(400);
    expect((await res.json()).fieldErrors.budget).toEqual(["budget must be a finite number"]);
    const margin = await optimize(post("http://localhost/api/v1/optimize", '{"budget": 1000, "margin": 1e309}'));
    expect((await margin.json()).fieldErrors.margin).toEqual(["margin must be a finite number"]);
  });
});
