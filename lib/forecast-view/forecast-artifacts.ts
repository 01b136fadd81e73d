import type { DropAlert } from "@/lib/forecast";
import type { SeriesMoney } from "./money-impact";
import type { IncompleteWeek } from "@/lib/data/complete-weeks";

/**
 * What a forecast run stores in `ModelRun.artifacts` (the forecast points themselves are rows of
 * the Forecast table). Written by lib/jobs/fits/forecast-fit.ts, read by the Forecasts page.
 */
export type SeriesArtifact = {
  label: string;
  /** the engine's automatic (backtest) choice */
  chosen: string;
  /** the model the reconciled forecast was built from: `chosen`, or the override in force at fit time */
  shown: string;
  overrideAtFit: string | null;
  notes: string[];
  /** best first */
  leaderboard: { model: string; metrics: Record<string, number> }[];
  drivers: { model: string; items: { name: string; contribution: number[] }[] } | null;
  /** null when no channel of the series has unit economics */
  money: SeriesMoney | null;
  drop: DropAlert;
  regressors: string[];
  /** the last weeks of actuals the fit saw (activations/week), for the chart */
  history: { start: string; values: number[] };
};

export type FutureRegressorSource =
  | { source: "carried-forward" }
  | { source: "scenario"; scenarioId: number; scenarioName: string; planned: string[]; carried: string[] };

export type ForecastArtifacts = {
  version: 1;
  horizon: number;
  /** last observed week */
  origin: string;
  channels: string[];
  regions: string[];
  reconciliation: { method: "bottom-up"; description: string };
  futureRegressors: FutureRegressorSource;
  dropThresholdPct: number;
  /** Incomplete weeks (demand or spend not imported) left out of the history (lib/data/complete-weeks.ts); absent in older runs. */
  incompleteWeeks?: IncompleteWeek[];
  series: Record<string, SeriesArtifact>;
};

/** Model name under which the reconciled (coherent) forecast of every series is stored. */
export const RECONCILED_MODEL = "reconciled";
