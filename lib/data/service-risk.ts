import "server-only";
import type { ServiceModelMetrics, ServiceTruthEvaluation } from "../service";
import { fetchActiveRun, fetchChampionRun } from "./model-runs";
import type { RankedInteraction } from "./service-ranked-interactions";

export type ServiceRunMetrics = Pick<ServiceModelMetrics, "chosen" | "validation" | "importance" | "sizes"> & {
  auc: number;
  precision: number;
  recall: number;
  f1: number;
  brier: number;
  truth: (ServiceTruthEvaluation & { evaluatedOn: string }) | null;
};

export type ServiceRiskView = {
  activeRunId: number | null;
  run: { id: number; datasetVersion: number; finishedAt: Date | null; codeVersion: string } | null;
  metrics: ServiceRunMetrics | null;
  /** Open interactions ranked at fit time (lib/jobs/fits/service-fit.ts): the page reads, never scores. */
  ranked: RankedInteraction[];
  scoredAt: string | null;
};

export async function fetchServiceRisk(datasetId: number): Promise<ServiceRiskView> {
  const [champion, active] = await Promise.all([fetchChampionRun(datasetId, "service"), fetchActiveRun(datasetId, "service")]);
  const metrics = champion?.metrics as ServiceRunMetrics | undefined;
  const artifacts = champion?.artifacts as { openInteractions?: RankedInteraction[]; scoredAt?: string } | undefined;
  const usable = champion && typeof metrics?.auc === "number" && Array.isArray(artifacts?.openInteractions);
  return {
    activeRunId: active?.id ?? null,
    run: usable ? { id: champion.id, datasetVersion: champion.datasetVersion, finishedAt: champion.finishedAt, codeVersion: champion.codeVersion } : null,
    metrics: usable ? metrics! : null,
    ranked: usable ? artifacts!.openInteractions! : [],
    scoredAt: usable ? (artifacts!.scoredAt ?? null) : null,
  };
}
