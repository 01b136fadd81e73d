import { isoToDayNumber, lowerBound, monthOfDayNumber, promoDurationDays, upperBound } from "./promo-dates";
import type { HolidayRow, PlannedPromo, PromotionRow, RegionWeekRevenue } from "./types";

/**
 * Everything feature building needs, indexed once: per-category outcome histories by end date
 * (prefix sums), per-region weekly revenue and promotion windows, holidays by region. Built once
 * per request or training run, it answers each promo's features in O(log n), which is what keeps
 * batch scoring of 1,000 planned promos in milliseconds. It is a runtime index, not a stored model.
 */
export type PromoContext = {
  categories: Map<string, { endDays: number[]; cumCount: number[]; cumSold: number[]; cumSoldUplift: number[] }>;
  revenue: Map<string, { weekDays: number[]; cumRevenue: number[] }>;
  regionPromos: Map<string, { startDays: number[]; endDays: number[]; ids: string[]; maxDuration: number }>;
  holidays: Map<string | null, { days: number[]; names: string[] }>;
};

/** The inputs of the promo models for one promotion; only data from before its start is used. */
export type PromoFeatures = {
  category: string;
  region: string;
  promoType: string;
  discountPct: number;
  durationDays: number;
  /** Calendar month (1–12) of the start date. */
  month: number;
  /** Any holiday (for the region or national) on a day of the promo window (the calendar is known in advance). */
  holidayPeriod: boolean;
  holidayNames: string[];
  /** Region's average daily revenue over the whole weeks inside the 30 days before the start; null when none. */
  baselineDailyRevenue: number | null;
  /** Observed promos of the category that ended strictly before the start. */
  pastCategoryCount: number;
  pastCategorySellRate: number | null;
  /** Mean daily uplift (salesAmount / days) of those past promos that sold. */
  pastCategoryMeanDailyUplift: number | null;
  /** Other promos in the region that started before this one and are still running on its start day. */
  concurrentPromos: number;
};

const BASELINE_WINDOW_DAYS = 30;

function cumulative(values: number[]): number[] {
  const out = new Array<number>(values.length + 1);
  out[0] = 0;
  for (let i = 0; i < values.length; i++) out[i + 1] = out[i] + values[i];
  return out;
}

/**
 * Indexes promotions (past and planned; planned ones count for concurrency only), weekly region
 * revenue and holidays.
 */
export function buildPromoContext(
  promotions: readonly PromotionRow[],
  regionRevenue: readonly RegionWeekRevenue[],
  holidays: readonly HolidayRow[],
): PromoContext {
  const categories: PromoContext["categories"] = new Map();
  const byCategory = new Map<string, { end: number; sold: number; uplift: number }[]>();
  const byRegion = new Map<string, { start: number; end: number; id: string }[]>();
  for (const p of promotions) {
    const start = isoToDayNumber(p.startDate);
    const end = isoToDayNumber(p.endDate);
    if (!byRegion.has(p.region)) byRegion.set(p.region, []);
    byRegion.get(p.region)!.push({ start, end, id: p.promotionId });
    if (p.salesAmount === null) continue;
    const sold = p.salesAmount > 0 ? 1 : 0;
    if (!byCategory.has(p.category)) byCategory.set(p.category, []);
    byCategory.get(p.category)!.push({ end, sold, uplift: sold ? p.salesAmount / (end - start + 1) : 0 });
  }
  for (const [category, list] of byCategory) {
    list.sort((a, b) => a.end - b.end);
    categories.set(category, {
      endDays: list.map((e) => e.end),
      cumCount: cumulative(list.map(() => 1)),
      cumSold: cumulative(list.map((e) => e.sold)),
      cumSoldUplift: cumulative(list.map((e) => e.uplift)),
    });
  }
  const regionPromos: PromoContext["regionPromos"] = new Map();
  for (const [region, list] of byRegion) {
    list.sort((a, b) => a.start - b.start);
    regionPromos.set(region, {
      startDays: list.map((e) => e.start),
      endDays: list.map((e) => e.end),
      ids: list.map((e) => e.id),
      maxDuration: list.reduce((m, e) => Math.max(m, e.end - e.start + 1), 0),
    });
  }
  const weekly = new Map<string, Map<number, number>>();
  for (const r of regionRevenue) {
    if (!weekly.has(r.region)) weekly.set(r.region, new Map());
    const m = weekly.get(r.region)!;
    const day = isoToDayNumber(r.week);
    m.set(day, (m.get(day) ?? 0) + r.revenue);
  }
  const revenue: PromoContext["revenue"] = new Map();
  for (const [region, m] of weekly) {
    const weeks = [...m.keys()].sort((a, b) => a - b);
    revenue.set(region, { weekDays: weeks, cumRevenue: cumulative(weeks.map((w) => m.get(w)!)) });
  }
  const holidayLists = new Map<string | null, { day: number; name: string }[]>();
  for (const h of holidays) {
    if (!holidayLists.has(h.region)) holidayLists.set(h.region, []);
    holidayLists.get(h.region)!.push({ day: isoToDayNumber(h.date), name: h.name });
  }
  const holidayIndex: PromoContext["holidays"] = new Map();
  for (const [region, list] of holidayLists) {
    list.sort((a, b) => a.day - b.day);
    holidayIndex.set(region, { days: list.map((e) => e.day), names: list.map((e) => e.name) });
  }
  return { categories, revenue, regionPromos, holidays: holidayIndex };
}

/**
 * Features of one (past or planned) promotion. Leakage guard: every history lookup is bounded by
 * the start day — category outcomes need end < start, revenue weeks must end before the start,
 * concurrency counts promos that started before it. The holiday flag looks inside the window on
 * purpose: the holiday calendar is fixed in advance, so it is known when the promo is planned.
 */
export function promoFeaturesAt(context: PromoContext, promo: PlannedPromo): PromoFeatures {
  const start = isoToDayNumber(promo.startDate);
  const end = start + promo.durationDays - 1;

  let pastCategoryCount = 0;
  let pastCategorySellRate: number | null = null;
  let pastCategoryMeanDailyUplift: number | null = null;
  const cat = context.categories.get(promo.category);
  if (cat) {
    const k = lowerBound(cat.endDays, start); // entries with end < start
    pastCategoryCount = cat.cumCount[k];
    const sold = cat.cumSold[k];
    if (pastCategoryCount > 0) pastCategorySellRate = sold / pastCategoryCount;
    if (sold > 0) pastCategoryMeanDailyUplift = cat.cumSoldUplift[k] / sold;
  }

  let baselineDailyRevenue: number | null = null;
  const rev = context.revenue.get(promo.region);
  if (rev) {
    // Whole weeks inside [start − 30, start − 1]: Monday ≥ start − 30 and Sunday ≤ start − 1.
    const from = lowerBound(rev.weekDays, start - BASELINE_WINDOW_DAYS);
    const to = upperBound(rev.weekDays, start - 7);
    if (to > from) baselineDailyRevenue = (rev.cumRevenue[to] - rev.cumRevenue[from]) / (7 * (to - from));
  }

  let concurrentPromos = 0;
  const reg = context.regionPromos.get(promo.region);
  if (reg) {
    // Only promos that started within the longest duration before the start can still be running.
    const firstCandidate = lowerBound(reg.startDays, start - reg.maxDuration);
    const beforeStart = lowerBound(reg.startDays, start);
    for (let i = firstCandidate; i < beforeStart; i++) {
      if (reg.endDays[i] >= start && reg.ids[i] !== promo.promotionId) concurrentPromos++;
    }
  }

  const holidayNames: string[] = [];
  for (const key of [promo.region, null]) {
    const h = context.holidays.get(key);
    if (!h) continue;
    for (let i = lowerBound(h.days, start); i < h.days.length && h.days[i] <= end; i++) holidayNames.push(h.names[i]);
  }

  return {
    category: promo.category,
    region: promo.region,
    promoType: promo.promoType,
    discountPct: promo.discountPct,
    durationDays: promo.durationDays,
    month: monthOfDayNumber(start),
    holidayPeriod: holidayNames.length > 0,
    holidayNames: [...new Set(holidayNames)],
    baselineDailyRevenue,
    pastCategoryCount,
    pastCategorySellRate,
    pastCategoryMeanDailyUplift,
    concurrentPromos,
  };
}

/** A stored promotion row seen as a planned promo (duration from its inclusive dates). */
export function promotionRowToPlanned(row: PromotionRow): PlannedPromo {
  return {
    promotionId: row.promotionId,
    category: row.category,
    region: row.region,
    discountPct: row.discountPct,
    durationDays: promoDurationDays(row.startDate, row.endDate),
    startDate: row.startDate,
    promoType: row.promoType,
    cost: row.cost,
  };
}
