import type { FeatureSpec, FeatureValues } from "@/lib/ml/feature-encoder";
import type { PromoFeatures } from "./promo-context";

/**
 * Model columns and the human driver ("group") each belongs to. Discount enters three ways —
 * linear, squared and log(1 + d) — so the linear models can bend: sell probability and uplift both
 * rise then fall with depth (an inverted U), which a single slope cannot express; the trees simply
 * split on the raw value. Month is categorical because seasonality is not smooth (January and the
 * Nov–Dec season behave differently from their neighbours).
 */
export const PROMO_FEATURE_SPEC: FeatureSpec = {
  numeric: [
    { name: "discountPct", group: "discount" },
    { name: "discountSquared", group: "discount" },
    { name: "logDiscount", group: "discount" },
    { name: "durationDays", group: "duration" },
    { name: "holidayPeriod", group: "holiday" },
    { name: "logBaselineDailyRevenue", group: "baseline" },
    { name: "pastCategoryCount", group: "category" },
    { name: "pastCategorySellRate", group: "category" },
    { name: "logPastCategoryMeanDailyUplift", group: "category" },
    { name: "concurrentPromos", group: "concurrency" },
  ],
  categorical: [
    { name: "category", group: "category" },
    { name: "region", group: "region" },
    { name: "promoType", group: "promoType" },
    { name: "month", group: "season" },
  ],
};

/** Names of the columns that depend on the discount, rewritten by the discount sweep. */
export const DISCOUNT_COLUMNS = ["discountPct", "discountSquared", "logDiscount"] as const;

/** Derived columns for one promo's features. */
export function promoFeatureValues(f: PromoFeatures): FeatureValues {
  return {
    discountPct: f.discountPct,
    // Scaled by 100 so the squared term has the same order of magnitude as the linear one.
    discountSquared: (f.discountPct * f.discountPct) / 100,
    logDiscount: Math.log1p(f.discountPct),
    durationDays: f.durationDays,
    holidayPeriod: f.holidayPeriod ? 1 : 0,
    logBaselineDailyRevenue: f.baselineDailyRevenue === null ? null : Math.log1p(Math.max(0, f.baselineDailyRevenue)),
    pastCategoryCount: f.pastCategoryCount,
    pastCategorySellRate: f.pastCategorySellRate,
    logPastCategoryMeanDailyUplift: f.pastCategoryMeanDailyUplift === null ? null : Math.log1p(f.pastCategoryMeanDailyUplift),
    concurrentPromos: f.concurrentPromos,
    category: f.category,
    region: f.region,
    promoType: f.promoType,
    month: String(f.month),
  };
}

/** Values of the discount columns for discount d, in DISCOUNT_COLUMNS order. */
export function discountColumnValues(d: number): [number, number, number] {
  return [d, (d * d) / 100, Math.log1p(d)];
}
