import { binaryClassifierContributions, predictBinaryClassifier } from "@/lib/ml/binary-classifier";
import { encodeFeatures, groupColumnIndices } from "@/lib/ml/feature-encoder";
import { serviceFeaturesAt, type ServiceFeatures } from "./build-service-features";
import { riskLevel, type RiskLevel } from "./risk-level";
import { explainInteraction, type ServiceReason } from "./service-reasons";
import { serviceFeatureValues } from "./service-feature-spec";
import { buildServiceHistory, type ServiceHistory } from "./service-history";
import type { ServiceModel } from "./train-service-model";
import type { ServiceInteractionRow } from "./types";

export type InteractionRisk = {
  interactionId: string;
  /** Calibrated P(rating ≤ 2). */
  probability: number;
  riskLevel: RiskLevel;
  reasons: ServiceReason[];
  features: ServiceFeatures;
};

/**
 * Scores interactions (typically the open ones) for low-satisfaction risk. `history` is the closed
 * interactions the customers' past ratings come from — rows or a prebuilt `buildServiceHistory`
 * index; each interaction only sees ratings from before it happened.
 */
export function scoreInteractions(
  model: ServiceModel,
  openRows: readonly ServiceInteractionRow[],
  history: ServiceHistory | readonly ServiceInteractionRow[],
  options: { reasons?: number } = {},
): InteractionRisk[] {
  const index = Array.isArray(history) ? buildServiceHistory(history as readonly ServiceInteractionRow[]) : (history as ServiceHistory);
  const groups = groupColumnIndices(model.encoder);
  return openRows.map((row) => {
    const features = serviceFeaturesAt(index, row);
    const x = encodeFeatures(model.encoder, serviceFeatureValues(features));
    const probability = predictBinaryClassifier(model.classifier, x);
    return {
      interactionId: row.interactionId,
      probability,
      riskLevel: riskLevel(probability, model.riskCutoffs),
      reasons: explainInteraction(model, binaryClassifierContributions(model.classifier, x, groups), features, options.reasons ?? 3),
      features,
    };
  });
}
