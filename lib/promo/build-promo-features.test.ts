import { describe, expect, it } from "vitest";
import { buildPromoFeatures, sumRevenueByRegionWeek } from "./build-promo-features";
import { buildPromoContext, promoFeaturesAt } from "./promo-context";
import { dayNumberToIso, isoToDayNumber } from "./promo-dates";
import type { HolidayRow, PromotionRow, RegionWeekRevenue } from "./types";

const promo = (id: string, over: Partial<PromotionRow>): PromotionRow => ({
  promotionId: id,
  category: "snacks",
  region: "north",
  discountPct: 20,
  startDate: "2026-03-02",
  endDate: "2026-03-08",
  promoType: "bogo",
  cost: 100,
  salesAmount: 700,
  salesCount: 10,
  ...over,
});

// Target T starts Monday 2026-03-16 (10 days, to 03-25) in north.
const rows: PromotionRow[] = [
  promo("A", { startDate: "2026-03-02", endDate: "2026-03-08", salesAmount: 700 }), // snacks, ended before: sold, 100/day
  promo("B", { startDate: "2026-03-05", endDate: "2026-03-15", salesAmount: 0 }), // snacks, ended the day before: not sold
  promo("C", { startDate: "2026-03-10", endDate: "2026-03-20", salesAmount: 5000 }), // snacks, still running at T's start
  promo("D", { startDate: "2026-03-14", endDate: "2026-03-16", category: "dairy", salesAmount: 300 }), // north, running on the start day
  promo("E", { startDate: "2026-03-01", endDate: "2026-03-10", region: "south", salesAmount: 900 }), // snacks in south, ended before
  promo("T", { startDate: "2026-03-16", endDate: "2026-03-25", salesAmount: 2000 }),
  promo("F", { startDate: "2026-03-16", endDate: "2026-03-20", salesAmount: 100 }), // starts the same day: not "before"
  promo("G", { startDate: "2026-03-20", endDate: "2026-03-22", salesAmount: 0 }),
];
const revenue: RegionWeekRevenue[] = [
  { week: "2026-02-09", region: "north", revenue: 7000 }, // Monday 35 days before: outside the 30-day window
  { week: "2026-02-16", region: "north", revenue: 14000 }, // 28 days before: inside
  { week: "2026-02-23", region: "north", revenue: 21000 },
  { week: "2026-03-02", region: "north", revenue: 28000 },
  { week: "2026-03-09", region: "north", revenue: 35000 }, // ends 03-15, the day before: inside
  { week: "2026-03-16", region: "north", revenue: 999999 }, // the start week: excluded
  { week: "2026-03-09", region: "south", revenue: 1 },
];
const holidays: HolidayRow[] = [
  { date: "2026-03-17", name: "St Patrick's Day", region: "north" },
  { date: "2026-03-18", name: "Southern Day", region: "south" },
  { date: "2026-03-26", name: "Just after", region: null },
];

describe("promoFeaturesAt", () => {
  const ctx = buildPromoContext(rows, revenue, holidays);
  const t = promoFeaturesAt(ctx, {
    promotionId: "T",
    category: "snacks",
    region: "north",
    discountPct: 20,
    durationDays: 10,
    startDate: "2026-03-16",
    promoType: "bogo",
    cost: 100,
  });
  it("computes the history features by hand", () => {
    expect(t.pastCategoryCount).toBe(3); // A, B (north) and E (south): ended strictly before 03-16
    expect(t.pastCategorySellRate).toBeCloseTo(2 / 3, 12);
    expect(t.pastCategoryMeanDailyUplift).toBeCloseTo((100 + 90) / 2, 12); // A 700/7, E 900/10
    expect(t.baselineDailyRevenue).toBeCloseTo((14000 + 21000 + 28000 + 35000) / 28, 9);
    expect(t.concurrentPromos).toBe(2); // C and D; F starts the same day, T is itself
    expect(t.holidayPeriod).toBe(true);
    expect(t.holidayNames).toEqual(["St Patrick's Day"]);
    expect(t.month).toBe(3);
  });
  it("has no history for a category never seen and no baseline before the data starts", () => {
    const f = promoFeaturesAt(ctx, {
      category: "frozen",
      region: "north",
      discountPct: 10,
      durationDays: 3,
      startDate: "2026-02-01",
      promoType: "bogo",
      cost: 0,
    });
    expect(f.pastCategoryCount).toBe(0);
    expect(f.pastCategorySellRate).toBeNull();
    expect(f.baselineDailyRevenue).toBeNull();
    expect(f.holidayPeriod).toBe(false);
  });
});

describe("buildPromoFeatures: no leakage", () => {
  /** Rewrites everything dated on or after `start`: later promos, outcomes not finished before it, revenue weeks not wholly before it. */
  function scrambleFrom(start: string, targetId: string, seedShift: number) {
    const s = isoToDayNumber(start);
    const promos = rows.map((p) => {
      const ps = isoToDayNumber(p.startDate);
      const pe = isoToDayNumber(p.endDate);
      let q = { ...p };
      if (pe >= s) q = { ...q, salesAmount: (p.salesAmount ?? 0) * 3 + seedShift, salesCount: 99 }; // outcome not yet known at `start`
      if (ps >= s && p.promotionId !== targetId) {
        q = {
          ...q,
          category: "snacks",
          region: "north",
          discountPct: 77,
          promoType: "other",
          startDate: dayNumberToIso(ps + 1),
          endDate: dayNumberToIso(pe + 3),
        };
      }
      return q;
    });
    promos.push(promo("NEW", { startDate: dayNumberToIso(s + 1), endDate: dayNumberToIso(s + 5), salesAmount: 1e6 }));
    promos.push(promo("NEW2", { startDate: start, endDate: dayNumberToIso(s + 40), salesAmount: 0 }));
    const rev = revenue.map((r) => (isoToDayNumber(r.week) + 6 >= s ? { ...r, revenue: r.revenue * 10 + seedShift } : r));
    rev.push({ week: dayNumberToIso(s + 7 - ((s + 3) % 7)), region: "north", revenue: 5e6 });
    return { promos, rev };
  }
  const original = buildPromoFeatures(rows, revenue, holidays);
  const byId = (table: ReturnType<typeof buildPromoFeatures>, id: string) => table.find((r) => r.promotionId === id)!;

  it.each(["T", "C", "D", "A"])("features of %s do not change when data on/after its start changes", (id) => {
    const start = rows.find((p) => p.promotionId === id)!.startDate;
    for (const shift of [1, 2]) {
      const { promos, rev } = scrambleFrom(start, id, shift);
      const again = byId(buildPromoFeatures(promos, rev, holidays), id);
      expect(again.features).toEqual(byId(original, id).features);
    }
  });

  it("does change when data before the start changes (the test can fail)", () => {
    const changed = rows.map((p) => (p.promotionId === "A" ? { ...p, salesAmount: 0 } : p));
    expect(byId(buildPromoFeatures(changed, revenue, holidays), "T").features.pastCategorySellRate).toBeCloseTo(1 / 3, 12);
    const revChanged = revenue.map((r) => (r.week === "2026-03-09" && r.region === "north" ? { ...r, revenue: 0 } : r));
    expect(byId(buildPromoFeatures(rows, revChanged, holidays), "T").features.baselineDailyRevenue).not.toBe(byId(original, "T").features.baselineDailyRevenue);
  });

  it("builds targets, skips planned promos and sorts by start", () => {
    const withPlanned = [...rows, promo("P", { startDate: "2026-04-01", endDate: "2026-04-02", salesAmount: null })];
    const table = buildPromoFeatures(withPlanned, revenue, holidays);
    expect(table.map((r) => r.promotionId)).toEqual(["E", "A", "B", "C", "D", "F", "T", "G"]);
    const t = byId(table, "T");
    expect(t.sold).toBe(true);
    expect(t.dailyUplift).toBe(200); // 2000 over 10 inclusive days
    expect(byId(table, "G").sold).toBe(false);
  });
});

describe("sumRevenueByRegionWeek", () => {
  it("sums channels", () => {
    expect(
      sumRevenueByRegionWeek([
        { week: "2026-01-05", region: "north", revenue: 1 },
        { week: "2026-01-05", region: "north", revenue: 2 },
        { week: "2026-01-05", region: "south", revenue: 5 },
      ]),
    ).toEqual([
      { week: "2026-01-05", region: "north", revenue: 3 },
      { week: "2026-01-05", region: "south", revenue: 5 },
    ]);
  });
});
