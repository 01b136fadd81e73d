import { prisma } from "../db/client";
import { logger } from "../monitoring/logger";
import { postAlertWebhook, storeAlert } from "../monitoring/raise-alert";
import { codeVersion } from "./code-version";
import { CancelledError, type FitRunner } from "./fit-runner";
import type { FitKind } from "./queue";

/** The run is no longer this attempt's: it was queued again (its worker looked dead) or re-claimed. */
class ClaimLostError extends Error {
  constructor() {
    super("The run was taken over by another attempt");
    this.name = "ClaimLostError";
  }
}

/**
 * Runs one fit job for a model run and records everything on the run: status, progress, timings, attempts,
 * metrics, artifacts, champion flag, and a run log. Throws when the attempt failed so the queue retries it
 * (with backoff); after the last attempt the run is marked failed and a job_failed alert is raised.
 *
 * Idempotent under re-delivery: the attempt first claims the run with a conditional update (queued → running), so a
 * job delivered again for a run that is running, finished or cancelled does nothing. Every later write is
 * conditional on the claim still holding (status running, this worker, this attempt number), so a cancel or a
 * requeue that lands while the fit computes is never overwritten by its result.
 */
export async function runFitJob(input: {
  runId: number;
  runners: Partial<Record<FitKind, FitRunner>>;
  retryLimit: number;
  log?: (m: string) => void;
  workerId?: string;
}) {
  const db = prisma();
  const { runId } = input;
  const run = await db.modelRun.findUnique({ where: { id: runId } });
  if (!run) return; // deleted while queued: nothing to do
  if (run.status !== "queued") {
    input.log?.(`run ${runId} (${run.kind}) is ${run.status}, not queued: job delivery ignored`);
    return { status: "ignored" as const };
  }
  const runner = input.runners[run.kind as FitKind];
  const attempt = run.attempts + 1;
  const workerId = input.workerId ?? null;
  const started = new Date();
  const claim = await db.modelRun.updateMany({
    where: { id: runId, status: "queued", attempts: run.attempts },
    data: { status: "running", stage: "starting", progress: 0, attempts: attempt, startedAt: started, error: null, codeVersion: codeVersion(), workerId },
  });
  if (claim.count === 0) {
    input.log?.(`run ${runId} (${run.kind}) was claimed or cancelled meanwhile: job delivery ignored`);
    return { status: "ignored" as const };
  }
  /** This attempt still owns the run: every write after the claim goes through this condition. */
  const claimed = { id: runId, status: "running", attempts: attempt, workerId };
  await db.runLog.create({ data: { runId, message: `attempt ${attempt} started` } });

  let lastWrite = 0;
  const progress = async (fraction: number, stage: string) => {
    const now = Date.now();
    // Progress arrives in bursts from tight loops; two writes a second are plenty for a progress bar.
    if (now - lastWrite < 500 && fraction < 1) return;
    lastWrite = now;
    const written = await db.modelRun.updateMany({ where: claimed, data: { progress: Math.max(0, Math.min(1, fraction)), stage: stage.slice(0, 200) } });
    if (written.count === 0) throw (await isCancelled()) ? new CancelledError() : new ClaimLostError();
  };
  const log = async (message: string, level: "info" | "warn" | "error" = "info") => {
    await db.runLog.create({ data: { runId, level, message: message.slice(0, 2000) } });
  };
  const isCancelled = async () => (await db.modelRun.findUnique({ where: { id: runId }, select: { status: true } }))?.status === "cancelled";

  try {
    if (!runner) throw new Error(`No fit runner for kind "${run.kind}"`);
    const outcome = await runner({
      runId,
      datasetId: run.datasetId,
      datasetVersion: run.datasetVersion,
      params: (run.params ?? {}) as Record<string, unknown>,
      progress,
      log,
    });
    const finished = new Date();
    const promote = outcome.promote ?? true;
    const recorded = await db.$transaction(
      async (tx) => {
        // Written only while this attempt still holds the run (a cancel may have landed during the fit); the row lock
        // taken here makes a concurrent cancel wait for this transaction and then find the run finished.
        const done = await tx.modelRun.updateMany({
          where: claimed,
          data: {
            status: "succeeded",
            progress: 1,
            stage: "done",
            metrics: outcome.metrics as object,
            artifacts: outcome.artifacts as object,
            params: (outcome.params ?? run.params ?? {}) as object,
            isChampion: false,
            finishedAt: finished,
            durationMs: finished.getTime() - started.getTime(),
          },
        });
        if (done.count === 0) return false;
        if (promote) {
          // One champion per kind and dataset: promoting this run demotes the previous champion.
          await tx.modelRun.updateMany({ where: { datasetId: run.datasetId, kind: run.kind, isChampion: true }, data: { isChampion: false } });
          await tx.modelRun.update({ where: { id: runId }, data: { isChampion: true } });
        }
        return true;
        // Several fits finishing at once (first start) can keep the pool busy beyond Prisma's 2 s default wait.
      },
      { maxWait: 30_000, timeout: 60_000 },
    );
    if (!recorded) throw (await isCancelled()) ? new CancelledError() : new ClaimLostError();
    await log(`succeeded in ${((finished.getTime() - started.getTime()) / 1000).toFixed(1)} s${promote ? "; now the champion" : ""}`);
    input.log?.(`run ${runId} (${run.kind}) succeeded`);
    logger.info("fit succeeded", { runId, kind: run.kind, attempt, seconds: (finished.getTime() - started.getTime()) / 1000 });
    return { status: "succeeded" as const };
  } catch (error) {
    if (error instanceof CancelledError) {
      await log("stopped after cancellation", "warn");
      return { status: "cancelled" as const };
    }
    if (error instanceof ClaimLostError) {
      await log(`attempt ${attempt} stopped: the run was queued again or taken over meanwhile; its result was not recorded`, "warn");
      return { status: "ignored" as const };
    }
    const message = error instanceof Error ? error.message : String(error);
    const final = attempt > input.retryLimit;
    await log(`attempt ${attempt} failed: ${message}`, "error");
    logger.error("fit attempt failed", { runId, kind: run.kind, attempt, final, error: message });
    const failedData = { status: "failed", stage: "failed", error: message.slice(0, 2000), finishedAt: new Date(), durationMs: Date.now() - started.getTime() };
    const retryData = { status: "queued", stage: `retrying after attempt ${attempt} failed`, error: message.slice(0, 2000) };
    // The last attempt marks the run failed and stores its alert in one transaction: the Models page and a waiting
    // caller never see a failed run without its alert, and a crash between the two cannot lose the alert.
    const marked = await db.$transaction(async (tx) => {
      const updated = await tx.modelRun.updateMany({ where: claimed, data: final ? failedData : retryData });
      if (!final || updated.count === 0) return { count: updated.count, alert: null };
      const stored = await storeAlert(tx, {
        kind: "job_failed",
        severity: "critical",
        title: `${run.kind} fit failed`,
        message: `Run #${runId} failed after ${attempt} attempts: ${message}`.slice(0, 500),
        runId,
        details: { attempts: attempt },
      });
      return { count: updated.count, alert: stored.created ? stored.alert : null };
    });
    // Cancelled or taken over while failing: whoever holds the run now decides what happens to it.
    if (marked.count === 0) return { status: (await isCancelled()) ? ("cancelled" as const) : ("ignored" as const) };
    if (final) {
      if (marked.alert) postAlertWebhook(marked.alert);
      input.log?.(`run ${runId} (${run.kind}) failed: ${message}`);
      return { status: "failed" as const };
    }
    throw error; // let pg-boss schedule the retry with backoff
  }
}
