import { describe, expect, it } from "vitest";
import { promoRunMetricsSchema } from "./promo";
import { serviceRunArtifactsSchema } from "./service";

const metrics = {
  auc: 0.64,
  precision: 0.71,
  recall: Number.NaN,
  f1: 0.5,
  brier: 0.2,
  baselineBrier: 0.22,
  threshold: 0.3,
  upliftRmse: 12.5,
  upliftR2: null,
  classifierModel: "logistic-regression",
  upliftModel: "ridge-log",
  sizes: { rows: 10, fit: 6, calibrate: 2, validate: 2 },
  truth: null,
};

describe("run contracts", () => {
  it("reads back what a writer stored through JSON: NaN comes back as NaN, an unstamped run is version 1", () => {
    const stored = JSON.parse(JSON.stringify(metrics));
    expect(stored.recall).toBeNull();
    const read = promoRunMetricsSchema.parse(stored);
    expect(read.recall).toBeNaN();
    expect(read.contract).toBe(1);
    expect(read.upliftR2).toBeNull();
  });

  it("refuses a run that does not have the contract's shape, or a newer version", () => {
    expect(promoRunMetricsSchema.safeParse({ ...metrics, auc: "0.6" }).success).toBe(false);
    expect(promoRunMetricsSchema.safeParse({ ...metrics, sizes: undefined }).success).toBe(false);
    expect(promoRunMetricsSchema.safeParse({ ...metrics, contract: 2 }).success).toBe(false);
    expect(serviceRunArtifactsSchema.safeParse({ model: {}, openInteractions: "none" }).success).toBe(false);
    expect(serviceRunArtifactsSchema.parse({ model: {}, openInteractions: [] }).scoredAt).toBeNull();
  });
});
