import { z } from "zod";
import type { RankedInteraction } from "../service/ranked-interactions";
import type { ServiceModel, ServiceModelMetrics } from "../service";
import { groupImportanceSchema, stat, storedObject } from "./run-json";

/**
 * What a service-risk fit stores (lib/jobs/fits/service-fit.ts writes it; lib/data/reads/service-risk.ts parses it once).
 * Version 1: the shape every service run has had; runs written before the version was stamped are version 1.
 */
export const SERVICE_RUN_CONTRACT = 1;

export const serviceTruthSchema = z.object({
  n: z.number(),
  nObserved: z.number(),
  aucObserved: stat,
  aucOracle: stat,
  spearman: stat,
  meanAbsError: stat,
  evaluatedOn: z.string(),
});

export const serviceRunMetricsSchema = z.object({
  contract: z.literal(SERVICE_RUN_CONTRACT).default(SERVICE_RUN_CONTRACT),
  // Headline numbers at the High cut-off (the escalation flag).
  auc: z.number(),
  precision: stat,
  recall: stat,
  f1: stat,
  brier: stat,
  chosen: z.string() as z.ZodType<ServiceModelMetrics["chosen"]>,
  validation: storedObject<ServiceModelMetrics["validation"]>(),
  importance: z.array(groupImportanceSchema),
  sizes: storedObject<ServiceModelMetrics["sizes"]>(),
  truth: serviceTruthSchema.nullable(),
});
export type ServiceRunMetrics = z.output<typeof serviceRunMetricsSchema>;

export const serviceRunArtifactsSchema = z.object({
  model: storedObject<ServiceModel>(),
  /** Open interactions ranked at fit time: the page reads them, never scores. */
  openInteractions: z.array(storedObject<RankedInteraction>()),
  scoredAt: z.string().nullable().default(null),
  openCount: z.number().optional(),
});
export type ServiceRunArtifacts = z.output<typeof serviceRunArtifactsSchema>;
