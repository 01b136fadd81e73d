import { describe, expect, it } from "vitest";
import { computeOverviewKpis } from "./overview-kpis";

const point = (week: string, revenue: number, spend: number) => ({ week, channel: "search", revenue, spend, activations: revenue / 10 });

describe("computeOverviewKpis", () => {
  it("compares the last window with the one before", () => {
    const weekly = [point("2024-01-01", 100, 10), point("2024-01-08", 100, 10), point("2024-01-15", 150, 10), point("2024-01-22", 150, 20)];
    const k = computeOverviewKpis(weekly, 2);
    expect(k.revenue).toEqual({ current: 300, previous: 200, change: 0.5 });
    expect(k.spend.change).toBeCloseTo(0.5, 10);
    expect(k.revenuePerSpend.current).toBe(10);
    expect(k.revenuePerSpend.change).toBe(0);
    expect(k.weeks).toBe(2);
  });

  it("gives no comparison when there is not a full previous window", () => {
    const k = computeOverviewKpis([point("2024-01-01", 100, 10), point("2024-01-08", 120, 10)], 2);
    expect(k.revenue).toEqual({ current: 220, previous: null, change: null });
  });
});
