import { z } from "zod";
import type { PromoModel } from "../promo/train-promo-model";
import { groupImportanceSchema, stat, storedObject } from "./run-json";

/**
 * What a promo fit stores (lib/jobs/fits/promo-fit.ts writes it; lib/data reads it, parsing once). Version 1: the
 * shape every promo run has had; runs written before the version was stamped are version 1.
 */
export const PROMO_RUN_CONTRACT = 1;

export const promoTruthSchema = z.object({
  n: z.number(),
  nObserved: z.number(),
  aucObserved: stat,
  aucOracle: stat,
  spearmanPSells: stat,
  spearmanUplift: stat,
  spearmanRoi: stat,
  decisionAgreement: stat,
  meanAbsPSellsError: stat,
  trueGoShare: stat,
  bestDiscountMeanAbsError: stat,
  /** Which promos the truth was evaluated on, in words. */
  evaluatedOn: z.string(),
});

export const promoRunMetricsSchema = z.object({
  contract: z.literal(PROMO_RUN_CONTRACT).default(PROMO_RUN_CONTRACT),
  // Flat headline numbers (validation slice) for the registry and the page; the engine's full report is stored beside them.
  auc: z.number(),
  precision: stat,
  recall: stat,
  f1: stat,
  brier: stat,
  baselineBrier: stat,
  threshold: z.number(),
  upliftRmse: z.number().nullable(),
  upliftR2: z.number().nullable(),
  classifierModel: z.string(),
  upliftModel: z.string(),
  sizes: z.object({ rows: z.number(), fit: z.number(), calibrate: z.number(), validate: z.number() }),
  importance: z.array(groupImportanceSchema).optional(),
  truth: promoTruthSchema.nullable(),
});
export type PromoRunMetrics = z.output<typeof promoRunMetricsSchema>;

export const promoRunArtifactsSchema = z.object({
  model: storedObject<PromoModel>(),
  importance: z.array(groupImportanceSchema).default([]),
});
export type PromoRunArtifacts = z.output<typeof promoRunArtifactsSchema>;
