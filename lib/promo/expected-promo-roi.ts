import { DEFAULT_PROMO_MARGIN } from "./promo-policy";

/** What a promo is expected to earn and cost, and the resulting ROI. */
export type PromoEconomics = {
  /** P(sells) × daily uplift × days: incremental sales, at list price (currency). */
  expectedIncrementalRevenue: number;
  /** discountPct / 100 × expected incremental sales (currency). */
  discountCost: number;
  /** discount cost + the promo's own cost (currency). */
  totalCost: number;
  /** expected incremental revenue × margin − total cost (currency). */
  expectedProfit: number;
  /** expected profit / total cost; the denominator is floored at 1 currency unit so a free promo stays finite. */
  roi: number;
};

/**
 * Expected economics of a promo.
 *
 * Assumptions (stated because they drive every go/no-go):
 * - salesAmount, and so the predicted uplift, is incremental sales valued at list price;
 * - the discount is given away on those incremental sales only (regular sales that would have
 *   happened anyway are not re-priced), so discount cost = d % × expected incremental sales;
 * - the promo's `cost` (set-up, media, funded markdown) is fixed: it does not move in the
 *   discount sweep.
 *
 * @param margin gross margin on incremental sales (default DEFAULT_PROMO_MARGIN, 35 %).
 * @example expectedPromoRoi({ pSells: 0.5, dailyUplift: 100, durationDays: 10, discountPct: 20, cost: 50 })
 *   // E = 500, discount cost 100, ROI = (175 − 100 − 50) / 150 = 0.1667
 */
export function expectedPromoRoi(
  input: { pSells: number; dailyUplift: number; durationDays: number; discountPct: number; cost: number },
  margin = DEFAULT_PROMO_MARGIN,
): PromoEconomics {
  const expectedIncrementalRevenue = input.pSells * input.dailyUplift * input.durationDays;
  const discountCost = (input.discountPct / 100) * expectedIncrementalRevenue;
  const totalCost = discountCost + input.cost;
  const expectedProfit = expectedIncrementalRevenue * margin - totalCost;
  return { expectedIncrementalRevenue, discountCost, totalCost, expectedProfit, roi: expectedProfit / Math.max(totalCost, 1) };
}
