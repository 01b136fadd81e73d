import "server-only";
import { prisma } from "../../db/client";
import { mmmRunArtifactsSchema, mmmRunMetricsSchema, type MmmRunArtifacts, type MmmRunMetrics } from "../../runs/mmm";
import { memo } from "../memo";
import { fetchChampionRun } from "./model-runs";

type ChampionRun = NonNullable<Awaited<ReturnType<typeof fetchChampionRun>>>;

/**
 * A stored mix-model run with its metrics and artifacts parsed against the run contract (lib/runs/mmm.ts), or
 * `results: null` when they do not match it (a run written by an older or broken fit): readers then show their empty
 * state instead of reading half a result. Parsed once per process: a finished run never changes.
 */
export type MmmRunRead = { run: ChampionRun; results: { artifacts: MmmRunArtifacts; metrics: MmmRunMetrics } | null };

/** The champion mix-model run of a dataset with its results parsed once (null when there is no champion). */
export async function fetchChampionMmmRun(datasetId: number): Promise<MmmRunRead | null> {
  const run = await fetchChampionRun(datasetId, "mmm");
  if (!run) return null;
  const results = await memo(`mmm-results:${run.id}`, 10 * 60_000, async () => parseMmmResults(run));
  return { run, results };
}

function parseMmmResults(run: ChampionRun): MmmRunRead["results"] {
  const artifacts = mmmRunArtifactsSchema.safeParse(run.artifacts);
  const metrics = mmmRunMetricsSchema.safeParse(run.metrics);
  return artifacts.success && metrics.success ? { artifacts: artifacts.data, metrics: metrics.data } : null;
}

/**
 * The newest finished mix-model run when it failed (null when the newest one succeeded or none finished), so the
 * Channel ROI page can say why there are no numbers instead of showing a bare empty state.
 */
export async function fetchLatestMmmFailure(datasetId: number) {
  const run = await prisma().modelRun.findFirst({
    where: { datasetId, kind: "mmm", status: { in: ["succeeded", "failed"] } },
    orderBy: { finishedAt: "desc" },
    select: { id: true, status: true, error: true, finishedAt: true },
  });
  return run?.status === "failed" ? { id: run.id, error: run.error ?? "unknown error", finishedAt: run.finishedAt } : null;
}
