import PgBoss from "pg-boss";
import { env } from "../env";
import { logger } from "../monitoring/logger";
import { RUN_KINDS, type RunKind } from "../runs/run-kinds";

/**
 * The Postgres-backed job queue (pg-boss, in its own "pgboss" schema of the app database). Web processes use it to
 * enqueue; workers also supervise and run the cron scheduler. One instance per process.
 */
/** Every run kind is fitted by a job of its own queue. */
export const FIT_KINDS = RUN_KINDS;
export type FitKind = RunKind;

export const QUEUES = {
  fit: (kind: FitKind) => `fit-${kind}`,
  retrainAll: "retrain-all",
  refitOnImport: "refit-on-import",
} as const;

/** Retries with exponential backoff; by default 3 more attempts after waiting 10 s, 20 s, 40 s. */
export function retryPolicy() {
  const e = env();
  return { retryLimit: e.MIXCAST_JOB_RETRY_LIMIT, retryDelay: e.MIXCAST_JOB_RETRY_DELAY, retryBackoff: true };
}

const globalForBoss = globalThis as unknown as { mixcastBoss?: Promise<PgBoss>; mixcastBossRole?: string; mixcastStopping?: boolean };

export function getQueue(role: "client" | "worker" = "client"): Promise<PgBoss> {
  if (globalForBoss.mixcastBoss && (globalForBoss.mixcastBossRole === "worker" || role === "client")) return globalForBoss.mixcastBoss;
  globalForBoss.mixcastStopping = false;
  const url = env().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const boss = new PgBoss({
    connectionString: url,
    schema: "pgboss",
    max: 4,
    // Only workers run maintenance and the cron clock; several web processes need not.
    supervise: role === "worker",
    schedule: role === "worker",
    // A fit that runs longer than this is considered stuck and retried.
    expireInSeconds: 30 * 60,
  });
  // On Ctrl-C the whole process group gets the signal, PostgreSQL included, so connections drop while we stop:
  // those errors are expected then and not worth alarming anyone with.
  boss.on("error", (error) => {
    if (!globalForBoss.mixcastStopping) logger.error("queue error", { error: String(error) });
  });
  const ready = (async () => {
    await boss.start();
    for (const kind of FIT_KINDS) await boss.createQueue(QUEUES.fit(kind), { name: QUEUES.fit(kind), ...retryPolicy() });
    await boss.createQueue(QUEUES.retrainAll, { name: QUEUES.retrainAll, policy: "singleton" });
    await boss.createQueue(QUEUES.refitOnImport, { name: QUEUES.refitOnImport });
    return boss;
  })();
  // A start that failed (say the database was down at first use) is forgotten, so the next caller tries again
  // instead of getting the same rejection until the process restarts.
  ready.catch(async (error: unknown) => {
    if (globalForBoss.mixcastBoss === ready) globalForBoss.mixcastBoss = undefined;
    logger.warn("job queue could not start; the next use retries", { error: String(error) });
    await boss.stop({ graceful: false, close: true, wait: false }).catch(() => {});
  });
  globalForBoss.mixcastBoss = ready;
  globalForBoss.mixcastBossRole = role;
  return ready;
}

/** Called as soon as shutdown starts (before the database may go away). */
export function markQueueStopping() {
  globalForBoss.mixcastStopping = true;
}

export async function stopQueue(): Promise<void> {
  globalForBoss.mixcastStopping = true;
  const boss = await globalForBoss.mixcastBoss?.catch(() => undefined);
  globalForBoss.mixcastBoss = undefined;
  // wait: resolve only once workers are idle and the pool is closed, so a database stopped right after this call
  // does not cut the queue's connections under it.
  await boss?.stop({ graceful: true, wait: true, close: true, timeout: 10_000 }).catch(() => {});
}
