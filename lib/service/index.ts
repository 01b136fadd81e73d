/**
 * Service-risk engine: pure functions over plain rows. Train with trainServiceModel, store the
 * ServiceModel as JSON, score open interactions with scoreInteractions.
 */
export type { ServiceInteractionRow } from "./types";
export { LOW_SATISFACTION_MAX_RATING } from "./types";
export { buildServiceFeatures, serviceFeaturesAt, type ServiceFeatures, type ServiceTrainingRow } from "./build-service-features";
export { buildServiceHistory, customerHistoryBefore, type ServiceHistory } from "./service-history";
export { trainServiceModel, type ServiceModel, type ServiceModelMetrics, type TrainServiceModelOptions } from "./train-service-model";
export { scoreInteractions, type InteractionRisk } from "./score-interactions";
export { riskLevel, DEFAULT_RISK_CUTOFFS, type RiskLevel, type RiskCutoffs } from "./risk-level";
export type { ServiceReason } from "./service-reasons";
export { evaluateServiceModelAgainstTruth, type ServiceTruth, type ServiceTruthEvaluation } from "./evaluate-service-model-against-truth";
