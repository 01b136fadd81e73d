import { describe, expect, it } from "vitest";
import { averageRanks } from "./average-ranks";
import { brierScore } from "./brier-score";
import { classificationReport } from "./classification-report";
import { regressionMetrics } from "./regression-metrics";
import { rocAuc } from "./roc-auc";
import { spearmanCorrelation } from "./spearman-correlation";

// All expected values below are computed by hand (see the comments) — no library cross-check needed.
describe("averageRanks", () => {
  it("gives ties their mean rank", () => {
    expect(averageRanks([10, 20, 20, 5])).toEqual([2, 3.5, 3.5, 1]);
  });
  it("rejects NaN", () => {
    expect(() => averageRanks([1, Number.NaN])).toThrow(/averageRanks/);
  });
});

describe("rocAuc", () => {
  it.each([
    // positives 0.35 and 0.8 vs negatives 0.1 and 0.4: 0.35 beats 0.1 only, 0.8 beats both → 3/4
    { labels: [0, 0, 1, 1], scores: [0.1, 0.4, 0.35, 0.8], auc: 0.75 },
    { labels: [0, 1], scores: [0.5, 0.5], auc: 0.5 },
    { labels: [1, 1, 0], scores: [0.9, 0.8, 0.1], auc: 1 },
    { labels: [1, 1, 0], scores: [0.1, 0.2, 0.9], auc: 0 },
    // 1 positive (0.5) vs negatives 0.5 (tie, ½), 0.2 (win), 0.7 (loss) → 1.5/3
    { labels: [1, 0, 0, 0], scores: [0.5, 0.5, 0.2, 0.7], auc: 0.5 },
  ])("$labels / $scores → $auc", ({ labels, scores, auc }) => {
    expect(rocAuc(labels, scores)).toBeCloseTo(auc, 12);
  });
  it("is NaN with a single class", () => {
    expect(rocAuc([1, 1], [0.2, 0.3])).toBeNaN();
  });
});

describe("brierScore", () => {
  it("averages squared errors", () => {
    expect(brierScore([1, 0], [0.8, 0.4])).toBeCloseTo(0.1, 12); // (0.04 + 0.16) / 2
    expect(brierScore([true, false, true], [0.5, 0.5, 0.5])).toBeCloseTo(0.25, 12);
  });
});

describe("classificationReport", () => {
  it("counts at the threshold", () => {
    const r = classificationReport([1, 1, 0, 0], [0.9, 0.2, 0.6, 0.1], 0.5);
    expect([r.truePositives, r.falsePositives, r.trueNegatives, r.falseNegatives]).toEqual([1, 1, 1, 1]);
    expect(r.precision).toBe(0.5);
    expect(r.recall).toBe(0.5);
    expect(r.f1).toBe(0.5);
  });
  it("uses ≥ and zero_division = 0", () => {
    const r = classificationReport([1, 0, 1], [0.3, 0.3, 0.1], 0.3);
    expect(r.precision).toBe(0.5); // 0.3 ≥ 0.3 counts as positive
    expect(r.recall).toBe(0.5);
    expect(classificationReport([1, 0], [0.1, 0.1], 0.5).precision).toBe(0);
  });
});

describe("regressionMetrics", () => {
  it("matches hand values", () => {
    const m = regressionMetrics([1, 2, 3], [1, 2, 4]); // SSE 1, SST 2
    expect(m.rmse).toBeCloseTo(Math.sqrt(1 / 3), 12);
    expect(m.r2).toBeCloseTo(0.5, 12);
  });
});

describe("spearmanCorrelation", () => {
  it("matches 1 − 6Σd²/(n(n²−1)) without ties", () => {
    // ranks of y: 1,2,4,3 → Σd² = 2 → 1 − 12/60
    expect(spearmanCorrelation([1, 2, 3, 4], [10, 20, 40, 30])).toBeCloseTo(0.8, 12);
    expect(spearmanCorrelation([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
  });
});
