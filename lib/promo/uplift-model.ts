import {
  fitGradientBoostedTrees,
  gradientBoostedTreesRawSweep,
  predictGradientBoostedTrees,
  type GradientBoostedTreesModel,
} from "@/lib/ml/gradient-boosted-trees";
import { regressionMetrics } from "@/lib/ml/regression-metrics";
import { fitRidgeRegression, predictRidgeRegression, type RidgeRegressionModel } from "@/lib/ml/ridge-regression";
import { fitStandardizer, standardizeRow, type Standardizer } from "@/lib/ml/standardizer";

/**
 * Daily-uplift regressor for promos that sell, fitted on log(uplift) because sales are
 * multiplicative (category × region × season) with lognormal noise. `smearing` is Duan's factor
 * mean(exp(residual)) that turns exp(E[log y]) back into an unbiased E[y].
 */
export type UpliftModel =
  | { kind: "ridge-log"; standardizer: Standardizer; model: RidgeRegressionModel; smearing: number }
  | { kind: "gradient-boosted-trees-log"; model: GradientBoostedTreesModel; smearing: number };

export type UpliftCandidate = { kind: UpliftModel["kind"]; rmse: number; r2: number; rmseLog: number };

function logPrediction(model: UpliftModel, row: readonly number[]): number {
  return model.kind === "ridge-log"
    ? predictRidgeRegression(model.model, standardizeRow(model.standardizer, row))
    : predictGradientBoostedTrees(model.model, row);
}

/** Expected daily uplift (currency/day) given the promo sells. */
export function predictUplift(model: UpliftModel, row: readonly number[]): number {
  return Math.exp(logPrediction(model, row)) * model.smearing;
}

/** predictUplift under several settings of a few columns (the discount sweep), trees untouched by them walked once. */
export function predictUpliftSweep(model: UpliftModel, row: readonly number[], columns: readonly number[], settings: readonly (readonly number[])[]): number[] {
  if (model.kind === "gradient-boosted-trees-log") {
    return gradientBoostedTreesRawSweep(model.model, row, columns, settings).map((v) => Math.exp(v) * model.smearing);
  }
  const work = row.slice();
  return settings.map((values) => {
    columns.forEach((j, k) => (work[j] = values[k]));
    return predictUplift(model, work);
  });
}

/** Fits one family on rows with uplift > 0. */
export function fitUpliftModel(kind: UpliftModel["kind"], x: readonly (readonly number[])[], uplift: readonly number[], seed = 1): UpliftModel {
  const y = uplift.map((u) => Math.log(u));
  let model: UpliftModel;
  if (kind === "ridge-log") {
    const standardizer = fitStandardizer(x);
    model = {
      kind,
      standardizer,
      model: fitRidgeRegression(
        x.map((r) => standardizeRow(standardizer, r)),
        y,
        1,
      ),
      smearing: 1,
    };
  } else {
    model = {
      kind,
      model: fitGradientBoostedTrees(x, y, { loss: "squared", nTrees: 150, maxDepth: 3, learningRate: 0.06, minChildWeight: 10, subsample: 0.8, seed }),
      smearing: 1,
    };
  }
  const smearing = x.reduce((s, r, i) => s + Math.exp(y[i] - logPrediction(model, r)), 0) / x.length;
  return { ...model, smearing };
}

/**
 * Fits both families on the earlier rows, measures them on the later ones (RMSE and R² on the
 * currency scale, which is what ROI uses; RMSE on the log scale too), and refits the lower-RMSE
 * family on all rows. Rows must be oldest first.
 *
 * @throws {Error} with fewer than 10 selling promos.
 */
export function selectUpliftModel(
  x: readonly (readonly number[])[],
  uplift: readonly number[],
  validationFraction: number,
  seed = 1,
): { model: UpliftModel; chosen: UpliftModel["kind"]; candidates: UpliftCandidate[]; fitSize: number; validateSize: number } {
  if (x.length < 10) throw new Error(`selectUpliftModel: need at least 10 promos that sold, got ${x.length}`);
  const split = Math.floor(x.length * (1 - validationFraction));
  const kinds: UpliftModel["kind"][] = ["ridge-log", "gradient-boosted-trees-log"];
  const candidates = kinds.map((kind) => {
    const m = fitUpliftModel(kind, x.slice(0, split), uplift.slice(0, split), seed);
    const actual = uplift.slice(split);
    const predicted = x.slice(split).map((r) => predictUplift(m, r));
    const { rmse, r2 } = regressionMetrics(actual, predicted);
    const rmseLog = regressionMetrics(actual.map(Math.log), predicted.map(Math.log)).rmse;
    return { kind, rmse, r2, rmseLog };
  });
  const best = candidates[1].rmse < candidates[0].rmse ? 1 : 0;
  return {
    model: fitUpliftModel(kinds[best], x, uplift, seed),
    chosen: kinds[best],
    candidates,
    fitSize: split,
    validateSize: x.length - split,
  };
}
