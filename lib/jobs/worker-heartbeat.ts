import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { prisma } from "../db/client";
import { logger } from "../monitoring/logger";
import { getQueue, QUEUES, retryPolicy, type FitKind } from "./queue";

/**
 * Worker heartbeats. pg-boss (v10) has none: a job whose worker died stays "active" until it expires (30 min), and
 * its run would show "running" all that time. Each worker writes a heartbeat every HEARTBEAT_MS. A run is orphaned
 * when its worker is dead: on this machine, when its process no longer exists (so a restart recovers at once);
 * elsewhere, when it has not beaten for STALE_MS — long, because a synchronous fit step blocks the timer and a
 * busy worker must not be mistaken for a dead one.
 */
export const HEARTBEAT_MS = 10_000;
export const STALE_MS = 5 * 60_000;
/** A queued run is given this long to get its job (enqueueFit creates the run, then sends the job). */
export const QUEUED_GRACE_MS = 60_000;
/** pg-boss states in which a job will still be delivered to a worker. */
const LIVE_JOB_STATES = new Set(["created", "retry", "active"]);

/** True when the worker id names a process on this machine that no longer runs. */
export function isDeadLocalWorker(workerId: string): boolean {
  const [host, pidText] = workerId.split(":");
  const pid = Number(pidText);
  if (host !== hostname() || !Number.isInteger(pid) || pid === process.pid) return false;
  try {
    process.kill(pid, 0); // signal 0: only checks that the process exists
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}

export function newWorkerId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
}

export async function startHeartbeat(workerId: string): Promise<() => Promise<void>> {
  const db = prisma();
  const beat = () => db.workerHeartbeat.upsert({ where: { id: workerId }, create: { id: workerId }, update: { seenAt: new Date() } });
  await beat();
  const timer = setInterval(() => void beat().catch((e) => logger.warn("heartbeat failed", { error: String(e) })), HEARTBEAT_MS);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await db.workerHeartbeat.deleteMany({ where: { id: workerId } }).catch(() => {});
  };
}

/**
 * Queues again every running run whose worker stopped beating, and every queued run that no job will ever deliver
 * (its job was never sent, or has completed, failed or been cancelled in the queue); returns their ids.
 */
export async function requeueOrphanedRuns(log: (m: string) => void = () => {}): Promise<number[]> {
  const requeued = await requeueRunsOfDeadWorkers(log);
  return [...requeued, ...(await requeueQueuedRunsWithoutJob(log))];
}

async function requeueRunsOfDeadWorkers(log: (m: string) => void): Promise<number[]> {
  const db = prisma();
  const staleBefore = new Date(Date.now() - STALE_MS);
  const running = await db.modelRun.findMany({ where: { status: "running" }, select: { id: true, kind: true, workerId: true, jobId: true } });
  if (running.length === 0) return [];
  const alive = new Set((await db.workerHeartbeat.findMany({ where: { seenAt: { gte: staleBefore } }, select: { id: true } })).map((h) => h.id));
  const orphans = running.filter((r) => !r.workerId || !alive.has(r.workerId) || isDeadLocalWorker(r.workerId));
  const boss = orphans.length ? await getQueue() : null;
  const requeued: number[] = [];
  for (const run of orphans) {
    // Only the worker that wins this conditional update requeues the run (several may look at once).
    const claimed = await db.modelRun.updateMany({
      where: { id: run.id, status: "running", workerId: run.workerId },
      data: { status: "queued", stage: "requeued: its worker stopped", progress: 0, workerId: null },
    });
    if (claimed.count === 0) continue;
    if (run.jobId) await boss!.cancel(QUEUES.fit(run.kind as FitKind), run.jobId).catch(() => {});
    const jobId = await boss!.send(QUEUES.fit(run.kind as FitKind), { runId: run.id }, retryPolicy());
    await db.modelRun.update({ where: { id: run.id }, data: { jobId } });
    await db.runLog.create({ data: { runId: run.id, level: "warn", message: `requeued: worker ${run.workerId ?? "unknown"} stopped while running it` } });
    requeued.push(run.id);
    log(`requeued run #${run.id} (${run.kind}): its worker stopped`);
  }
  return requeued;
}

async function requeueQueuedRunsWithoutJob(log: (m: string) => void): Promise<number[]> {
  const db = prisma();
  const queued = await db.modelRun.findMany({
    where: { status: "queued", createdAt: { lt: new Date(Date.now() - QUEUED_GRACE_MS) } },
    select: { id: true, kind: true, jobId: true },
  });
  if (queued.length === 0) return [];
  const boss = await getQueue();
  const requeued: number[] = [];
  for (const run of queued) {
    const queue = QUEUES.fit(run.kind as FitKind);
    const job = run.jobId ? await boss.getJobById(queue, run.jobId).catch(() => null) : null;
    if (job && LIVE_JOB_STATES.has(job.state)) continue;
    const jobId = await boss.send(queue, { runId: run.id }, retryPolicy());
    if (!jobId) continue;
    // Several workers may sweep at once: only the one that swaps the job id keeps its job (a second delivery of one
    // run would be ignored anyway, since an attempt must claim the run before it fits).
    const swapped = await db.modelRun.updateMany({ where: { id: run.id, status: "queued", jobId: run.jobId }, data: { jobId } });
    if (swapped.count === 0) {
      await boss.cancel(queue, jobId).catch(() => {});
      continue;
    }
    const why = run.jobId ? `its job ${run.jobId} is ${job ? job.state : "gone"}` : "it had no job";
    await db.runLog.create({ data: { runId: run.id, level: "warn", message: `queued again: ${why}` } });
    requeued.push(run.id);
    log(`queued run #${run.id} (${run.kind}) again: ${why}`);
  }
  return requeued;
}
