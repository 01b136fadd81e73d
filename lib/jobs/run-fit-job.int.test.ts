import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "../db/client";
import { cancelFit } from "./enqueue-fit";
import type { FitRunner } from "./fit-runner";
import { runFitJob } from "./run-fit-job";

/**
 * Fit jobs are idempotent: pg-boss delivers a job at least once, so a second delivery (or a cancel that lands while
 * the fit computes) must not re-run, re-promote or overwrite a run. Runs are driven through runFitJob directly, as
 * the worker does for each delivery.
 */
describe("fit jobs delivered more than once", () => {
  const db = prisma();
  let datasetId = 0;
  const queuedRun = async (kind = "promo") => (await db.modelRun.create({ data: { kind, datasetId, datasetVersion: 1, status: "queued" } })).id;
  const run = (id: number) => db.modelRun.findUniqueOrThrow({ where: { id } });

  beforeAll(async () => {
    datasetId = (await db.dataset.create({ data: { name: `run-fit-job-test-${Date.now()}` } })).id;
  });
  afterAll(async () => {
    await db.dataset.delete({ where: { id: datasetId } });
  });

  it("a job re-delivered for a finished run neither re-runs it nor makes it champion again", async () => {
    let calls = 0;
    const runners: Record<string, FitRunner> = { promo: async () => ((calls += 1), { metrics: { call: calls }, artifacts: {} }) };
    const first = await queuedRun();
    await runFitJob({ runId: first, runners, retryLimit: 0 });
    const second = await queuedRun();
    await runFitJob({ runId: second, runners, retryLimit: 0 });
    expect(calls).toBe(2);

    await runFitJob({ runId: first, runners, retryLimit: 0 }); // the same job again
    expect(calls).toBe(2);
    expect(await run(first)).toMatchObject({ status: "succeeded", isChampion: false, attempts: 1, metrics: { call: 1 } });
    expect(await run(second)).toMatchObject({ status: "succeeded", isChampion: true });
  });

  it("two deliveries of one queued run at the same time fit it once", async () => {
    let calls = 0;
    const runners: Record<string, FitRunner> = {
      promo: async () => {
        calls += 1;
        await new Promise((r) => setTimeout(r, 200));
        return { metrics: {}, artifacts: {} };
      },
    };
    const id = await queuedRun();
    await Promise.all([runFitJob({ runId: id, runners, retryLimit: 0 }), runFitJob({ runId: id, runners, retryLimit: 0 })]);
    expect(calls).toBe(1);
    expect(await run(id)).toMatchObject({ status: "succeeded", attempts: 1 });
  });

  it("a cancel that lands after the last progress report is not overwritten with succeeded", async () => {
    const id = await queuedRun();
    const runners: Record<string, FitRunner> = {
      promo: async (ctx) => {
        await ctx.progress(1, "done computing");
        expect(await cancelFit(ctx.runId)).toEqual({ cancelled: true, status: "cancelled" }); // the user presses Cancel now
        return { metrics: { auc: 0.9 }, artifacts: {} };
      },
    };
    expect(await runFitJob({ runId: id, runners, retryLimit: 0 })).toEqual({ status: "cancelled" });
    expect(await run(id)).toMatchObject({ status: "cancelled", isChampion: false, metrics: {} });
  });

  it("a cancel after the run finished leaves the result alone", async () => {
    const id = await queuedRun();
    await runFitJob({ runId: id, runners: { promo: async () => ({ metrics: {}, artifacts: {} }) }, retryLimit: 0 });
    expect(await cancelFit(id)).toEqual({ cancelled: false, status: "succeeded" });
    expect(await run(id)).toMatchObject({ status: "succeeded", isChampion: true });
  });

  it("an attempt whose run was queued again meanwhile records nothing", async () => {
    const id = await queuedRun();
    const runners: Record<string, FitRunner> = {
      promo: async () => {
        // The orphan sweep decided this worker was dead and queued the run again.
        await db.modelRun.update({ where: { id }, data: { status: "queued", workerId: null } });
        return { metrics: { stale: true }, artifacts: {} };
      },
    };
    expect(await runFitJob({ runId: id, runners, retryLimit: 0 })).toEqual({ status: "ignored" });
    expect(await run(id)).toMatchObject({ status: "queued", isChampion: false, metrics: {} });
  });

  it("marks the last failed attempt failed and stores its alert in one commit", async () => {
    // A deferred constraint trigger runs at each commit that touched the run: it records whether the alert was there
    // when the run turned failed. Written in two commits (as before), the first commit has a failed run and no alert.
    await db.$executeRawUnsafe(`CREATE TABLE IF NOT EXISTS "test_failed_commit" ("runId" int, "alerts" int)`);
    await db.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION "test_record_failed_commit"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW."status" = 'failed' THEN
          INSERT INTO "test_failed_commit" VALUES (NEW."id", (SELECT count(*) FROM "alert" WHERE "runId" = NEW."id" AND "kind" = 'job_failed'));
        END IF;
        RETURN NULL;
      END $$`);
    await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS "test_failed_commit" ON "model_run"`);
    await db.$executeRawUnsafe(
      `CREATE CONSTRAINT TRIGGER "test_failed_commit" AFTER UPDATE ON "model_run" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "test_record_failed_commit"()`,
    );
    try {
      const id = await queuedRun("service");
      const runners: Record<string, FitRunner> = {
        service: async () => {
          throw new Error("the data has no open interactions");
        },
      };
      expect(await runFitJob({ runId: id, runners, retryLimit: 0 })).toEqual({ status: "failed" });
      const seen = await db.$queryRawUnsafe<{ alerts: number }[]>(`SELECT "alerts"::int AS "alerts" FROM "test_failed_commit" WHERE "runId" = $1`, id);
      expect(seen).toEqual([{ alerts: 1 }]);
      expect(await db.alert.findFirst({ where: { kind: "job_failed", runId: id } })).toMatchObject({ severity: "critical", status: "open" });
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS "test_failed_commit" ON "model_run"`);
      await db.$executeRawUnsafe(`DROP FUNCTION IF EXISTS "test_record_failed_commit"()`);
      await db.$executeRawUnsafe(`DROP TABLE IF EXISTS "test_failed_commit"`);
    }
  });

  it("keeps forecast rows unique per run, series, model, kind, origin and week", async () => {
    const id = await queuedRun("forecast");
    const point = {
      runId: id,
      seriesKey: "search|north",
      model: "theta",
      kind: "future",
      origin: new Date("2024-01-01T00:00:00Z"),
      week: new Date("2024-01-08T00:00:00Z"),
      yhat: 1,
    };
    await db.forecast.create({ data: point });
    await expect(db.forecast.create({ data: { ...point, yhat: 2 } })).rejects.toThrow();
    expect(await db.forecast.count({ where: { runId: id } })).toBe(1);
  });
});
