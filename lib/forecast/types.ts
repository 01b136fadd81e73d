/**
 * Shared types of the forecasting engine. Public types (SeriesInput, ForecastOptions,
 * ForecastResult) are the contract the app and CLI call; the Model* types are the internal
 * plug-in contract every model family implements.
 */

export type Holiday = { date: string; name: string };

export type SeriesInput = {
  /** e.g. "search|north", "total" */
  key: string;
  /** ISO YYYY-MM-DD, weekly, history only */
  dates: string[];
  /** same length as dates */
  values: number[];
  /** length = history (+ optional horizon future values; missing future = last value carried forward) */
  regressors?: Record<string, number[]>;
  holidays?: Holiday[];
};

export type ForecastOptions = {
  horizon: number;
  /** Restrict the candidate models (names from MODEL_NAMES, plus "ensemble"). */
  models?: string[];
  /** Walk-forward folds (default 3). */
  folds?: number;
  /** Steps scored per fold (default min(horizon, 13)). */
  backtestHorizon?: number;
  /** Interval levels in %, default [80, 95]; the result always carries 80 and 95. */
  levels?: number[];
  seed?: number;
  /** Force this model as `chosen` instead of the backtest winner. */
  chosen?: string;
  /** Fit on at most the last N points (default 312 = 6 years; 0 = all). Speed/accuracy trade-off for long series. */
  maxHistory?: number;
  /** Members of the ensemble: the best k single models by backtest (default 3). */
  ensembleSize?: number;
  /** The ensemble is chosen unless a single model's backtest score is lower by more than this fraction. */
  ensembleMargin?: number;
  /** How the ensemble combines its members step by step (default median). */
  ensembleCombine?: "mean" | "median";
};

export type IntervalForecast = {
  dates: string[];
  yhat: number[];
  lo80: number[];
  hi80: number[];
  lo95: number[];
  hi95: number[];
};

export type BacktestFold = { origin: string; dates: string[]; yhat: number[]; actual: number[] };

export type ForecastResult = {
  key: string;
  chosen: string;
  notes: string[];
  /** sorted best first */
  leaderboard: { model: string; metrics: Record<string, number> }[];
  forecasts: Record<string, IntervalForecast>;
  backtests: Record<string, BacktestFold[]>;
  /** regression model: per future step, in units of the series */
  drivers?: { name: string; contribution: number[] }[];
};

/** What a model sees when it is fitted: history (already truncated to the fit window). */
export type FitInput = {
  y: number[];
  dates: string[];
  /** history part of each regressor, aligned with y */
  regressors: Record<string, number[]>;
  holidays: Holiday[];
  /** How far ahead predict may later be asked (wasm models precompute their path). */
  horizon: number;
  /** Future dates and regressor values for `horizon` steps (wasm models need them at fit time). */
  future: FutureInput;
  seed: number;
};

export type FutureInput = { dates: string[]; regressors: Record<string, number[]> };

/**
 * A point forecast plus the model's own standard deviation per step. `sd` only has to have
 * the right *shape* over the horizon: its scale is recalibrated from backtest errors.
 */
export type ModelForecast = {
  yhat: number[];
  sd: number[];
  contributions?: Record<string, number[]>;
};

/** Every model family: fit returns a plain serialisable object; predict is pure. */
export type ForecastModel<Fitted> = {
  name: string;
  /** Minimum history to fit at all. */
  minLength: number;
  /** Needs >= 2 full seasons (104 weeks). */
  seasonal: boolean;
  fit(input: FitInput): Fitted;
  predict(fitted: Fitted, future: FutureInput & { horizon: number }): ModelForecast;
};
