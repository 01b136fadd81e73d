import { describe, expect, it } from "vitest";
import { niceTicks, tickDecimals, ticksUpTo, ticksWithin } from "./nice-ticks";

describe("niceTicks", () => {
  it.each([
    { min: 0, max: 10, count: 5, ticks: [0, 2, 4, 6, 8, 10] },
    { min: 0.3, max: 2.7, count: 5, ticks: [0, 0.5, 1, 1.5, 2, 2.5, 3] },
    { min: -1, max: 1, count: 4, ticks: [-1, -0.5, 0, 0.5, 1] },
    { min: 1200, max: 9800, count: 4, ticks: [0, 2500, 5000, 7500, 10000] },
  ])("[$min, $max] in ~$count steps → $ticks", ({ min, max, count, ticks }) => {
    expect(niceTicks(min, max, count)).toEqual(ticks);
  });
});

describe("tickDecimals", () => {
  it.each([
    { ticks: [0, 2, 4], decimals: 0 },
    { ticks: [0, 0.5, 1, 1.5], decimals: 1 },
    { ticks: [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3], decimals: 2 },
    { ticks: [0, 0.25, 0.5], decimals: 2 },
  ])("$ticks → $decimals", ({ ticks, decimals }) => {
    expect(tickDecimals(ticks)).toBe(decimals);
  });

  it("labels a PSI axis (the Models page's drift chart) with distinct texts", () => {
    const label = (ticks: number[]) => ticks.map((t) => t.toFixed(tickDecimals(ticks)));
    expect(label(niceTicks(0, 0.3, 5))).toEqual(["0.0", "0.1", "0.2", "0.3"]);
    expect(label(niceTicks(0, 0.3, 6))).toEqual(["0.00", "0.05", "0.10", "0.15", "0.20", "0.25", "0.30"]);
  });

  it("labels an ROI axis in activations per dollar (top 0.003×) with distinct texts", () => {
    const ticks = ticksUpTo(0.003);
    expect(ticks.map((t) => t.toFixed(tickDecimals(ticks)))).toEqual(["0.000", "0.001", "0.002", "0.003"]);
  });
});

describe("ticksUpTo", () => {
  it.each([
    { max: 5, ticks: [0, 1, 2, 3, 4, 5] },
    { max: 6, ticks: [0, 2, 4, 6] },
    { max: 1.5, ticks: [0, 0.5, 1, 1.5] },
    { max: 30, ticks: [0, 10, 20, 30] },
    { max: 0.0015, ticks: [0, 0.0005, 0.001, 0.0015] },
  ])("ends at the axis top $max: $ticks", ({ max, ticks }) => {
    expect(ticksUpTo(max)).toEqual(ticks);
  });

  it("is a single 0 for an empty axis (every estimate 0)", () => {
    expect(ticksUpTo(0)).toEqual([0]);
  });

  it("stays below a top no nice set reaches", () => {
    const ticks = ticksUpTo(7.3);
    expect(ticks[0]).toBe(0);
    expect(ticks[ticks.length - 1]).toBeLessThanOrEqual(7.3);
    expect(ticks.length).toBeGreaterThanOrEqual(3);
  });
});

describe("ticksWithin", () => {
  it("puts round ticks inside a ragged data range (the allocation curve: 50–200 % of a $194,266 budget)", () => {
    expect(ticksWithin(97_133, 388_532)).toEqual([100_000, 200_000, 300_000]);
    expect(ticksWithin(0, 56_410)).toEqual([0, 20_000, 40_000]);
  });

  it("is the single value of an empty range", () => {
    expect(ticksWithin(5, 5)).toEqual([5]);
  });
});
