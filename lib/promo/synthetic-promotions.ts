import { createRng } from "@/lib/math/random";
import { dayNumberToIso, isoToDayNumber } from "./promo-dates";
import type { HolidayRow, PlannedPromo, PromotionRow, RegionWeekRevenue } from "./types";

/**
 * A small, strongly-signalled promo world for unit tests (the demo generator is deliberately
 * noisier). Known truth: sell log-odds rise 0.1 per discount point up to 25 % then fall 0.12 per
 * point, plus category and type effects; daily uplift peaks at 20 % discount.
 */
export const SYNTHETIC_PROMO_TRUTH = {
  category: { snacks: 1.0, dairy: 0, frozen: -1.0, bakery: 0.4 } as Record<string, number>,
  promoType: { bogo: 0.6, bundle: -0.6 } as Record<string, number>,
  upliftCategory: { snacks: 1.2, dairy: 1, frozen: 0.8, bakery: 0.9 } as Record<string, number>,
};

export function syntheticPromoTruth(p: PlannedPromo): { pSells: number; dailyUplift: number } {
  const t = SYNTHETIC_PROMO_TRUTH;
  const d = p.discountPct;
  const logit = -1.6 + 0.1 * Math.min(d, 25) - 0.12 * Math.max(d - 25, 0) + (t.category[p.category] ?? 0) + (t.promoType[p.promoType] ?? 0);
  const x = d / 20;
  return { pSells: 1 / (1 + Math.exp(-logit)), dailyUplift: 400 * x * Math.exp(1 - x) * (t.upliftCategory[p.category] ?? 1) };
}

/** `count` observed promos from 2024-01-01 on, with weekly region revenue and a few holidays. */
export function generateSyntheticPromotions(count: number, seed: number): { promotions: PromotionRow[]; revenue: RegionWeekRevenue[]; holidays: HolidayRow[] } {
  const rng = createRng(seed);
  const regions = ["north", "south"];
  const categories = Object.keys(SYNTHETIC_PROMO_TRUTH.category);
  const types = Object.keys(SYNTHETIC_PROMO_TRUTH.promoType);
  const day0 = isoToDayNumber("2024-01-01");
  const span = 700;
  const promotions: PromotionRow[] = [];
  for (let i = 0; i < count; i++) {
    const start = day0 + 35 + Math.floor((i / count) * span);
    const duration = 3 + rng.int(20);
    const planned: PlannedPromo = {
      promotionId: `S${i}`,
      category: categories[rng.int(categories.length)],
      region: regions[rng.int(regions.length)],
      discountPct: 5 * rng.int(11),
      durationDays: duration,
      startDate: dayNumberToIso(start),
      promoType: types[rng.int(types.length)],
      cost: 200,
    };
    const truth = syntheticPromoTruth(planned);
    const sold = rng.next() < truth.pSells;
    promotions.push({
      promotionId: planned.promotionId!,
      category: planned.category,
      region: planned.region,
      discountPct: planned.discountPct,
      startDate: planned.startDate,
      endDate: dayNumberToIso(start + duration - 1),
      promoType: planned.promoType,
      cost: planned.cost,
      salesAmount: sold ? truth.dailyUplift * duration * Math.exp(0.2 * rng.normal()) : 0,
      salesCount: sold ? 1 : 0,
    });
  }
  const revenue: RegionWeekRevenue[] = [];
  for (let w = 0; w < 110; w++) {
    for (const region of regions) revenue.push({ week: dayNumberToIso(day0 + 7 * w), region, revenue: 70_000 * (1 + 0.1 * rng.normal()) });
  }
  const holidays: HolidayRow[] = [
    { date: "2024-12-25", name: "Christmas", region: null },
    { date: "2025-12-25", name: "Christmas", region: null },
  ];
  return { promotions, revenue, holidays };
}
