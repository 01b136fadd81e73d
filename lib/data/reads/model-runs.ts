import "server-only";
import { dataEpoch } from "../../db/change-feed";
import { prisma } from "../../db/client";
import { memo } from "../memo";
import { ACTIVE_RUN_STATUSES } from "../../runs/run-kinds";

/** Model-run reads shared by every page: the champion of a kind, a run's status for progress bars, recent runs. */
export type RunStatusView = {
  id: number;
  kind: string;
  status: string;
  progress: number;
  stage: string;
  error: string | null;
  attempts: number;
  datasetVersion: number;
  isChampion: boolean;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  durationMs: number | null;
  logs: { at: string; level: string; message: string }[];
};

export async function fetchChampionRun(datasetId: number, kind: string) {
  // Which run is champion changes only with a run's status or champion flag, both on the change feed.
  const champion = await memo(`champion:${datasetId}:${kind}:${dataEpoch()}`, 10 * 60_000, () =>
    prisma().modelRun.findFirst({ where: { datasetId, kind, isChampion: true, status: "succeeded" }, orderBy: { finishedAt: "desc" }, select: { id: true } }),
  );
  if (!champion) return null;
  // A finished run never changes (but for its champion flag, which callers of this function already know), so its
  // row — artifacts can be megabytes — is read and parsed once per process.
  return memo(`run:${champion.id}`, 10 * 60_000, () => prisma().modelRun.findUniqueOrThrow({ where: { id: champion.id } }));
}

/** The newest queued or running fit of a kind, so a page can show its progress after a reload. */
export async function fetchActiveRun(datasetId: number, kind: string) {
  return memo(`active-run:${datasetId}:${kind}:${dataEpoch()}`, 10 * 60_000, () =>
    prisma().modelRun.findFirst({ where: { datasetId, kind, status: { in: [...ACTIVE_RUN_STATUSES] } }, orderBy: { createdAt: "desc" }, select: { id: true } }),
  );
}

export async function fetchRunStatus(runId: number): Promise<RunStatusView | null> {
  const run = await prisma().modelRun.findUnique({
    where: { id: runId },
    select: {
      id: true,
      kind: true,
      status: true,
      progress: true,
      stage: true,
      error: true,
      attempts: true,
      datasetVersion: true,
      isChampion: true,
      createdAt: true,
      startedAt: true,
      finishedAt: true,
      durationMs: true,
      logs: { orderBy: { id: "desc" }, take: 20 },
    },
  });
  if (!run) return null;
  return {
    ...run,
    createdAt: run.createdAt.toISOString(),
    startedAt: run.startedAt?.toISOString() ?? null,
    finishedAt: run.finishedAt?.toISOString() ?? null,
    logs: run.logs.map((l) => ({ at: l.at.toISOString(), level: l.level, message: l.message })),
  };
}
