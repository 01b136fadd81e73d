import { prisma } from "../db/client";
import { logger } from "../monitoring/logger";
import { raiseAlert } from "../monitoring/raise-alert";
import { codeVersion } from "./code-version";
import { CancelledError, type FitRunner } from "./fit-runner";
import type { FitKind } from "./queue";

/**
 * Runs one fit job for a model run and records everything on the run: status, progress, timings, attempts,
 * metrics, artifacts, champion flag, and a run log. Throws when the attempt failed so the queue retries it
 * (with backoff); after the last attempt the run is marked failed and a job_failed alert is raised.
 */
export async function runFitJob(input: { runId: number; runners: Partial<Record<FitKind, FitRunner>>; retryLimit: number; log?: (m: string) => void; workerId?: string }) {
  const db = prisma();
  const { runId } = input;
  const run = await db.modelRun.findUnique({ where: { id: runId } });
  if (!run) return; // deleted while queued: nothing to do
  if (run.status === "cancelled") return;
  const runner = input.runners[run.kind as FitKind];
  const attempt = run.attempts + 1;
  const started = new Date();
  await db.modelRun.update({ where: { id: runId }, data: { status: "running", stage: "starting", progress: 0, attempts: attempt, startedAt: started, error: null, codeVersion: codeVersion(), workerId: input.workerId ?? null } });
  await db.runLog.create({ data: { runId, message: `attempt ${attempt} started` } });

  let lastWrite = 0;
  const progress = async (fraction: number, stage: string) => {
    const now = Date.now();
    // Progress arrives in bursts from tight loops; two writes a second are plenty for a progress bar.
    if (now - lastWrite < 500 && fraction < 1) return;
    lastWrite = now;
    const current = await db.modelRun.findUnique({ where: { id: runId }, select: { status: true } });
    if (current?.status === "cancelled") throw new CancelledError();
    await db.modelRun.update({ where: { id: runId }, data: { progress: Math.max(0, Math.min(1, fraction)), stage: stage.slice(0, 200) } });
  };
  const log = async (message: string, level: "info" | "warn" | "error" = "info") => {
    await db.runLog.create({ data: { runId, level, message: message.slice(0, 2000) } });
  };

  try {
    if (!runner) throw new Error(`No fit runner for kind "${run.kind}"`);
    const outcome = await runner({ runId, datasetId: run.datasetId, datasetVersion: run.datasetVersion, params: (run.params ?? {}) as Record<string, unknown>, progress, log });
    const finished = new Date();
    const promote = outcome.promote ?? true;
    await db.$transaction(async (tx) => {
      // One champion per kind and dataset: promoting this run demotes the previous champion.
      if (promote) await tx.modelRun.updateMany({ where: { datasetId: run.datasetId, kind: run.kind, isChampion: true }, data: { isChampion: false } });
      await tx.modelRun.update({
        where: { id: runId },
        data: {
          status: "succeeded",
          progress: 1,
          stage: "done",
          metrics: outcome.metrics as object,
          artifacts: outcome.artifacts as object,
          params: (outcome.params ?? run.params ?? {}) as object,
          isChampion: promote,
          finishedAt: finished,
          durationMs: finished.getTime() - started.getTime(),
        },
      });
      // Several fits finishing at once (first start) can keep the pool busy beyond Prisma's 2 s default wait.
    }, { maxWait: 30_000, timeout: 60_000 });
    await log(`succeeded in ${((finished.getTime() - started.getTime()) / 1000).toFixed(1)} s${promote ? "; now the champion" : ""}`);
    input.log?.(`run ${runId} (${run.kind}) succeeded`);
    logger.info("fit succeeded", { runId, kind: run.kind, attempt, seconds: (finished.getTime() - started.getTime()) / 1000 });
    return { status: "succeeded" as const };
  } catch (error) {
    if (error instanceof CancelledError) {
      await log("stopped after cancellation", "warn");
      return { status: "cancelled" as const };
    }
    const message = error instanceof Error ? error.message : String(error);
    const final = attempt > input.retryLimit;
    await log(`attempt ${attempt} failed: ${message}`, "error");
    logger.error("fit attempt failed", { runId, kind: run.kind, attempt, final, error: message });
    await db.modelRun.update({
      where: { id: runId },
      data: final
        ? { status: "failed", stage: "failed", error: message.slice(0, 2000), finishedAt: new Date(), durationMs: Date.now() - started.getTime() }
        : { status: "queued", stage: `retrying after attempt ${attempt} failed`, error: message.slice(0, 2000) },
    });
    if (final) {
      await raiseAlert({ kind: "job_failed", severity: "critical", title: `${run.kind} fit failed`, message: `Run #${runId} failed after ${attempt} attempts: ${message}`.slice(0, 500), runId, details: { attempts: attempt } });
      input.log?.(`run ${runId} (${run.kind}) failed: ${message}`);
      return { status: "failed" as const };
    }
    throw error; // let pg-boss schedule the retry with backoff
  }
}
