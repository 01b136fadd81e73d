/**
 * Public API of the forecasting engine (pure TypeScript; the only I/O is loading the augurs
 * wasm, done once inside `forecastSeries`).
 */
export type { SeriesInput, ForecastOptions, ForecastResult, IntervalForecast, BacktestFold, Holiday } from "./types";
export { forecastSeries, forecastSeriesLoaded } from "./forecast-series";
export { MODEL_NAMES, DEFAULT_MODELS, type ModelName } from "./models/registry";
export { loadAugurs, loadProphet } from "./wasm-loader";
export {
  reconcileBottomUp,
  reconcileForecasts,
  buildHierarchy,
  backtestResiduals,
  shrinkCovariance,
  TOTAL_KEY,
  ALL,
  type ReconcileMethod,
  type Hierarchy,
} from "./reconcile";
export { detectDrop, DEFAULT_DROP_THRESHOLD_PCT, type DropAlert } from "./drop-alert";
export { criticalRatio, forecastErrorCost, backtestCost, forecastQuantile, planNumbers, costSaving, type CostRates, type ErrorCost } from "./cost";
export { mape, smape, mase, maseScale, mae, rmse, bias, directionalAccuracy, coverage, pinball } from "./metrics";
export { addWeeks, futureWeeks, parseIsoDate } from "./dates";
export { MAX_HORIZON } from "./prepare-series";
