import { expectedPromoRoi } from "./expected-promo-roi";
import { discountColumnValues } from "./promo-feature-spec";
import { predictBinaryClassifierSweep } from "@/lib/ml/binary-classifier";
import { predictUpliftSweep } from "./uplift-model";
import type { PromoModel } from "./train-promo-model";
import { MAX_DISCOUNT_PCT } from "./promo-limits";
import { DEFAULT_PROMO_MARGIN, MIN_P_SELLS } from "./promo-policy";

export type DiscountCurvePoint = { discountPct: number; pSells: number; dailyUplift: number; expectedIncrementalRevenue: number; roi: number };

export type DiscountSweepOptions = {
  /** Discounts to try (default 0, 2.5, …, 90: every discount a planned promo may have). */
  grid?: readonly number[];
  margin?: number;
  /** Only discounts with P(sells) ≥ this can be "best" (falls back to all when none qualifies). */
  minPSells?: number;
};

export const DEFAULT_DISCOUNT_GRID: readonly number[] = Array.from({ length: MAX_DISCOUNT_PCT / 2.5 + 1 }, (_, i) => i * 2.5);

/**
 * Re-predicts one promo at each discount on the grid, everything else held fixed (only the
 * discount columns of its encoded row change, so a sweep costs grid × one prediction), and picks
 * the discount with the highest expected ROI among those likely enough to sell. This is the only
 * definition of "best discount": the decision card and the reasons both read `best`.
 */
export function sweepDiscounts(
  model: PromoModel,
  row: readonly number[],
  discountColumns: readonly number[],
  promo: { durationDays: number; cost: number },
  options: DiscountSweepOptions = {},
): { curve: DiscountCurvePoint[]; best: DiscountCurvePoint } {
  const grid = options.grid ?? DEFAULT_DISCOUNT_GRID;
  if (grid.length === 0) throw new Error("sweepDiscounts: empty discount grid");
  const margin = options.margin ?? DEFAULT_PROMO_MARGIN;
  const minPSells = options.minPSells ?? MIN_P_SELLS;
  const settings = grid.map((d) => discountColumnValues(d));
  const pSells = predictBinaryClassifierSweep(model.classifier, row, discountColumns, settings);
  const uplift = predictUpliftSweep(model.uplift, row, discountColumns, settings);
  const curve = grid.map((d, i) => {
    const econ = expectedPromoRoi({ pSells: pSells[i], dailyUplift: uplift[i], durationDays: promo.durationDays, discountPct: d, cost: promo.cost }, margin);
    return { discountPct: d, pSells: pSells[i], dailyUplift: uplift[i], expectedIncrementalRevenue: econ.expectedIncrementalRevenue, roi: econ.roi };
  });
  const eligible = curve.filter((p) => p.pSells >= minPSells);
  const pool = eligible.length > 0 ? eligible : curve;
  const best = pool.reduce((a, b) => (b.roi > a.roi ? b : a));
  return { curve, best };
}
