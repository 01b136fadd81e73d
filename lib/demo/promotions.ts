/**
 * Past and planned promotions drawn from the true mechanism in promo-truth.ts, plus the revenue
 * they add to regional demand. A promotion that sells spreads its salesAmount evenly over its days;
 * those days' revenue lands in the region's weekly demand (split over channels by organic share).
 */
import type { Rng } from "@/lib/math/random";
import { addDays, dayOfYear, daysBetween } from "./calendar";
import { PROMO_CATEGORIES, PROMO_MECHANISM, PROMO_TYPES, truePromoCost, truePromoOutcome } from "./promo-truth";
import { DEMO_REGIONS } from "./regions";
import { lognormalFactor, roundTo } from "./rng-streams";
import type { DemoPromotionRow } from "./types";

export const PROMO_PLAN = {
  /** Mean promotion starts per region per week; more in Q4 and early summer. */
  startsPerRegionWeek: 12,
  seasonalAmplitude: 0.3,
  plannedCount: 150,
  plannedHorizonWeeks: 8,
} as const;

export type PromotionResult = {
  rows: DemoPromotionRow[];
  /** Promotion revenue per region and week index (only days inside the data window). */
  regional: Record<string, number[]>;
};

function drawDiscount(rng: Rng): number {
  const d = 5 + rng.int(46);
  // Most promotions use round discounts (10 %, 25 % …); some are odd values.
  return rng.next() < 0.6 ? Math.min(50, Math.max(5, Math.round(d / 5) * 5)) : d;
}

function drawPromotion(rng: Rng, id: number, region: string, startDate: string, observed: boolean): DemoPromotionRow {
  const category = PROMO_CATEGORIES[rng.int(PROMO_CATEGORIES.length)];
  const promoType = PROMO_TYPES[rng.int(PROMO_TYPES.length)];
  const discountPct = drawDiscount(rng);
  const durationDays = 3 + rng.int(26);
  const cost = roundTo(truePromoCost(discountPct, durationDays) * lognormalFactor(rng, 0.1), 2);
  let salesAmount: number | null = null;
  let salesCount: number | null = null;
  if (observed) {
    const truth = truePromoOutcome({ category, region, discountPct, durationDays, startDate, promoType });
    const sold = rng.next() < truth.pSells;
    salesAmount = sold ? roundTo(durationDays * truth.dailyUplift * lognormalFactor(rng, PROMO_MECHANISM.salesNoiseSdLog), 2) : 0;
    salesCount = sold ? Math.max(1, Math.round((salesAmount / PROMO_MECHANISM.averageTicket[category]) * lognormalFactor(rng, 0.1))) : 0;
  }
  return {
    promotionId: `PR-${String(id).padStart(6, "0")}`,
    category,
    region,
    discountPct,
    startDate,
    endDate: addDays(startDate, durationDays - 1),
    promoType,
    cost,
    salesAmount,
    salesCount,
  };
}

export function generatePromotions(weeks: readonly string[], rng: Rng): PromotionResult {
  const rows: DemoPromotionRow[] = [];
  const regional: Record<string, number[]> = Object.fromEntries(DEMO_REGIONS.map((r) => [r, new Array<number>(weeks.length).fill(0)]));
  const first = weeks[0];
  const lastDay = addDays(weeks[weeks.length - 1], 6);
  let id = 1;
  for (const week of weeks) {
    const season = 1 + PROMO_PLAN.seasonalAmplitude * Math.cos((2 * Math.PI * (dayOfYear(week) - 320)) / 365.25);
    for (const region of DEMO_REGIONS) {
      const count = Math.max(0, Math.round(PROMO_PLAN.startsPerRegionWeek * season + 2 * rng.normal()));
      for (let k = 0; k < count; k++) {
        const row = drawPromotion(rng, id++, region, addDays(week, rng.int(7)), true);
        rows.push(row);
        if (!row.salesAmount) continue;
        const days = daysBetween(row.startDate, row.endDate) + 1;
        const perDay = row.salesAmount / days;
        for (let d = 0; d < days; d++) {
          const t = Math.floor(daysBetween(first, addDays(row.startDate, d)) / 7);
          if (t < weeks.length) regional[region][t] += perDay;
        }
      }
    }
  }
  // Planned promotions: start after the last observed day, within the next few weeks.
  const planned: DemoPromotionRow[] = [];
  for (let k = 0; k < PROMO_PLAN.plannedCount; k++) {
    const region = DEMO_REGIONS[rng.int(DEMO_REGIONS.length)];
    planned.push(drawPromotion(rng, 0, region, addDays(lastDay, 1 + rng.int(7 * PROMO_PLAN.plannedHorizonWeeks)), false));
  }
  planned.sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));
  for (const p of planned) rows.push({ ...p, promotionId: `PR-${String(id++).padStart(6, "0")}` });
  return { rows, regional };
}
