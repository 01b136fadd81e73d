import { sigmoid } from "./sigmoid";
import { solveSymmetricPositiveDefinite } from "../math/cholesky";

/** Calibrated P = sigmoid(slope · score + intercept). Plain JSON. */
export type PlattCalibration = { slope: number; intercept: number };

/**
 * Platt scaling: a one-feature logistic regression of the outcome on a model's raw score (here a
 * log-odds), fitted on a held-out calibration slice. It undoes the distortion class weighting and
 * boosting put into probabilities while keeping the ranking (monotone, slope > 0 in practice).
 * Uses Platt's (1999) smoothed targets (n₊+1)/(n₊+2) and 1/(n₋+2) so a small, separable slice does
 * not drive the slope to infinity.
 *
 * @throws {Error} when arrays differ in length or are empty.
 */
export function fitPlattCalibration(scores: readonly number[], labels: readonly number[]): PlattCalibration {
  if (scores.length !== labels.length) throw new Error("fitPlattCalibration: scores and labels differ in length");
  if (scores.length === 0) throw new Error("fitPlattCalibration: no observations");
  const positives = labels.filter((y) => y === 1).length;
  const negatives = labels.length - positives;
  const hi = (positives + 1) / (positives + 2);
  const lo = 1 / (negatives + 2);
  const targets = labels.map((y) => (y === 1 ? hi : lo));
  let a = 1;
  let b = 0;
  for (let iter = 0; iter < 100; iter++) {
    let ga = 0;
    let gb = 0;
    let haa = 1e-9;
    let hab = 0;
    let hbb = 1e-9;
    for (let i = 0; i < scores.length; i++) {
      const p = sigmoid(a * scores[i] + b);
      const r = p - targets[i];
      const h = p * (1 - p);
      ga += r * scores[i];
      gb += r;
      haa += h * scores[i] * scores[i];
      hab += h * scores[i];
      hbb += h;
    }
    const [da, db] = solveSymmetricPositiveDefinite(
      [
        [haa, hab],
        [hab, hbb],
      ],
      [ga, gb],
    );
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-10) break;
  }
  return { slope: a, intercept: b };
}

/** Calibrated probability for a raw score. */
export function applyPlattCalibration(calibration: PlattCalibration, score: number): number {
  return sigmoid(calibration.slope * score + calibration.intercept);
}
