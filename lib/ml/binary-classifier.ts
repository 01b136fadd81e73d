import { balancedClassWeights } from "./balanced-class-weights";
import { brierScore } from "./brier-score";
import { classificationReport, type ClassificationReport } from "./classification-report";
import {
  fitGradientBoostedTrees,
  gradientBoostedTreesContributions,
  gradientBoostedTreesRaw,
  gradientBoostedTreesRawSweep,
  type GradientBoostedTreesModel,
  type GradientBoostedTreesOptions,
} from "./gradient-boosted-trees";
import { fitLogisticRegression, logisticRegressionLogit, type LogisticRegressionModel } from "./logistic-regression";
import { applyPlattCalibration, fitPlattCalibration, type PlattCalibration } from "./platt-calibration";
import { rocAuc } from "./roc-auc";
import { fitStandardizer, standardizeRow, type Standardizer } from "./standardizer";

/** A calibrated binary classifier of either family. Plain JSON. */
export type BinaryClassifier =
  | { kind: "logistic-regression"; standardizer: Standardizer; model: LogisticRegressionModel; calibration: PlattCalibration }
  | { kind: "gradient-boosted-trees"; model: GradientBoostedTreesModel; calibration: PlattCalibration };

export type BinaryClassifierKind = BinaryClassifier["kind"];

export type BinaryClassifierOptions = {
  seed?: number;
  /** L2 penalty of the logistic regression on standardised columns. */
  l2?: number;
  trees?: Partial<Omit<GradientBoostedTreesOptions, "loss" | "weights" | "seed">>;
};

/** Uncalibrated log-odds of the underlying model. */
export function binaryClassifierRawScore(classifier: BinaryClassifier, row: readonly number[]): number {
  return classifier.kind === "logistic-regression"
    ? logisticRegressionLogit(classifier.model, standardizeRow(classifier.standardizer, row))
    : gradientBoostedTreesRaw(classifier.model, row);
}

/** Calibrated P(y = 1). */
export function predictBinaryClassifier(classifier: BinaryClassifier, row: readonly number[]): number {
  return applyPlattCalibration(classifier.calibration, binaryClassifierRawScore(classifier, row));
}

/**
 * Calibrated P(y = 1) for one row under several settings of a few columns (e.g. a discount sweep);
 * same numbers as predictBinaryClassifier per setting, but trees untouched by the columns are
 * evaluated once.
 */
export function predictBinaryClassifierSweep(
  classifier: BinaryClassifier,
  row: readonly number[],
  columns: readonly number[],
  settings: readonly (readonly number[])[],
): number[] {
  if (classifier.kind === "gradient-boosted-trees") {
    return gradientBoostedTreesRawSweep(classifier.model, row, columns, settings).map((raw) => applyPlattCalibration(classifier.calibration, raw));
  }
  const work = row.slice();
  return settings.map((values) => {
    columns.forEach((j, k) => (work[j] = values[k]));
    return predictBinaryClassifier(classifier, work);
  });
}

/**
 * Each group's contribution to the calibrated log-odds. Logistic regression: Σ coefficient ×
 * standardised value over the group's columns (i.e. relative to the training mean). Trees: Saabas
 * path contributions. Both are multiplied by the Platt slope, because calibration rescales log-odds
 * linearly, so the numbers are in the units the final probability moves in.
 */
export function binaryClassifierContributions(classifier: BinaryClassifier, row: readonly number[], groups: Record<string, number[]>): Record<string, number> {
  let perColumn: number[];
  if (classifier.kind === "logistic-regression") {
    const z = standardizeRow(classifier.standardizer, row);
    perColumn = z.map((v, j) => v * classifier.model.coefficients[j]);
  } else {
    perColumn = gradientBoostedTreesContributions(classifier.model, row).contributions;
  }
  const out: Record<string, number> = {};
  for (const [group, columns] of Object.entries(groups)) {
    let s = 0;
    for (const j of columns) s += perColumn[j];
    out[group] = s * classifier.calibration.slope;
  }
  return out;
}

/**
 * Fits one family with balanced class weights (so the minority class shapes the fit) and then
 * Platt-calibrates it, unweighted, on a separate calibration slice (so probabilities mean what
 * they say again after the re-weighting).
 */
export function fitBinaryClassifier(
  kind: BinaryClassifierKind,
  xFit: readonly (readonly number[])[],
  yFit: readonly number[],
  xCalibrate: readonly (readonly number[])[],
  yCalibrate: readonly number[],
  options: BinaryClassifierOptions = {},
): BinaryClassifier {
  const weights = balancedClassWeights(yFit);
  let uncalibrated: BinaryClassifier;
  const identity = { slope: 1, intercept: 0 };
  if (kind === "logistic-regression") {
    const standardizer = fitStandardizer(xFit);
    const model = fitLogisticRegression(
      xFit.map((r) => standardizeRow(standardizer, r)),
      yFit,
      { l2: options.l2 ?? 1, weights },
    );
    uncalibrated = { kind, standardizer, model, calibration: identity };
  } else {
    const model = fitGradientBoostedTrees(xFit, yFit, {
      loss: "logistic",
      nTrees: 120,
      maxDepth: 3,
      learningRate: 0.06,
      minChildWeight: 3,
      subsample: 0.8,
      ...options.trees,
      weights,
      seed: options.seed ?? 1,
    });
    uncalibrated = { kind, model, calibration: identity };
  }
  const calibration =
    xCalibrate.length > 0 && new Set(yCalibrate).size === 2
      ? fitPlattCalibration(
          xCalibrate.map((r) => binaryClassifierRawScore(uncalibrated, r)),
          yCalibrate,
        )
      : identity;
  return { ...uncalibrated, calibration };
}

export type ClassifierCandidate = {
  kind: BinaryClassifierKind;
  auc: number;
  brier: number;
  report: ClassificationReport;
};

export type SelectedBinaryClassifier = {
  /** The chosen family refit on the earliest (1 − validationFraction) and calibrated on the latest slice. */
  classifier: BinaryClassifier;
  /** The chosen family as validated (fit + calibration slices only); its metrics are `validation`. */
  validatedClassifier: BinaryClassifier;
  chosen: BinaryClassifierKind;
  candidates: ClassifierCandidate[];
  validation: ClassifierCandidate;
  validationProbabilities: number[];
  sizes: { fit: number; calibrate: number; validate: number; positiveRateFit: number; positiveRateValidate: number };
  protocol: string;
};

/**
 * Time-ordered three-way split → fit both families → pick by validation AUC (Brier breaks near
 * ties, |ΔAUC| < 0.005) → refit the winner on everything. Rows must already be sorted oldest
 * first: a random split would let a model learn from the future of what it is validated on.
 *
 * @param threshold decision threshold for precision/recall/F1.
 * @throws {Error} with fewer than 20 rows or a single class in the fit slice.
 */
export function selectBinaryClassifier(
  x: readonly (readonly number[])[],
  y: readonly number[],
  threshold: number,
  options: BinaryClassifierOptions & { validationFraction?: number; calibrationFraction?: number } = {},
): SelectedBinaryClassifier {
  const n = x.length;
  if (n < 20) throw new Error(`selectBinaryClassifier: need at least 20 labelled rows, got ${n}`);
  const validationFraction = options.validationFraction ?? 0.2;
  const calibrationFraction = options.calibrationFraction ?? 0.2;
  const validateStart = Math.floor(n * (1 - validationFraction));
  const calibrateStart = Math.floor(validateStart * (1 - calibrationFraction));
  const xFit = x.slice(0, calibrateStart);
  const yFit = y.slice(0, calibrateStart);
  if (new Set(yFit).size < 2) throw new Error("selectBinaryClassifier: the fit slice has only one class");
  const xCal = x.slice(calibrateStart, validateStart);
  const yCal = y.slice(calibrateStart, validateStart);
  const xVal = x.slice(validateStart);
  const yVal = y.slice(validateStart);

  const kinds: BinaryClassifierKind[] = ["logistic-regression", "gradient-boosted-trees"];
  const fitted = kinds.map((kind) => fitBinaryClassifier(kind, xFit, yFit, xCal, yCal, options));
  const candidates: ClassifierCandidate[] = fitted.map((clf) => {
    const probs = xVal.map((r) => predictBinaryClassifier(clf, r));
    return { kind: clf.kind, auc: rocAuc(yVal, probs), brier: brierScore(yVal, probs), report: classificationReport(yVal, probs, threshold) };
  });
  const [lr, gbt] = candidates;
  const aucGap = (gbt.auc || 0) - (lr.auc || 0);
  const winnerIndex = Math.abs(aucGap) < 0.005 || Number.isNaN(aucGap) ? (gbt.brier < lr.brier ? 1 : 0) : aucGap > 0 ? 1 : 0;
  const validatedClassifier = fitted[winnerIndex];
  const classifier = fitBinaryClassifier(kinds[winnerIndex], x.slice(0, validateStart), y.slice(0, validateStart), xVal, yVal, options);
  const mean = (a: readonly number[]) => (a.length ? a.reduce((s, v) => s + v, 0) / a.length : Number.NaN);
  return {
    classifier,
    validatedClassifier,
    chosen: kinds[winnerIndex],
    candidates,
    validation: candidates[winnerIndex],
    validationProbabilities: xVal.map((r) => predictBinaryClassifier(validatedClassifier, r)),
    sizes: { fit: xFit.length, calibrate: xCal.length, validate: xVal.length, positiveRateFit: mean(yFit), positiveRateValidate: mean(yVal) },
    protocol:
      `time split: fit on the earliest ${xFit.length}, Platt-calibrate on the next ${xCal.length}, validate on the latest ${xVal.length}; ` +
      `chosen by validation AUC (Brier breaks ties within 0.005); shipped model refit on the earliest ${validateStart} and calibrated on the latest ${xVal.length}`,
  };
}
