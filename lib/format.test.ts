import { describe, expect, it } from "vitest";
import {
  formatMoney,
  formatMoneyTick,
  formatNumber,
  formatNumberTick,
  formatPercent,
  formatPlainTick,
  formatRatio,
  formatSignedMoney,
  formatSignedPercent,
  plainRatio,
} from "./format";

describe("format", () => {
  it.each([
    [formatMoney(1234567), "$1.2M"],
    [formatMoney(1234.4, "full"), "$1,234"],
    [formatMoney(12.345, "precise"), "$12.35"],
    [formatMoney(Number.NaN), "—"],
    [formatNumber(15320), "15.3K"],
    [formatPercent(0.1234), "12.3 %"],
    [formatRatio(2.345), "2.35×"],
    [formatSignedPercent(-0.052), "−5.2 %"],
    [formatSignedPercent(0.1), "+10.0 %"],
    [formatPercent(null), "—"],
    [formatMoney(5000), "$5K"],
    [formatMoney(0), "$0"],
    [formatMoney(-14_600), "−$14.6K"],
    [formatMoney(-1234.4, "full"), "−$1,234"],
    [formatMoney(-0.5, "precise"), "−$0.50"],
    [formatNumber(-15320), "−15.3K"],
    [formatNumber(-15320, "full"), "−15,320"],
    [formatPercent(-0.5), "−50.0 %"],
    [formatRatio(-0.25), "−0.25×"],
    [formatRatio(0.000314), "0.00031×"],
    [formatRatio(0), "0.00×"],
    [formatRatio(0.004), "0.0040×"],
    [formatRatio(0.0746), "0.075×"],
    [formatRatio(0.0012), "0.0012×"],
    [plainRatio(-0.00031), "-0.00031"],
    [plainRatio(0.25), "0.25"],
    [formatSignedMoney(2_700), "+$2.7K"],
    [formatSignedMoney(-310), "−$310"],
    [formatSignedMoney(0), "±$0"],
    [formatMoney(999_960), "$1M"],
    [formatMoney(12.34), "$12.3"],
    [formatMoney(250), "$250"],
    [formatNumber(1_000_000), "1M"],
    [formatNumber(2_345_678_901), "2.3B"],
  ])("renders %s as %s", (actual, expected) => expect(actual).toBe(expected));
});

describe("axis ticks", () => {
  it("print Recharts' two-significant-digit steps exactly, trailing zeros dropped", () => {
    // Ticks 0.65M apart: one decimal printed 1.95M as "$1.9M".
    expect([0, 650_000, 1_300_000, 1_950_000, 2_600_000].map(formatMoneyTick)).toEqual(["$0", "$650K", "$1.3M", "$1.95M", "$2.6M"]);
    expect([0, 6_500, 13_000, 19_500].map(formatNumberTick)).toEqual(["0", "6.5K", "13K", "19.5K"]);
    expect(formatMoneyTick(-1_250_000)).toBe("−$1.25M");
    expect([2.75, 3, -0.25].map(formatPlainTick)).toEqual(["2.75", "3", "−0.25"]);
  });

  it("leave the one-decimal formats as they were", () => {
    expect(formatMoney(1_950_000)).toBe("$1.9M");
    expect(formatMoney(10_000)).toBe("$10K");
    expect(formatNumber(1_000_000)).toBe("1M");
  });
});
