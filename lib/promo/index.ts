/**
 * Promo planner engine: pure functions over plain rows. Train with trainPromoModel, store the
 * returned PromoModel as JSON, build a PromoContext once per request and score with scorePromotion(s).
 */
export type { PromotionRow, RegionWeekRevenue, HolidayRow, PlannedPromo } from "./types";
export { buildPromoFeatures, sumRevenueByRegionWeek, type PromoTrainingRow } from "./build-promo-features";
export { buildPromoContext, promoFeaturesAt, promotionRowToPlanned, type PromoContext, type PromoFeatures } from "./promo-context";
export { trainPromoModel, type PromoModel, type PromoModelMetrics, type TrainPromoModelOptions } from "./train-promo-model";
export { scorePromotion, scorePromotions, type PromotionScore, type ScorePromotionOptions } from "./score-promotion";
export { expectedPromoRoi, type PromoEconomics } from "./expected-promo-roi";
export { decidePromo, type PromoDecision, type PromoDecisionOptions } from "./decide-promo";
export { sweepDiscounts, DEFAULT_DISCOUNT_GRID, type DiscountCurvePoint, type DiscountSweepOptions } from "./discount-sweep";
export type { PromoReason } from "./promo-reasons";
export {
  plannedPromoSchema,
  toPlannedPromo,
  parsePlannedPromosCsv,
  PLANNED_PROMO_CSV_COLUMNS,
  type PlannedPromoInput,
  type PlannedPromoCsvError,
  type PlannedPromoCsvResult,
} from "./planned-promo-schema";
export { evaluatePromoModelAgainstTruth, type PromoTruth, type PromoTruthEvaluation } from "./evaluate-promo-model-against-truth";
