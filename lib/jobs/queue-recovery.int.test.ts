import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "../db/client";
import { enqueueFit } from "./enqueue-fit";
import { getQueue, QUEUES, stopQueue } from "./queue";
import { QUEUED_GRACE_MS, requeueOrphanedRuns } from "./worker-heartbeat";

/** The queue recovers from its own failures: a failed start, a failed send, and queued runs that lost their job. */
describe("job queue failures", () => {
  const db = prisma();
  const realUrl = process.env.DATABASE_URL;
  // Nothing listens on port 1: connecting fails at once, as it does while the database is down.
  const unreachable = () => {
    const url = new URL(realUrl!);
    url.port = "1";
    return url.toString();
  };
  let datasetId = 0;

  beforeAll(async () => {
    datasetId = (await db.dataset.create({ data: { name: `queue-recovery-test-${Date.now()}` } })).id;
    await db.datasetVersion.create({ data: { datasetId, version: 1, kind: "demand", contentHash: "h", source: "upload", rowCount: 1 } });
  });
  afterEach(() => {
    process.env.DATABASE_URL = realUrl;
  });
  afterAll(async () => {
    await stopQueue();
    await db.dataset.delete({ where: { id: datasetId } });
  });

  it("a queue start that failed (database unreachable) is tried again on the next use", async () => {
    await stopQueue();
    process.env.DATABASE_URL = unreachable();
    await expect(getQueue()).rejects.toThrow();
    process.env.DATABASE_URL = realUrl;
    const boss = await getQueue();
    expect(await boss.getQueueSize(QUEUES.fit("promo"))).toBeGreaterThanOrEqual(0);
  });

  it("a fit whose job could not be sent is marked failed instead of staying queued", async () => {
    // The queue started, then lost its connections (its pool is closed under it): the send fails, while the
    // database still answers, so the run itself can be written.
    const boss = await getQueue();
    await boss.stop({ graceful: false, close: true, wait: true });
    try {
      await expect(enqueueFit({ kind: "promo", datasetId, createdBy: "tester" })).rejects.toThrow(/Could not queue the fit/);
    } finally {
      await stopQueue();
    }
    const run = await db.modelRun.findFirstOrThrow({ where: { datasetId, kind: "promo" }, orderBy: { id: "desc" } });
    expect(run).toMatchObject({ status: "failed", jobId: null });
    expect(run.error).toMatch(/Could not queue the fit/);
  });

  it("orphan recovery queues again a queued run without a job, or whose job has ended", async () => {
    const longAgo = new Date(Date.now() - QUEUED_GRACE_MS - 60_000);
    const withoutJob = await db.modelRun.create({ data: { kind: "promo", datasetId, datasetVersion: 1, status: "queued", createdAt: longAgo } });
    const boss = await getQueue();
    const deadJob = await boss.send(QUEUES.fit("promo"), { runId: -1 });
    await boss.cancel(QUEUES.fit("promo"), deadJob!);
    const jobEnded = await db.modelRun.create({ data: { kind: "promo", datasetId, datasetVersion: 1, status: "queued", createdAt: longAgo, jobId: deadJob } });
    const justQueued = await db.modelRun.create({ data: { kind: "promo", datasetId, datasetVersion: 1, status: "queued" } }); // within its grace period

    const requeued = await requeueOrphanedRuns();
    expect(requeued).toEqual(expect.arrayContaining([withoutJob.id, jobEnded.id]));
    expect(requeued).not.toContain(justQueued.id);
    for (const id of [withoutJob.id, jobEnded.id]) {
      const run = await db.modelRun.findUniqueOrThrow({ where: { id } });
      expect(run.jobId).not.toBeNull();
      expect(run.jobId).not.toBe(deadJob);
      const job = await boss.getJobById<{ runId: number }>(QUEUES.fit("promo"), run.jobId!);
      expect(job).toMatchObject({ state: "created", data: { runId: id } });
    }
    // A second sweep finds their jobs alive and leaves them alone.
    const again = await requeueOrphanedRuns();
    expect(again).not.toContain(withoutJob.id);
    expect(again).not.toContain(jobEnded.id);
    for (const id of [withoutJob.id, jobEnded.id]) {
      const run = await db.modelRun.findUniqueOrThrow({ where: { id } });
      await boss.cancel(QUEUES.fit("promo"), run.jobId!); // no worker runs in this file
    }
  });
});
