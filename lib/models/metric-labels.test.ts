import { describe, expect, it } from "vitest";
import { flattenJson } from "./flatten-json";
import { formatMetric, formatMetricDiff, labelPath, metricName } from "./metric-labels";

describe("metric labels", () => {
  const metrics = {
    r2: 0.91455,
    totalMediaContribution: 2_145_300.4,
    truth: {
      rows: [
        { name: "affiliate", label: "Affiliate", roi: 2.234 },
        { name: "display", roi: 0.94 },
      ],
    },
    chosenCounts: { ensemble: 12 },
    fit: { decompRssd: 0.1 },
    weirdKeyName: 1,
  };
  const rows = flattenJson(metrics);
  it.each([
    ["r2", "R²"],
    ["truth.rows[0].roi", "Against the demo truth › Affiliate › ROI"],
    ["truth.rows[1].roi", "Against the demo truth › display › ROI"],
    ["chosenCounts.ensemble", "Times chosen › Ensemble"],
    ["fit.decompRssd", "Fit › Decomposition distance (RSSD)"],
    ["weirdKeyName", "Weird key name"],
  ])("%s → %s", (path, label) => expect(labelPath(path, rows)).toBe(label));

  it("numbers arrays without a name from 1", () => {
    expect(labelPath("xs[1]", flattenJson({ xs: [1, 2] }))).toBe("Xs › #2");
    expect(metricName("mape")).toBe("MAPE");
  });
});

describe("formatMetric", () => {
  it.each([
    [2_145_300.4, "2,145,300"],
    [-12_500, "−12,500"],
    [0.91456, "0.9146"],
    [2.02134, "2.021"],
    [42, "42"],
    [0, "0"],
    [0.00001, "< 0.0001"],
    [true, "yes"],
    ["ensemble", "ensemble"],
    [null, "—"],
    [undefined, "—"],
  ])("%s → %s", (v, text) => expect(formatMetric(v as never)).toBe(text));
  it("never writes exponents", () => {
    for (const v of [2.1453e6, 1.5e-3, 9.99e-5, 123456789.123]) expect(formatMetric(v)).not.toMatch(/e[+-]/);
  });
  it("signs differences", () => {
    expect(formatMetricDiff(0.012)).toBe("+0.012");
    expect(formatMetricDiff(-1250)).toBe("−1,250");
    expect(formatMetricDiff(0)).toBe("±0");
    expect(formatMetricDiff(null)).toBe("");
  });
});
