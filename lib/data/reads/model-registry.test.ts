import { describe, expect, it } from "vitest";
import { headlineMetrics } from "./model-registry";

describe("headlineMetrics", () => {
  it("picks known metric names from nested metrics, at most four", () => {
    expect(headlineMetrics({ fit: { r2: 0.91, nrmse: 0.08, other: 3 }, classifier: { auc: 0.7, brier: 0.2 }, name: "x" })).toEqual({
      "fit.r2": 0.91,
      "fit.nrmse": 0.08,
      "classifier.auc": 0.7,
      "classifier.brier": 0.2,
    });
    expect(headlineMetrics(null)).toEqual({});
  });
});
