/**
 * The contract between the job worker and each model kind's fit. A runner reads what it needs from the database,
 * calls the pure modelling code in lib/<kind>/, and returns what the run should record. The worker owns the run's
 * lifecycle (status, timings, retries, alerts, champion); runners own nothing but their fit.
 */
export type FitContext = {
  runId: number;
  datasetId: number;
  datasetVersion: number;
  params: Record<string, unknown>;
  /** Report progress (0..1) and a stage a person can read; throws CancelledError when the run was cancelled. */
  progress: (fraction: number, stage: string) => Promise<void>;
  log: (message: string, level?: "info" | "warn" | "error") => Promise<void>;
};

export type FitOutcome = {
  metrics: Record<string, unknown>;
  artifacts: Record<string, unknown>;
  /** Parameters actually used (defaults filled in), recorded on the run. */
  params?: Record<string, unknown>;
  /** Set false to keep the current champion (e.g. a comparison run). Default true. */
  promote?: boolean;
};

export type FitRunner = (ctx: FitContext) => Promise<FitOutcome>;

export class CancelledError extends Error {
  constructor() {
    super("The run was cancelled");
    this.name = "CancelledError";
  }
}
