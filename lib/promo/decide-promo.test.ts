import { describe, expect, it } from "vitest";
import { decidePromo } from "./decide-promo";
import { expectedPromoRoi } from "./expected-promo-roi";

describe("expectedPromoRoi", () => {
  it.each([
    // p 0.5 × 100/day × 10 days = 500 expected; 20 % discount → 100; margin 0.35 → 175 gross profit.
    { cost: 50, roi: (175 - 100 - 50) / 150, profit: 25 },
    { cost: 100, roi: (175 - 100 - 100) / 200, profit: -25 },
    { cost: 75, roi: 0, profit: 0 },
  ])("p=0.5, 100/day, 10 days, 20 %, cost $cost → ROI $roi", ({ cost, roi, profit }) => {
    const e = expectedPromoRoi({ pSells: 0.5, dailyUplift: 100, durationDays: 10, discountPct: 20, cost });
    expect(e.expectedIncrementalRevenue).toBeCloseTo(500, 12);
    expect(e.discountCost).toBeCloseTo(100, 12);
    expect(e.expectedProfit).toBeCloseTo(profit, 9);
    expect(e.roi).toBeCloseTo(roi, 12);
  });
  it("takes the margin as an option", () => {
    // margin 0.5: (250 − 100 − 50) / 150
    expect(expectedPromoRoi({ pSells: 0.5, dailyUplift: 100, durationDays: 10, discountPct: 20, cost: 50 }, 0.5).roi).toBeCloseTo(100 / 150, 12);
  });
  it("stays finite for a free promo with no discount", () => {
    expect(expectedPromoRoi({ pSells: 0.5, dailyUplift: 100, durationDays: 10, discountPct: 0, cost: 0 }).roi).toBeCloseTo(175, 12);
  });
});

describe("decidePromo", () => {
  it.each([
    { roi: 0.17, pSells: 0.5, options: {}, decision: "go" },
    { roi: 0, pSells: 0.3, options: {}, decision: "go" }, // both bounds inclusive
    { roi: -0.13, pSells: 0.5, options: {}, decision: "no-go" },
    { roi: 2, pSells: 0.29, options: {}, decision: "no-go" }, // a long shot, however lucrative
    { roi: 0.17, pSells: 0.5, options: { roiThreshold: 0.2 }, decision: "no-go" },
    { roi: 2, pSells: 0.29, options: { minPSells: 0.2 }, decision: "go" },
  ] as const)("ROI $roi, P $pSells, $options → $decision", ({ roi, pSells, options, decision }) => {
    expect(decidePromo({ roi, pSells }, options)).toBe(decision);
  });
});
