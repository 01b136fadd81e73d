import { describe, expect, it } from "vitest";
import { detectDrop } from "./drop-alert";

describe("detectDrop", () => {
  const history = [90, 95, 100, 100, 100, 100];

  it.each([
    { forecast: [70, 70, 70, 70, 0], alert: true, change: -30 },
    { forecast: [85, 85, 85, 85], alert: false, change: -15 },
    { forecast: [80, 80, 80, 80], alert: false, change: -20 }, // exactly 20 % is not "more than"
    { forecast: [110, 120, 100, 90], alert: false, change: 5 },
  ])("forecast $forecast → change $change %, alert $alert", ({ forecast, alert, change }) => {
    const r = detectDrop(history, forecast);
    expect(r.alert).toBe(alert);
    expect(r.changePct).toBeCloseTo(change, 10);
    expect(r.recentMean).toBe(100);
  });

  it("threshold and window are configurable", () => {
    const r = detectDrop([10, 10, 20, 20], [15, 15], { thresholdPct: 10, weeks: 2 });
    expect(r).toMatchObject({ alert: true, recentMean: 20, forecastMean: 15, changePct: -25 });
  });

  it("does not alert on a non-positive baseline and rejects short inputs", () => {
    expect(detectDrop([0, 0, 0, 0], [0, 0, 0, 0]).alert).toBe(false);
    expect(() => detectDrop([1, 2], [1, 2, 3, 4])).toThrow(/detectDrop/);
  });
});
