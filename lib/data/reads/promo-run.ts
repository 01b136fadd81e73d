import "server-only";
import { logger } from "../../monitoring/logger";
import { promoRunArtifactsSchema, promoRunMetricsSchema, type PromoRunMetrics } from "../../runs/promo";
import { fetchChampionRun } from "./model-runs";

export type PromoChampionView = {
  run: NonNullable<Awaited<ReturnType<typeof fetchChampionRun>>>;
  metrics: PromoRunMetrics;
  importance: { group: string; importance: number }[];
} | null;

/** The champion promo run with its metrics and driver importance, parsed once against the run contract (lib/runs/promo.ts). */
export async function fetchPromoChampion(datasetId: number): Promise<PromoChampionView> {
  const run = await fetchChampionRun(datasetId, "promo");
  if (!run) return null;
  const metrics = promoRunMetricsSchema.safeParse(run.metrics);
  const artifacts = promoRunArtifactsSchema.safeParse(run.artifacts);
  if (!metrics.success || !artifacts.success) {
    logger.warn("promo champion run does not satisfy the run contract", {
      runId: run.id,
      metrics: metrics.error?.issues[0]?.message,
      artifacts: artifacts.error?.issues[0]?.message,
    });
    return null;
  }
  return { run, metrics: metrics.data, importance: artifacts.data.importance };
}
