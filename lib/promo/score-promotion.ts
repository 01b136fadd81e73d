import { binaryClassifierContributions } from "@/lib/ml/binary-classifier";
import { groupColumnIndices } from "@/lib/ml/feature-encoder";
import { decidePromo, type PromoDecision, type PromoDecisionOptions } from "./decide-promo";
import { sweepDiscounts, type DiscountCurvePoint, type DiscountSweepOptions } from "./discount-sweep";
import { expectedPromoRoi } from "./expected-promo-roi";
import { promoFeaturesAt, type PromoContext, type PromoFeatures } from "./promo-context";
import { discountColumnIndices, encodePromoFeatures, predictPromoRow } from "./predict-promo";
import { explainPromo, type PromoReason } from "./promo-reasons";
import type { PromoModel } from "./train-promo-model";
import type { PlannedPromo } from "./types";
import { DEFAULT_PROMO_MARGIN, MIN_P_SELLS } from "./promo-policy";

export type ScorePromotionOptions = PromoDecisionOptions & {
  /** Gross margin on incremental sales (default DEFAULT_PROMO_MARGIN, 35 %). */
  margin?: number;
  /** Discount grid for the curve (default 0–90 step 2.5); `false` skips the sweep. */
  sweep?: DiscountSweepOptions["grid"] | false;
  /** Number of reasons (default 3). */
  reasons?: number;
};

export type PromotionScore = {
  promotionId?: string;
  /** Calibrated probability the promo generates any sales. */
  pSells: number;
  /** Expected daily incremental sales if it sells (currency/day). */
  uplift: number;
  /** P(sells) × uplift × days. */
  expectedIncrementalRevenue: number;
  discountCost: number;
  expectedProfit: number;
  /** (expected incremental revenue × margin − discount cost − cost) / (discount cost + cost). */
  roi: number;
  decision: PromoDecision;
  reasons: PromoReason[];
  /** Highest-ROI discount (%) on the grid among those with P(sells) ≥ minPSells; null when the sweep is off. */
  bestDiscount: number | null;
  /** The curve point at bestDiscount (its P(sells), uplift, ROI). */
  bestDiscountPoint: DiscountCurvePoint | null;
  discountCurve: DiscountCurvePoint[];
  features: PromoFeatures;
};

/** Per-model lookups computed once and reused across a batch (column groups, discount columns). */
const layoutCache = new WeakMap<PromoModel, { groups: Record<string, number[]>; discountColumns: number[] }>();
function layoutOf(model: PromoModel) {
  let layout = layoutCache.get(model);
  if (!layout) {
    layout = { groups: groupColumnIndices(model.encoder), discountColumns: discountColumnIndices(model) };
    layoutCache.set(model, layout);
  }
  return layout;
}

/**
 * Scores one planned promo: P(sells), uplift, expected ROI, go/no-go with the three strongest
 * reasons, and the discount curve. Build `context` once with `buildPromoContext(pastAndPlannedPromos,
 * regionRevenue, holidays)` and reuse it for a whole batch.
 */
export function scorePromotion(model: PromoModel, plannedPromo: PlannedPromo, context: PromoContext, options: ScorePromotionOptions = {}): PromotionScore {
  const margin = options.margin ?? DEFAULT_PROMO_MARGIN;
  const minPSells = options.minPSells ?? MIN_P_SELLS;
  const layout = layoutOf(model);
  const features = promoFeaturesAt(context, plannedPromo);
  const row = encodePromoFeatures(model, features);
  const { pSells, dailyUplift } = predictPromoRow(model, row);
  const econ = expectedPromoRoi(
    { pSells, dailyUplift, durationDays: plannedPromo.durationDays, discountPct: plannedPromo.discountPct, cost: plannedPromo.cost },
    margin,
  );
  const sweep = options.sweep === false ? null : sweepDiscounts(model, row, layout.discountColumns, plannedPromo, { grid: options.sweep, margin, minPSells });
  const contributions = binaryClassifierContributions(model.classifier, row, layout.groups);
  return {
    promotionId: plannedPromo.promotionId,
    pSells,
    uplift: dailyUplift,
    expectedIncrementalRevenue: econ.expectedIncrementalRevenue,
    discountCost: econ.discountCost,
    expectedProfit: econ.expectedProfit,
    roi: econ.roi,
    decision: decidePromo({ roi: econ.roi, pSells }, options),
    reasons: explainPromo(model, contributions, features, sweep?.best ?? null, options.reasons ?? 3),
    bestDiscount: sweep ? sweep.best.discountPct : null,
    bestDiscountPoint: sweep?.best ?? null,
    discountCurve: sweep?.curve ?? [],
    features,
  };
}

/** Batch form of scorePromotion (same context for every promo). */
export function scorePromotions(
  model: PromoModel,
  plannedPromos: readonly PlannedPromo[],
  context: PromoContext,
  options: ScorePromotionOptions = {},
): PromotionScore[] {
  return plannedPromos.map((p) => scorePromotion(model, p, context, options));
}
