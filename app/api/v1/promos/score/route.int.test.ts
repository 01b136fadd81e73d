import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { fetchActiveDataset, fetchDatasetVersion } from "@/lib/data/reads/datasets";
import { seedDemoIfEmpty } from "@/lib/data/writes/seed-demo";
import { runFitJob } from "@/lib/jobs/run-fit-job";
import { runPromoFit } from "@/lib/jobs/fits/promo-fit";
import { API_TOKEN_PREFIX, hashSecret, newSecret } from "@/lib/auth/tokens";
import { POST } from "./route";

// Callers authenticate with API tokens created per test run (stored hashed, as in production).
const tokens: { write: string; read: string } = { write: "", read: "" };
const post = (body: unknown, token: string | null = tokens.write) =>
  POST(
    new Request("http://localhost/api/v1/promos/score", {
      method: "POST",
      headers: { "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );

const promo = {
  promotion_id: "API-1",
  category: "snacks",
  region: "south",
  discount_pct: 20,
  duration_days: 14,
  start_date: "2026-12-01",
  promo_type: "bogo",
  cost: 500,
};

describe("POST /api/v1/promos/score", () => {
  let datasetId = 0;

  beforeAll(async () => {
    await seedDemoIfEmpty();
    datasetId = (await fetchActiveDataset())!.id;
    const user = await prisma().user.create({ data: { email: `api-${Date.now()}@test.mixcast`, role: "planner", passwordHash: "x" } });
    for (const scope of ["write", "read"] as const) {
      tokens[scope] = newSecret(API_TOKEN_PREFIX);
      await prisma().apiToken.create({ data: { userId: user.id, name: scope, scope, tokenHash: hashSecret(tokens[scope]) } });
    }
  });

  it("refuses callers without a token (401) and read-only tokens (403), storing nothing", async () => {
    const before = await prisma().promoScore.count();
    expect((await post(promo, null)).status).toBe(401);
    expect((await post(promo, "mxc_not-a-real-token")).status).toBe(401);
    expect((await post(promo, tokens.read)).status).toBe(403);
    expect(await prisma().promoScore.count()).toBe(before);
  });

  it("answers 409 with a clear message while the active dataset has no promo model", async () => {
    // A newer imported dataset becomes the active one; it has no fitted model yet.
    const other = await prisma().dataset.create({ data: { name: `api-409-${Date.now()}` } });
    await prisma().datasetVersion.create({ data: { datasetId: other.id, version: 1, kind: "promotions", contentHash: "x", source: "upload", rowCount: 1 } });
    try {
      const res = await post(promo);
      expect(res.status).toBe(409);
      expect((await res.json()).error).toMatch(/No promo model has been fitted yet/);
    } finally {
      await prisma().dataset.delete({ where: { id: other.id } });
    }
  });

  describe("with a champion promo model", () => {
    let runId = 0;
    beforeAll(async () => {
      const existing = await prisma().modelRun.findFirst({ where: { datasetId, kind: "promo", isChampion: true, status: "succeeded" } });
      if (existing) {
        runId = existing.id;
        return;
      }
      const run = await prisma().modelRun.create({
        data: { kind: "promo", datasetId, datasetVersion: await fetchDatasetVersion(datasetId), status: "queued" },
      });
      await runFitJob({ runId: run.id, runners: { promo: runPromoFit }, retryLimit: 0 });
      runId = run.id;
    });

    it("scores one promo object and stores it", async () => {
      const before = await prisma().promoScore.count({ where: { source: "api" } });
      const res = await post(promo);
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(body.runId).toBe(runId);
      expect(body.scores).toHaveLength(1);
      const s = body.scores[0];
      expect(s.promotion_id).toBe("API-1");
      expect(s.p_sells).toBeGreaterThan(0);
      expect(s.p_sells).toBeLessThan(1);
      expect(s.uplift).toBeGreaterThan(0);
      expect(["go", "no-go"]).toContain(s.decision);
      expect(s.decision).toBe(s.roi >= 0 && s.p_sells >= 0.3 ? "go" : "no-go");
      expect(s.reasons).toHaveLength(3);
      expect(typeof s.best_discount).toBe("number");
      // API history is written in batches (lib/data/writes/promo-score-log.ts): stored once the batch is flushed.
      const { flushScoreRows } = await import("@/lib/data/writes/promo-score-log");
      await flushScoreRows();
      expect(await prisma().promoScore.count({ where: { source: "api" } })).toBe(before + 1);
    });

    it("scores an array in order", async () => {
      const res = await post([promo, { ...promo, promotion_id: "API-2", discount_pct: 45, region: "east" }, { ...promo, promotion_id: undefined }]);
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(body.scores.map((s: { promotion_id: string | null }) => s.promotion_id)).toEqual(["API-1", "API-2", null]);
      expect(body.scores[0].p_sells).not.toBe(body.scores[1].p_sells);
    });

    it("matches category, region and type case-insensitively: both spellings get the same decision", async () => {
      const res = await post([{ ...promo, category: "Snacks", region: "South", promo_type: "BOGO" }, promo]);
      expect(res.status).toBe(200);
      const [upper, lower] = (await res.json()).scores;
      expect(upper).toEqual(lower);
      const { flushScoreRows } = await import("@/lib/data/writes/promo-score-log");
      await flushScoreRows();
      const stored = await prisma().promoScore.findMany({ where: { source: "api" }, orderBy: { id: "desc" }, take: 2 });
      expect(stored.map((s) => (s.input as { category: string }).category)).toEqual(["snacks", "snacks"]);
      // Every column of the batched insert lands: the same batch, run, answer and reasons as the response.
      expect(stored[0].batchId).toBe(stored[1].batchId);
      expect(stored[0].batchId).toMatch(/^[0-9a-f-]{36}$/);
      for (const row of stored) {
        expect(row).toMatchObject({ source: "api", decision: upper.decision, promotionId: expect.any(String) });
        expect(row.reasons).toHaveLength(3);
        expect(Number.isFinite(row.pSells) && Number.isFinite(row.uplift) && Number.isFinite(row.roi)).toBe(true);
        expect(row.createdBy).toMatch(/@/);
      }
    });

    it.each([
      { name: "non-numeric discount", body: { ...promo, discount_pct: "abc" }, key: "discount_pct", message: /"abc" is not a number/ },
      { name: "missing region", body: { ...promo, region: undefined }, key: "region", message: /Region is required/ },
      {
        name: "unknown category",
        body: { ...promo, category: "unicorns" },
        key: "category",
        message: /Category "unicorns" is not one the model knows; known: .*snacks/,
      },
      {
        name: "unknown region and type",
        body: { ...promo, region: "mars", promo_type: "flash" },
        key: "region",
        message: /Region "mars" is not one the model knows/,
      },
      {
        name: "unknown value in an array",
        body: [promo, { ...promo, promo_type: "teleport" }],
        key: "1.promo_type",
        message: /Promo type "teleport" is not one the model knows/,
      },
      { name: "formula-like promotion id", body: { ...promo, promotion_id: "=1+1" }, key: "promotion_id", message: /spreadsheets run as a formula/ },
      { name: "zero duration", body: { ...promo, duration_days: 0 }, key: "duration_days", message: /between 1 and 90/ },
      { name: "impossible date", body: { ...promo, start_date: "2026-02-30" }, key: "start_date", message: /not a real calendar date/ },
      { name: "bad row in an array", body: [promo, { ...promo, discount_pct: "abc" }], key: "1.discount_pct", message: /is not a number/ },
      { name: "empty array", body: [], key: "body", message: /at least one/ },
      { name: "not JSON", body: "{not json", key: "body", message: /not valid JSON/ },
      { name: "a number", body: "42", key: "body", message: /object or an array/ },
    ])("answers 400 with field errors on $name and stores nothing", async ({ body, key, message }) => {
      const before = await prisma().promoScore.count();
      const res = await post(body);
      expect(res.status).toBe(400);
      const json = await res.json();
      expect(typeof json.error).toBe("string");
      expect(json.fieldErrors[key]?.join(" ")).toMatch(message);
      expect(await prisma().promoScore.count()).toBe(before);
    });
  });
});
