import { describe, expect, it } from "vitest";
import { createRng } from "@/lib/math/random";
import { binaryClassifierContributions, predictBinaryClassifier, selectBinaryClassifier } from "./binary-classifier";
import { encodeFeatures, fitFeatureEncoder, groupColumnIndices } from "./feature-encoder";
import {
  fitGradientBoostedTrees,
  gradientBoostedTreesContributions,
  gradientBoostedTreesRaw,
  gradientBoostedTreesRawSweep,
  predictGradientBoostedTrees,
} from "./gradient-boosted-trees";
import { permutationImportance } from "./permutation-importance";
import { rocAuc } from "./roc-auc";
import { sigmoid } from "./sigmoid";
import { fitOneHotLevels, oneHotEncode } from "./one-hot";

function xorData(n: number, seed: number) {
  const rng = createRng(seed);
  const x: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const row = [rng.next() * 2 - 1, rng.next() * 2 - 1, rng.next()];
    x.push(row);
    // XOR of signs: no linear model can rank this, depth-2 trees can.
    y.push(rng.next() < (row[0] * row[1] > 0 ? 0.85 : 0.15) ? 1 : 0);
  }
  return { x, y };
}

function linearData(n: number, seed: number, positiveShift = 0) {
  const rng = createRng(seed);
  const x: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const row = [rng.normal(), rng.normal(), rng.normal()];
    x.push(row);
    y.push(rng.next() < sigmoid(1.5 * row[0] - row[1] - 1.5 + positiveShift) ? 1 : 0);
  }
  return { x, y };
}

describe("one-hot and feature encoder", () => {
  it("encodes levels, drops rare ones, imputes the mean", () => {
    expect(fitOneHotLevels(["b", "a", "b", "c"], 2)).toEqual(["b"]);
    expect(oneHotEncode(["a", "b"], "b")).toEqual([0, 1]);
    const enc = fitFeatureEncoder(
      [
        { d: 10, c: "x" },
        { d: 20, c: "y" },
        { d: null, c: "x" },
      ],
      { numeric: [{ name: "d", group: "discount" }], categorical: [{ name: "c" }] },
    );
    expect(enc.columns.map((c) => c.name)).toEqual(["d", "c=x", "c=y"]);
    expect(encodeFeatures(enc, { d: null, c: "z" })).toEqual([15, 0, 0]);
    expect(groupColumnIndices(enc)).toEqual({ discount: [0], c: [1, 2] });
  });
});

describe("fitGradientBoostedTrees", () => {
  it("learns an interaction a linear model cannot", () => {
    const train = xorData(1500, 1);
    const test = xorData(800, 2);
    const m = fitGradientBoostedTrees(train.x, train.y, { loss: "logistic", seed: 3 });
    const auc = rocAuc(
      test.y,
      test.x.map((r) => predictGradientBoostedTrees(m, r)),
    );
    expect(auc).toBeGreaterThan(0.75); // oracle AUC here is ≈ 0.85
  });
  it("is plain JSON and its path contributions add up to the raw score", () => {
    const train = xorData(300, 4);
    const m = fitGradientBoostedTrees(train.x, train.y, { loss: "logistic", nTrees: 20, seed: 1 });
    const copy = JSON.parse(JSON.stringify(m));
    const row = [0.3, -0.2, 0.5];
    expect(gradientBoostedTreesRaw(copy, row)).toBe(gradientBoostedTreesRaw(m, row));
    const { bias, contributions } = gradientBoostedTreesContributions(m, row);
    expect(bias + contributions.reduce((s, v) => s + v, 0)).toBeCloseTo(gradientBoostedTreesRaw(m, row), 10);
  });
  it("sweeps a column exactly like re-predicting each setting", () => {
    const train = xorData(500, 6);
    const m = fitGradientBoostedTrees(train.x, train.y, { loss: "logistic", nTrees: 40, seed: 2 });
    const row = [0.2, -0.4, 0.7];
    const settings = [[-0.9], [-0.1], [0.3], [0.95]];
    const swept = gradientBoostedTreesRawSweep(m, row, [0], settings);
    settings.forEach(([v], i) => expect(swept[i]).toBeCloseTo(gradientBoostedTreesRaw(m, [v, row[1], row[2]]), 12));
    expect(new Set(swept.map((v) => v.toFixed(6))).size).toBeGreaterThan(1);
  });
  it("fits a step function with squared loss", () => {
    const x = Array.from({ length: 200 }, (_, i) => [i / 200]);
    const y = x.map(([v]) => (v > 0.5 ? 10 : 2));
    const m = fitGradientBoostedTrees(x, y, { loss: "squared", nTrees: 100, learningRate: 0.2, subsample: 1 });
    expect(predictGradientBoostedTrees(m, [0.9])).toBeCloseTo(10, 1);
    expect(predictGradientBoostedTrees(m, [0.1])).toBeCloseTo(2, 1);
  });
});

describe("selectBinaryClassifier", () => {
  it("beats a trivial baseline on linear signal with imbalance and calibrates", () => {
    const { x, y } = linearData(2000, 11);
    const s = selectBinaryClassifier(x, y, 0.5, { seed: 1 });
    expect(s.validation.auc).toBeGreaterThan(0.75);
    // Calibrated: mean predicted ≈ observed rate on the validation slice despite class weighting.
    const meanP = s.validationProbabilities.reduce((a, b) => a + b, 0) / s.validationProbabilities.length;
    expect(Math.abs(meanP - s.sizes.positiveRateValidate)).toBeLessThan(0.06);
    // A constant predictor has Brier p(1 − p); the model must do better.
    const p = s.sizes.positiveRateValidate;
    expect(s.validation.brier).toBeLessThan(p * (1 - p));
  });
  it("chooses trees when the signal is an interaction", () => {
    const { x, y } = xorData(2000, 5);
    const s = selectBinaryClassifier(x, y, 0.5, { seed: 1 });
    expect(s.chosen).toBe("gradient-boosted-trees");
    expect(s.validation.auc).toBeGreaterThan(0.75);
  });
  it("contributions point the right way for logistic regression", () => {
    const { x, y } = linearData(1500, 12, 1);
    const s = selectBinaryClassifier(x, y, 0.5, { seed: 1 });
    const groups = { a: [0], b: [1], noise: [2] };
    const c = binaryClassifierContributions(s.classifier, [2, 0, 0], groups);
    expect(c.a).toBeGreaterThan(0.5);
    expect(Math.abs(c.noise)).toBeLessThan(0.3);
    const imp = permutationImportance((r) => predictBinaryClassifier(s.classifier, r), x.slice(1000), y.slice(1000), groups, { seed: 2 });
    expect(imp[0].group).toBe("a");
    expect(imp.find((g) => g.group === "noise")!.importance).toBeLessThan(0.02);
  });
});
