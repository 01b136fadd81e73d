/** Counts and rates of a binary classifier at one probability threshold. */
export type ClassificationReport = {
  threshold: number;
  truePositives: number;
  falsePositives: number;
  trueNegatives: number;
  falseNegatives: number;
  /** TP / (TP + FP); 0 when nothing is predicted positive (sklearn's zero_division=0). */
  precision: number;
  /** TP / (TP + FN); 0 when there are no positives. */
  recall: number;
  /** Harmonic mean of precision and recall; 0 when both are 0. */
  f1: number;
  accuracy: number;
};

/**
 * Precision, recall, F1 and accuracy when predicting positive for probability ≥ threshold.
 *
 * @throws {Error} when arrays differ in length.
 * @example classificationReport([1, 1, 0, 0], [0.9, 0.2, 0.6, 0.1], 0.5) // precision 0.5, recall 0.5
 */
export function classificationReport(labels: readonly (number | boolean)[], probabilities: readonly number[], threshold: number): ClassificationReport {
  if (labels.length !== probabilities.length) throw new Error("classificationReport: labels and probabilities differ in length");
  let tp = 0;
  let fp = 0;
  let tn = 0;
  let fn = 0;
  for (let i = 0; i < labels.length; i++) {
    const actual = labels[i] === true || labels[i] === 1;
    const predicted = probabilities[i] >= threshold;
    if (actual && predicted) tp++;
    else if (!actual && predicted) fp++;
    else if (actual) fn++;
    else tn++;
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const accuracy = labels.length === 0 ? Number.NaN : (tp + tn) / labels.length;
  return { threshold, truePositives: tp, falsePositives: fp, trueNegatives: tn, falseNegatives: fn, precision, recall, f1, accuracy };
}
