import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "../db/client";
import { cancelFit, enqueueFit } from "./enqueue-fit";
import type { FitRunner } from "./fit-runner";
import { getQueue, QUEUES } from "./queue";
import { startWorker } from "./worker";

/** The job system against the real database and a real pg-boss queue. The runners are test fits; the queue,
 * the run lifecycle, retries and alerts are the production code. */
async function waitFor<T>(fn: () => Promise<T | null | undefined | false>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe("job queue and model runs", () => {
  const db = prisma();
  let datasetId = 0;
  let stop: () => Promise<void>;
  let calls = 0;
  let release: () => void = () => {};

  const runners: Record<string, FitRunner> = {
    promo: async (ctx) => {
      await ctx.progress(0.5, "halfway");
      await ctx.log("fitting the test model");
      return { metrics: { auc: 0.81, datasetVersion: ctx.datasetVersion }, artifacts: { coefficients: [1, 2] } };
    },
    service: async () => {
      calls++;
      throw new Error("simulated failure");
    },
    mmm: async (ctx) => {
      // Blocks until released, reporting progress so cancellation is noticed.
      await new Promise<void>((resolve) => (release = resolve));
      await ctx.progress(0.9, "after release");
      return { metrics: {}, artifacts: {} };
    },
  };

  beforeAll(async () => {
    process.env.MIXCAST_JOB_RETRY_LIMIT = "2";
    process.env.MIXCAST_JOB_RETRY_DELAY = "1";
    const dataset = await db.dataset.create({ data: { name: `jobs-test-${Date.now()}` } });
    datasetId = dataset.id;
    await db.datasetVersion.create({ data: { datasetId, version: 1, kind: "demand", contentHash: "h", source: "upload", rowCount: 1 } });
    stop = await startWorker({ log: () => {}, runners, retryLimit: 2 });
  });

  afterAll(async () => {
    await stop?.();
    await db.dataset.delete({ where: { id: datasetId } });
  });

  it("runs a fit to completion and records the run as champion", async () => {
    const { runId } = await enqueueFit({ kind: "promo", datasetId, createdBy: "tester" });
    const run = await waitFor(async () => {
      const r = await db.modelRun.findUnique({ where: { id: runId } });
      return r?.status === "succeeded" ? r : null;
    });
    expect(run).toMatchObject({ kind: "promo", datasetVersion: 1, progress: 1, isChampion: true, attempts: 1, createdBy: "tester" });
    expect(run.metrics).toEqual({ auc: 0.81, datasetVersion: 1 });
    expect(run.artifacts).toEqual({ coefficients: [1, 2] });
    expect(run.durationMs).toBeGreaterThanOrEqual(0);
    expect(run.codeVersion).not.toBe("");
    const logs = await db.runLog.findMany({ where: { runId }, orderBy: { id: "asc" } });
    expect(logs.map((l) => l.message)).toContain("fitting the test model");

    // A second success takes over as champion; the first is demoted (one champion per kind).
    const second = await enqueueFit({ kind: "promo", datasetId });
    await waitFor(async () => (await db.modelRun.findUnique({ where: { id: second.runId } }))?.status === "succeeded");
    const champions = await db.modelRun.findMany({ where: { datasetId, kind: "promo", isChampion: true } });
    expect(champions.map((c) => c.id)).toEqual([second.runId]);
  });

  it("retries a failing fit with backoff, then marks it failed and raises an alert", async () => {
    const { runId } = await enqueueFit({ kind: "service", datasetId });
    const run = await waitFor(async () => {
      const r = await db.modelRun.findUnique({ where: { id: runId } });
      return r?.status === "failed" ? r : null;
    }, 90_000);
    expect(run.attempts).toBe(3);
    expect(calls).toBe(3);
    expect(run.error).toBe("simulated failure");
    const alert = await db.alert.findFirst({ where: { kind: "job_failed", runId } });
    expect(alert).toMatchObject({ severity: "critical", status: "open" });
  });

  it("cancels a running fit", async () => {
    const { runId } = await enqueueFit({ kind: "mmm", datasetId });
    await waitFor(async () => (await db.modelRun.findUnique({ where: { id: runId } }))?.status === "running");
    expect(await cancelFit(runId)).toEqual({ cancelled: true, status: "cancelled" });
    release();
    await new Promise((r) => setTimeout(r, 1000));
    const run = await db.modelRun.findUniqueOrThrow({ where: { id: runId } });
    expect(run.status).toBe("cancelled");
    expect(run.isChampion).toBe(false);
  });

  it("registers the weekly retraining schedule", async () => {
    const boss = await getQueue();
    const schedules = await boss.getSchedules();
    expect(schedules.find((s) => s.name === QUEUES.retrainAll)).toMatchObject({ cron: "0 3 * * 1", options: expect.objectContaining({ tz: "UTC" }) });
  });
});

describe("runs orphaned by a dead worker", () => {
  const db = prisma();
  it("are queued again when a worker starts, and then run to completion", async () => {
    const dataset = await db.dataset.create({ data: { name: `orphan-test-${Date.now()}` } });
    try {
      // A fit that was running on a worker process of this machine that no longer exists (pid 2^22 + 7 is not used).
      const { runId } = await enqueueFit({ kind: "promo", datasetId: dataset.id });
      const deadWorker = `${(await import("node:os")).hostname()}:${4_194_311}:dead01`;
      await db.modelRun.update({ where: { id: runId }, data: { status: "running", workerId: deadWorker, attempts: 1, progress: 0.4, stage: "halfway" } });
      await db.workerHeartbeat.create({ data: { id: deadWorker } }); // its last heartbeat is fresh: only the pid tells
      const stop = await startWorker({ log: () => {}, runners: { promo: async () => ({ metrics: { auc: 0.7 }, artifacts: {} }) }, retryLimit: 0 });
      try {
        const deadline = Date.now() + 60_000;
        let run = await db.modelRun.findUniqueOrThrow({ where: { id: runId } });
        while (run.status !== "succeeded" && Date.now() < deadline) {
          await new Promise((r) => setTimeout(r, 250));
          run = await db.modelRun.findUniqueOrThrow({ where: { id: runId } });
        }
        expect(run).toMatchObject({ status: "succeeded", attempts: 2 });
        expect(run.workerId).not.toBe(deadWorker);
        const logs = await db.runLog.findMany({ where: { runId }, orderBy: { id: "asc" } });
        expect(logs.map((l) => l.message).some((m) => m.startsWith(`requeued: worker ${deadWorker} stopped`))).toBe(true);
      } finally {
        await stop();
      }
    } finally {
      await db.workerHeartbeat.deleteMany({ where: { id: { endsWith: ":dead01" } } });
      await db.dataset.delete({ where: { id: dataset.id } });
    }
  });
});
