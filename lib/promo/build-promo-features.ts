import { buildPromoContext, promoFeaturesAt, promotionRowToPlanned, type PromoFeatures } from "./promo-context";
import { isoToDayNumber } from "./promo-dates";
import type { HolidayRow, PromotionRow, RegionWeekRevenue } from "./types";

/** One row of the training table (the seed's ML_PROMO_EFFECTIVENESS). */
export type PromoTrainingRow = {
  promotionId: string;
  startDate: string;
  features: PromoFeatures;
  /** Target 1: salesAmount > 0. */
  sold: boolean;
  /** Target 2: salesAmount / durationDays (already incremental, so no baseline is subtracted). */
  dailyUplift: number;
  cost: number;
};

/**
 * Training table from observed promotions (salesAmount not null), oldest start first so callers
 * can split by time. Features come from `promoFeaturesAt`, the same code that scores planned
 * promos, so training and serving cannot drift apart.
 */
export function buildPromoFeatures(
  promotions: readonly PromotionRow[],
  regionRevenue: readonly RegionWeekRevenue[],
  holidays: readonly HolidayRow[],
): PromoTrainingRow[] {
  const context = buildPromoContext(promotions, regionRevenue, holidays);
  return promotions
    .filter((p) => p.salesAmount !== null)
    .map((p) => {
      const planned = promotionRowToPlanned(p);
      return {
        promotionId: p.promotionId,
        startDate: p.startDate,
        features: promoFeaturesAt(context, planned),
        sold: (p.salesAmount ?? 0) > 0,
        dailyUplift: (p.salesAmount ?? 0) / planned.durationDays,
        cost: p.cost,
      };
    })
    .sort((a, b) => isoToDayNumber(a.startDate) - isoToDayNumber(b.startDate) || (a.promotionId < b.promotionId ? -1 : 1));
}

/** Sums weekly demand rows over channels into region-week revenue (the baseline's input). */
export function sumRevenueByRegionWeek(demand: readonly { week: string; region: string; revenue: number }[]): RegionWeekRevenue[] {
  const totals = new Map<string, RegionWeekRevenue>();
  for (const d of demand) {
    const key = `${d.region}|${d.week}`;
    const t = totals.get(key);
    if (t) t.revenue += d.revenue;
    else totals.set(key, { week: d.week, region: d.region, revenue: d.revenue });
  }
  return [...totals.values()];
}
