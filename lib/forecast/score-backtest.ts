import type { FoldForecast } from "./backtest";
import { applyCalibration, type Calibration } from "./calibrate-intervals";
import { bias, coverage, directionalAccuracy, mae, mape, mase, maseScale, pinball, rmse, smape } from "./metrics";

/**
 * Accuracy of one model's walk-forward folds, pooled over all scored points. MASE uses each
 * fold's own in-sample naive scale (m = 1, as M4 does for weekly data) and is averaged over
 * folds. Interval metrics use the calibrated intervals; the calibration was estimated on the
 * same folds, so coverage here is in-sample for the calibration (honest out-of-sample coverage
 * is what the M4 benchmark and the simulation tests measure). Pinball loss is averaged over the
 * five quantiles the intervals imply (2.5, 10, 50, 90, 97.5 %).
 */
export type BacktestMetrics = {
  mape: number;
  smape: number;
  mase: number;
  rmse: number;
  mae: number;
  bias: number;
  directional: number;
  coverage80: number;
  coverage95: number;
  pinball: number;
};

export function scoreBacktest(folds: FoldForecast[], cal: Calibration): BacktestMetrics {
  const actual = folds.flatMap((f) => f.actual);
  const yhat = folds.flatMap((f) => f.yhat);
  const iv = folds.map((f) => applyCalibration(f.yhat, f.sd, cal));
  const lo80 = iv.flatMap((i) => i.lo80);
  const hi80 = iv.flatMap((i) => i.hi80);
  const lo95 = iv.flatMap((i) => i.lo95);
  const hi95 = iv.flatMap((i) => i.hi95);
  const masePerFold = folds.map((f) => (f.train.length > 1 ? mase(f.actual, f.yhat, maseScale(f.train, 1)) : Number.NaN));
  const finiteMase = masePerFold.filter(Number.isFinite);
  const dir = folds.map((f) => directionalAccuracy(f.actual, f.yhat, f.last));
  return {
    mape: mape(actual, yhat),
    smape: smape(actual, yhat),
    mase: finiteMase.length ? finiteMase.reduce((a, b) => a + b, 0) / finiteMase.length : Number.NaN,
    rmse: rmse(actual, yhat),
    mae: mae(actual, yhat),
    bias: bias(actual, yhat),
    directional: dir.reduce((a, b) => a + b, 0) / dir.length,
    coverage80: coverage(actual, lo80, hi80),
    coverage95: coverage(actual, lo95, hi95),
    pinball:
      (pinball(actual, lo95, 0.025) + pinball(actual, lo80, 0.1) + pinball(actual, yhat, 0.5) + pinball(actual, hi80, 0.9) + pinball(actual, hi95, 0.975)) / 5,
  };
}
