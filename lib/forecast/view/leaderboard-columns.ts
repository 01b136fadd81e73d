/**
 * The leaderboard's accuracy measures: label, unit and what each means, in the order shown.
 * `better` says which direction is good; "coverage" is good when close to its nominal level.
 */
export type MetricColumn = {
  key: string;
  label: string;
  unit: "percent" | "ratio" | "units" | "share";
  better: "lower" | "higher" | "nominal";
  nominal?: number;
  help: string;
};

export const LEADERBOARD_COLUMNS: MetricColumn[] = [
  {
    key: "mape",
    label: "MAPE",
    unit: "percent",
    better: "lower",
    help: "Mean absolute percentage error over the backtest weeks (weeks with 0 actual skipped).",
  },
  {
    key: "smape",
    label: "sMAPE",
    unit: "percent",
    better: "lower",
    help: "Symmetric MAPE (M4 definition): 200·|actual − forecast| / (|actual| + |forecast|), averaged.",
  },
  {
    key: "mase",
    label: "MASE",
    unit: "ratio",
    better: "lower",
    help: "Mean absolute error divided by the in-sample error of a naive (last week) forecast. Below 1 beats naive.",
  },
  { key: "rmse", label: "RMSE", unit: "units", better: "lower", help: "Root mean squared error, activations/week. Punishes large misses." },
  { key: "mae", label: "MAE", unit: "units", better: "lower", help: "Mean absolute error, activations/week." },
  {
    key: "bias",
    label: "Bias",
    unit: "units",
    better: "nominal",
    nominal: 0,
    help: "Mean of forecast − actual, activations/week. Positive = over-forecasting.",
  },
  {
    key: "directional",
    label: "Direction",
    unit: "share",
    better: "higher",
    help: "Share of weeks where the forecast moved in the same direction (up/down) as the actual.",
  },
  {
    key: "coverage80",
    label: "80 % cov.",
    unit: "share",
    better: "nominal",
    nominal: 0.8,
    help: "Share of backtest actuals inside the 80 % interval; should be close to 80 %.",
  },
  {
    key: "coverage95",
    label: "95 % cov.",
    unit: "share",
    better: "nominal",
    nominal: 0.95,
    help: "Share of backtest actuals inside the 95 % interval; should be close to 95 %.",
  },
  {
    key: "pinball",
    label: "Pinball",
    unit: "units",
    better: "lower",
    help: "Pinball (quantile) loss averaged over the 2.5, 10, 50, 90 and 97.5 % quantiles, activations/week. Scores the whole interval.",
  },
];

export const MODEL_LABELS: Record<string, string> = {
  naive: "Naive (last week)",
  snaive: "Seasonal naive (same week last year)",
  theta: "Theta",
  ets: "ETS (exponential smoothing)",
  "mstl-ets": "MSTL + ETS (seasonal decomposition)",
  regression: "Regression (lags, calendar, drivers)",
  prophet: "Prophet-style (trend, seasonality, regressors, holidays)",
  ensemble: "Ensemble (combination of the best models)",
  reconciled: "Reconciled (bottom-up sum)",
};

export function modelLabel(model: string): string {
  return MODEL_LABELS[model] ?? model;
}
