import { describe, expect, it } from "vitest";
import { mondayOf, weeklyCampaignBudget, weeklyPromotions } from "./weekly-drivers";

describe("weekly drivers", () => {
  it("finds the Monday of a date's ISO week", () => {
    expect(mondayOf("2024-01-07")).toBe("2024-01-01"); // Sunday
    expect(mondayOf("2024-01-01")).toBe("2024-01-01");
    expect(mondayOf("2025-12-25")).toBe("2025-12-22");
  });

  it("counts promotions whose dates overlap the week, with their mean discount", () => {
    const weeks = ["2024-01-01", "2024-01-08", "2024-01-15"];
    const p = weeklyPromotions(weeks, [
      { startDate: "2023-12-30", endDate: "2024-01-01", discountPct: 20 }, // touches week 1 on its Monday
      { startDate: "2024-01-07", endDate: "2024-01-09", discountPct: 40 }, // Sunday of week 1 to Tuesday of week 2
    ]);
    expect(p.active).toEqual([2, 1, 0]);
    expect(p.avgDiscount[0]).toBe(30);
    expect(p.avgDiscount[1]).toBe(40);
    expect(p.avgDiscount[2]).toBeNaN();
  });

  it("spreads a campaign budget over the weeks it spans", () => {
    const weeks = ["2024-01-01", "2024-01-08", "2024-01-15"];
    // Wednesday 3 Jan to Sunday 14 Jan: weeks of 1 and 8 Jan → 300 each; a second one in week 3 only
    expect(
      weeklyCampaignBudget(weeks, [
        { startDate: "2024-01-03", endDate: "2024-01-14", budget: 600 },
        { startDate: "2024-01-15", endDate: "2024-01-21", budget: 70 },
      ]),
    ).toEqual([300, 300, 70]);
  });
});
