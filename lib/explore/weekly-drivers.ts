import { DAY_MS } from "../math/time-units";
const day = (iso: string) => Math.round(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS);
const iso = (d: number) => new Date(d * DAY_MS).toISOString().slice(0, 10);

/** The Monday of the ISO week holding a date (weeks are identified by their Monday across the app). */
export function mondayOf(date: string): string {
  const d = day(date);
  const dow = (new Date(d * DAY_MS).getUTCDay() + 6) % 7;
  return iso(d - dow);
}

/**
 * Promotions running per week and their average discount: a promotion runs in week w when its dates overlap
 * Monday w … Sunday w + 6.
 * @example weeklyPromotions(["2024-01-01"], [{ startDate: "2023-12-30", endDate: "2024-01-02", discountPct: 20 }]) // { active: [1], avgDiscount: [20] }
 */
export function weeklyPromotions(
  weeks: readonly string[],
  promotions: readonly { startDate: string; endDate: string; discountPct: number }[],
): { active: number[]; avgDiscount: number[] } {
  const active = new Array<number>(weeks.length).fill(0);
  const discount = new Array<number>(weeks.length).fill(0);
  const starts = weeks.map(day);
  for (const p of promotions) {
    const s = day(p.startDate);
    const e = day(p.endDate);
    for (let i = 0; i < weeks.length; i++) {
      if (s <= starts[i] + 6 && e >= starts[i]) {
        active[i]++;
        discount[i] += p.discountPct;
      }
    }
  }
  return { active, avgDiscount: discount.map((d, i) => (active[i] ? d / active[i] : Number.NaN)) };
}

/**
 * A campaign's budget spread evenly over the weeks it spans (Monday of its start to its end), summed per week.
 * @example weeklyCampaignBudget(["2024-01-01", "2024-01-08"], [{ startDate: "2024-01-01", endDate: "2024-01-14", budget: 100 }]) // [50, 50]
 */
export function weeklyCampaignBudget(weeks: readonly string[], campaigns: readonly { startDate: string; endDate: string; budget: number }[]): number[] {
  const out = new Array<number>(weeks.length).fill(0);
  const index = new Map(weeks.map((w, i) => [day(w), i]));
  for (const c of campaigns) {
    const first = day(mondayOf(c.startDate));
    const last = day(c.endDate);
    const spanned: number[] = [];
    for (let d = first; d <= last; d += 7) spanned.push(d);
    if (!spanned.length) continue;
    const perWeek = c.budget / spanned.length;
    for (const d of spanned) {
      const i = index.get(d);
      if (i !== undefined) out[i] += perWeek;
    }
  }
  return out;
}
