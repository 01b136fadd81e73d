import { describe, expect, it } from "vitest";
import { overlapsHolidaySeason, truePromoOutcome } from "./promo-truth";

const base = { category: "snacks", region: "north", durationDays: 14, startDate: "2025-04-07", promoType: "percentage_off" };
const at = (discountPct: number) => truePromoOutcome({ ...base, discountPct });
const argmax = (f: (d: number) => number) => {
  let best = 5;
  for (let d = 5; d <= 50; d++) if (f(d) > f(best)) best = d;
  return best;
};

describe("truePromoOutcome", () => {
  it("has its uplift sweet spot between 10 % and 30 % discount", () => {
    expect(argmax((d) => at(d).dailyUplift)).toBe(20);
    const expectedSales = argmax((d) => at(d).pSells * at(d).dailyUplift);
    expect(expectedSales).toBeGreaterThanOrEqual(10);
    expect(expectedSales).toBeLessThanOrEqual(30);
  });

  it("raises P(sells) with discount up to 30 % and lowers it beyond", () => {
    expect(at(30).pSells).toBeGreaterThan(at(15).pSells);
    expect(at(45).pSells).toBeLessThan(at(30).pSells);
  });

  it("sells more often in the holiday season than in January", () => {
    const dec = truePromoOutcome({ ...base, discountPct: 20, startDate: "2025-12-01" });
    const jan = truePromoOutcome({ ...base, discountPct: 20, startDate: "2025-01-13" });
    expect(dec.pSells).toBeGreaterThan(jan.pSells);
    expect(dec.dailyUplift).toBeGreaterThan(jan.dailyUplift);
  });

  it("rejects unknown categories by name", () => {
    expect(() => truePromoOutcome({ ...base, discountPct: 20, category: "cars" })).toThrow(/truePromoOutcome: unknown category "cars"/);
  });
});

describe("overlapsHolidaySeason", () => {
  it.each([
    ["2025-11-15", 3, false],
    ["2025-11-15", 10, true],
    ["2025-12-30", 5, true],
    ["2026-01-02", 5, false],
  ] as const)("%s for %d days → %s", (start, days, expected) => {
    expect(overlapsHolidaySeason(start, days)).toBe(expected);
  });
});
