import { describe, expect, it } from "vitest";
import { formatMoney, formatNumber, formatPercent, formatRatio, formatSignedMoney, formatSignedPercent } from "./format";

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
