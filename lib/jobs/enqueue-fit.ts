import { prisma } from "../db/client";
import { fetchActiveDataset, fetchDatasetVersion } from "../data/reads/datasets";
import { logger } from "../monitoring/logger";
import { getQueue, QUEUES, retryPolicy, type FitKind } from "./queue";
import { ACTIVE_RUN_STATUSES } from "../runs/run-kinds";

/**
 * Creates the model run (status "queued") and puts its job on the queue. The page that asked gets the run id at
 * once and follows progress by polling the run; the fit itself never runs inside a request.
 */
export async function enqueueFit(input: {
  kind: FitKind;
  datasetId?: number;
  params?: Record<string, unknown>;
  createdBy?: string;
}): Promise<{ runId: number; jobId: string | null }> {
  const db = prisma();
  const datasetId = input.datasetId ?? (await fetchActiveDataset())?.id;
  if (!datasetId) throw new Error("No dataset to fit: import data first");
  const run = await db.modelRun.create({
    data: {
      kind: input.kind,
      datasetId,
      datasetVersion: await fetchDatasetVersion(datasetId),
      status: "queued",
      stage: "waiting for a worker",
      params: (input.params ?? {}) as object,
      createdBy: input.createdBy ?? "system",
    },
  });
  let jobId: string | null;
  try {
    const boss = await getQueue();
    jobId = await boss.send(QUEUES.fit(input.kind), { runId: run.id }, retryPolicy());
    if (!jobId) throw new Error("the job queue did not accept the job");
  } catch (error) {
    // No job means no worker will ever pick the run up: say so on the run instead of leaving it "queued" forever.
    const message = `Could not queue the fit: ${error instanceof Error ? error.message : String(error)}`;
    await db.modelRun.updateMany({
      where: { id: run.id, status: "queued" },
      data: { status: "failed", stage: "failed", error: message.slice(0, 2000), finishedAt: new Date() },
    });
    await db.runLog.create({ data: { runId: run.id, level: "error", message: message.slice(0, 2000) } });
    logger.error("fit could not be queued", { runId: run.id, kind: input.kind, error: String(error) });
    throw new Error(`${message} (run #${run.id} is marked failed; try again)`);
  }
  await db.modelRun.update({ where: { id: run.id }, data: { jobId } });
  await db.runLog.create({ data: { runId: run.id, message: `queued by ${input.createdBy ?? "system"} on dataset version ${run.datasetVersion}` } });
  return { runId: run.id, jobId };
}

/** Cancels a queued or running fit: the worker notices at its next progress report and stops. */
export async function cancelFit(runId: number): Promise<{ cancelled: boolean; status: string }> {
  const db = prisma();
  const run = await db.modelRun.findUnique({ where: { id: runId } });
  if (!run) throw new Error(`Run ${runId} does not exist`);
  // Conditional: a fit that finished a moment ago keeps its result (and a cancel never overwrites "succeeded").
  const changed = await db.modelRun.updateMany({
    where: { id: runId, status: { in: [...ACTIVE_RUN_STATUSES] } },
    data: { status: "cancelled", stage: "cancelled", finishedAt: new Date() },
  });
  if (changed.count === 0) {
    const now = await db.modelRun.findUnique({ where: { id: runId }, select: { status: true } });
    return { cancelled: false, status: now?.status ?? run.status };
  }
  await db.runLog.create({ data: { runId, level: "warn", message: "cancelled" } });
  if (run.jobId) {
    const boss = await getQueue();
    await boss.cancel(QUEUES.fit(run.kind as FitKind), run.jobId).catch(() => {});
  }
  return { cancelled: true, status: "cancelled" };
}
