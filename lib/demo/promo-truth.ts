/**
 * The TRUE promotion mechanism. The promo planner's classifier and uplift regressor are graded
 * against this function, and the generator draws every past promotion's outcome from it.
 *
 * P(sells) = logistic(intercept + 0.05·min(d, 30) − 0.04·max(d − 30, 0) + 0.02·days
 *                     + category + region + type + season)
 *   — deeper discounts help up to ~30 % then hurt (margin-eroding deals get pulled or ignored).
 * dailyUplift (currency/day, when it sells) = base · (d/20)·e^(1 − d/20) · category · region · month · type
 *   — an inverted U in discount with its peak at 20 %.
 */
import { addDays, monthOf } from "./calendar";
import type { DemoPromoMechanism } from "./types";

export const PROMO_CATEGORIES = ["beverages", "snacks", "dairy", "bakery", "frozen", "personal_care"] as const;
export const PROMO_TYPES = ["percentage_off", "bogo", "bundle", "loyalty_points"] as const;

export const PROMO_MECHANISM: DemoPromoMechanism = {
  sellLogit: {
    intercept: -1.1,
    discountSlopeUpTo30: 0.05,
    discountSlopeAbove30: -0.04,
    durationPerDay: 0.02,
    category: { beverages: 0.2, snacks: 0.3, dairy: 0, bakery: -0.1, frozen: -0.2, personal_care: -0.4 },
    region: { north: 0, south: 0.15, east: -0.1, west: 0.05 },
    promoType: { percentage_off: 0, bogo: 0.3, bundle: -0.2, loyalty_points: -0.4 },
    holidaySeason: 0.4,
    summer: 0.15,
    january: -0.3,
  },
  dailyUplift: {
    base: 320,
    discountPeakPct: 20,
    category: { beverages: 1.0, snacks: 0.9, dairy: 0.8, bakery: 0.7, frozen: 1.1, personal_care: 1.3 },
    region: { north: 1.1, south: 1.0, east: 0.95, west: 0.9 },
    promoType: { percentage_off: 1.0, bogo: 1.2, bundle: 1.1, loyalty_points: 0.8 },
    // January … December
    month: [0.8, 0.85, 0.95, 1, 1, 1.05, 1.1, 1.05, 0.95, 1, 1.25, 1.3],
  },
  salesNoiseSdLog: 0.35,
  averageTicket: { beverages: 12, snacks: 8, dairy: 9, bakery: 7, frozen: 15, personal_care: 18 },
  // Cost = fixed set-up + in-store execution that grows with discount depth and length. The markdown itself is
  // NOT in here: the promo planner charges it separately (discount % × promo sales), so including it would count
  // it twice. At this level about a third of promos pay back under the planner's default rule (margin 35 %).
  cost: { fixed: 100, perDiscountPointPerDay: 0.5 },
};

export type PromoInput = {
  category: string;
  region: string;
  discountPct: number;
  durationDays: number;
  startDate: string;
  promoType: string;
};

function lookup(table: Record<string, number>, key: string, what: string): number {
  const v = table[key];
  if (v === undefined) throw new Error(`truePromoOutcome: unknown ${what} "${key}"`);
  return v;
}

/** True if any day of the promotion falls in the Black-Friday-to-New-Year shopping season (Nov 20 – Dec 31). */
export function overlapsHolidaySeason(startDate: string, durationDays: number): boolean {
  const end = addDays(startDate, Math.max(0, durationDays - 1));
  const startYear = Number(startDate.slice(0, 4));
  for (let y = startYear; y <= Number(end.slice(0, 4)); y++) {
    if (startDate <= `${y}-12-31` && end >= `${y}-11-20`) return true;
  }
  return false;
}

export function truePromoOutcome(p: PromoInput): { pSells: number; dailyUplift: number } {
  const m = PROMO_MECHANISM;
  const d = p.discountPct;
  if (!(d >= 0 && d <= 100)) throw new Error(`truePromoOutcome: discountPct must be in [0, 100], got ${d}`);
  if (!(p.durationDays > 0)) throw new Error(`truePromoOutcome: durationDays must be positive, got ${p.durationDays}`);
  const month = monthOf(p.startDate);
  const s = m.sellLogit;
  const logit =
    s.intercept +
    s.discountSlopeUpTo30 * Math.min(d, 30) +
    s.discountSlopeAbove30 * Math.max(d - 30, 0) +
    s.durationPerDay * p.durationDays +
    lookup(s.category, p.category, "category") +
    lookup(s.region, p.region, "region") +
    lookup(s.promoType, p.promoType, "promoType") +
    (overlapsHolidaySeason(p.startDate, p.durationDays) ? s.holidaySeason : 0) +
    (month >= 6 && month <= 8 ? s.summer : 0) +
    (month === 1 ? s.january : 0);
  const u = m.dailyUplift;
  const x = d / u.discountPeakPct;
  const dailyUplift =
    u.base *
    x *
    Math.exp(1 - x) *
    lookup(u.category, p.category, "category") *
    lookup(u.region, p.region, "region") *
    u.month[month - 1] *
    lookup(u.promoType, p.promoType, "promoType");
  return { pSells: 1 / (1 + Math.exp(-logit)), dailyUplift };
}

/** What running the promotion costs (currency). */
export function truePromoCost(discountPct: number, durationDays: number): number {
  return PROMO_MECHANISM.cost.fixed + PROMO_MECHANISM.cost.perDiscountPointPerDay * discountPct * durationDays;
}
