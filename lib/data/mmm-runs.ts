import "server-only";
import { prisma } from "../db/client";

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
