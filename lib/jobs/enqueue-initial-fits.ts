import { prisma } from "../db/client";
import { fetchActiveDataset } from "../data/reads/datasets";
import { enqueueFit } from "./enqueue-fit";
import { FIT_RUNNERS } from "./fits";
import { FIT_KINDS } from "./queue";
import { ACTIVE_RUN_STATUSES } from "../runs/run-kinds";

/**
 * On a fresh database every page should show real model output, so the first start queues one fit of every kind
 * that has none yet. The worker picks them up right away; pages show progress until they land.
 */
export async function enqueueInitialFits(log: (m: string) => void = () => {}): Promise<number[]> {
  const dataset = await fetchActiveDataset();
  if (!dataset) return [];
  const runIds: number[] = [];
  for (const kind of FIT_KINDS) {
    if (!FIT_RUNNERS[kind]) continue;
    const existing = await prisma().modelRun.count({ where: { datasetId: dataset.id, kind, status: { in: [...ACTIVE_RUN_STATUSES, "succeeded"] } } });
    if (existing > 0) continue;
    const { runId } = await enqueueFit({ kind, datasetId: dataset.id, createdBy: "first start", params: { trigger: "first start" } });
    runIds.push(runId);
    log(`queued the first ${kind} fit (run #${runId})`);
  }
  return runIds;
}
