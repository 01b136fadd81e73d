import "server-only";
import type { ResponseModel } from "../../mmm/types";
import { responseModelFromResult } from "../../optimize/response-model-from-result";
import { prisma } from "../../db/client";
import { memo } from "../memo";
import { ACTIVE_RUN_STATUSES } from "../../runs/run-kinds";

/**
 * The response model (media effects) of a mix-model run, parsed once per process: a finished run never changes.
 * Null when the run does not exist, is not a succeeded mix-model run, or holds no usable response model.
 */
export function fetchResponseModelOfRun(runId: number): Promise<ResponseModel | null> {
  return memo(`response-model:${runId}`, 10 * 60_000, async () => {
    const run = await prisma().modelRun.findUnique({ where: { id: runId }, select: { kind: true, status: true, artifacts: true } });
    if (!run || run.kind !== "mmm" || run.status !== "succeeded") return null;
    try {
      return responseModelFromResult(run.artifacts);
    } catch {
      return null;
    }
  });
}

/** The champion mix model of a dataset (id and response model), read fresh: the forecast fit records which one it used. */
export async function fetchChampionResponseModel(datasetId: number): Promise<{ runId: number; model: ResponseModel } | null> {
  const run = await prisma().modelRun.findFirst({
    where: { datasetId, kind: "mmm", isChampion: true, status: "succeeded" },
    orderBy: { finishedAt: "desc" },
    select: { id: true },
  });
  if (!run) return null;
  const model = await fetchResponseModelOfRun(run.id);
  return model ? { runId: run.id, model } : null;
}

/** The newest queued or running mix-model fit of a dataset (the forecast fit waits for it), or null. */
export async function fetchPendingMixFit(datasetId: number): Promise<number | null> {
  const run = await prisma().modelRun.findFirst({
    where: { datasetId, kind: "mmm", status: { in: [...ACTIVE_RUN_STATUSES] } },
    orderBy: { createdAt: "desc" },
    select: { id: true },
  });
  return run?.id ?? null;
}
