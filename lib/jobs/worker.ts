import { env } from "../env";
import { fetchActiveDataset } from "../data/reads/datasets";
import { checkDrift } from "../data/writes/drift";
import type { FitRunner } from "./fit-runner";
import { FIT_RUNNERS } from "./fits";
import { enqueueFit } from "./enqueue-fit";
import { FIT_KINDS, getQueue, QUEUES, retryPolicy, stopQueue, type FitKind } from "./queue";
import { runFitJob } from "./run-fit-job";
import { newWorkerId, requeueOrphanedRuns, startHeartbeat } from "./worker-heartbeat";

/**
 * Starts a job worker in this process: one consumer per fit kind, the weekly retraining schedule, and the
 * debounced re-fit after imports. `npm start` runs one in-process; `npm run worker` runs standalone workers, and
 * any number of them (on any machine) can share one database — pg-boss hands each job to exactly one.
 */
export async function startWorker(options: {
  log: (m: string) => void;
  runners?: Partial<Record<FitKind, FitRunner>>;
  retryLimit?: number;
}): Promise<() => Promise<void>> {
  const { log } = options;
  const runners = options.runners ?? FIT_RUNNERS;
  const retryLimit = options.retryLimit ?? retryPolicy().retryLimit;
  const boss = await getQueue("worker");
  const workerId = newWorkerId();
  const stopHeartbeat = await startHeartbeat(workerId);
  // Runs left "running" by a worker that died (crash, kill, restart mid-fit) are queued again now and then.
  await requeueOrphanedRuns(log);
  const orphanTimer = setInterval(() => void requeueOrphanedRuns(log).catch(() => {}), 60_000);
  orphanTimer.unref();
  for (const kind of FIT_KINDS) {
    await boss.work<{ runId: number }>(QUEUES.fit(kind), { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => {
      await runFitJob({ runId: job.data.runId, runners, retryLimit, log, workerId });
    });
  }
  await boss.work(QUEUES.retrainAll, { pollingIntervalSeconds: 5 }, async () => {
    const dataset = await fetchActiveDataset();
    if (!dataset) return;
    for (const kind of FIT_KINDS)
      if (runners[kind]) await enqueueFit({ kind, datasetId: dataset.id, createdBy: "schedule", params: { trigger: "weekly retrain" } });
    await checkDrift(dataset.id);
    log("weekly retrain: fits queued for every model kind");
  });
  await boss.work<{ datasetId: number }>(QUEUES.refitOnImport, { pollingIntervalSeconds: 5 }, async ([job]) => {
    for (const kind of FIT_KINDS)
      if (runners[kind]) await enqueueFit({ kind, datasetId: job.data.datasetId, createdBy: "import", params: { trigger: "new import" } });
    log(`new import: fits queued for dataset ${job.data.datasetId}`);
  });
  await boss.schedule(QUEUES.retrainAll, env().MIXCAST_RETRAIN_CRON, {}, { tz: "UTC" });
  log(`job worker started (weekly retrain cron "${env().MIXCAST_RETRAIN_CRON}" UTC)`);
  return async () => {
    clearInterval(orphanTimer);
    await stopQueue();
    await stopHeartbeat();
  };
}
