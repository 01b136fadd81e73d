import type { FitInput, ForecastModel, FutureInput, Holiday, ModelForecast } from "./types";

/**
 * Walk-forward (rolling-origin) evaluation, Tashman (2000): the last folds·h points are cut
 * into `folds` consecutive windows of h steps; for each window the model is refitted on
 * everything before it and forecasts the window. Windows do not overlap, so every scored
 * point is scored once.
 */
export type PreparedSeries = {
  y: number[];
  dates: string[];
  /** history part, aligned with y */
  regressors: Record<string, number[]>;
  holidays: Holiday[];
};

export type FoldForecast = {
  origin: string;
  /** training length of this fold */
  trainLength: number;
  dates: string[];
  actual: number[];
  yhat: number[];
  sd: number[];
  /** last training value (for directional accuracy) */
  last: number;
  /** training data, kept for MASE's in-sample scale */
  train: number[];
};

/** Training lengths of the folds, oldest first; empty when there is not room for one. */
export function foldTrainLengths(n: number, folds: number, horizon: number, minTrain: number): number[] {
  const out: number[] = [];
  for (let f = folds; f >= 1; f--) {
    const len = n - f * horizon;
    if (len >= minTrain) out.push(len);
  }
  return out;
}

export function sliceFuture(s: PreparedSeries, from: number, horizon: number): FutureInput {
  return {
    dates: s.dates.slice(from, from + horizon),
    regressors: Object.fromEntries(Object.entries(s.regressors).map(([k, v]) => [k, v.slice(from, from + horizon)])),
  };
}

export function fitAndPredict<F>(model: ForecastModel<F>, input: FitInput): { fitted: F; forecast: ModelForecast } {
  const fitted = model.fit(input);
  return { fitted, forecast: model.predict(fitted, { horizon: input.horizon, ...input.future }) };
}

/** Runs one model over the given fold training lengths. */
export function backtestModel<F>(model: ForecastModel<F>, s: PreparedSeries, trainLengths: number[], horizon: number, seed: number): FoldForecast[] {
  return trainLengths.map((len) => {
    const future = sliceFuture(s, len, horizon);
    const input: FitInput = {
      y: s.y.slice(0, len),
      dates: s.dates.slice(0, len),
      regressors: Object.fromEntries(Object.entries(s.regressors).map(([k, v]) => [k, v.slice(0, len)])),
      holidays: s.holidays,
      horizon,
      future,
      seed,
    };
    const { forecast } = fitAndPredict(model, input);
    return {
      origin: s.dates[len - 1],
      trainLength: len,
      dates: future.dates,
      actual: s.y.slice(len, len + horizon),
      yhat: forecast.yhat,
      sd: forecast.sd,
      last: s.y[len - 1],
      train: input.y,
    };
  });
}
