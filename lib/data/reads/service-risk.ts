import "server-only";
import { logger } from "../../monitoring/logger";
import { serviceRunArtifactsSchema, serviceRunMetricsSchema, type ServiceRunMetrics } from "../../runs/service";
import { fetchActiveRun, fetchChampionRun } from "./model-runs";
import type { RankedInteraction } from "../../service/ranked-interactions";

export type { ServiceRunMetrics } from "../../runs/service";

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
  // Parsed once, against the run contract (lib/runs/service.ts); a run that does not satisfy it is shown as no model.
  const metrics = champion ? serviceRunMetricsSchema.safeParse(champion.metrics) : null;
  const artifacts = champion ? serviceRunArtifactsSchema.safeParse(champion.artifacts) : null;
  const usable = champion && metrics?.success && artifacts?.success;
  if (champion && !usable)
    logger.warn("service champion run does not satisfy the run contract", {
      runId: champion.id,
      metrics: metrics?.error?.issues[0]?.message,
      artifacts: artifacts?.error?.issues[0]?.message,
    });
  return {
    activeRunId: active?.id ?? null,
    run: usable ? { id: champion.id, datasetVersion: champion.datasetVersion, finishedAt: champion.finishedAt, codeVersion: champion.codeVersion } : null,
    metrics: usable ? metrics.data : null,
    ranked: usable ? artifacts.data.openInteractions : [],
    scoredAt: usable ? artifacts.data.scoredAt : null,
  };
}
