import type { DropAlert, IntervalForecast } from "@/lib/forecast";
import type { SeriesMoney } from "./money-impact";
import type { IncompleteWeek } from "@/lib/weeks/complete-weeks";

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
  /**
   * Paid media in this series' forecast under the shared plan (activations/week, from the mix model through the media
   * mapping), per horizon week and as a weekly mean per channel. Absent in runs from before media came from the mix model.
   */
  media?: { perWeek: number[]; byChannel: Record<string, number> };
};

export type FutureRegressorSource =
  | { source: "carried-forward" }
  | { source: "current-mix" }
  | { source: "scenario"; scenarioId: number; scenarioName: string; planned: string[]; carried: string[] };

/** A baseline forecast as stored in artifacts: one model's weekly forecast with its 80/95 % intervals. */
export type StoredIntervalForecast = IntervalForecast & { model: string };

/**
 * Where the forecast's media effects come from and what a scenario view needs to redo them for another plan: the mix
 * model run, the shared plan, the spend before the origin (carryover), the mapping to activations, and the national
 * baselines (revenue, the mix model's KPI, and total activations) the Planner and Scenarios add a plan's media to.
 */
export type MediaArtifact = {
  /** The mix-model run whose media was taken out and added back (null: none had been fitted; nothing taken out). */
  mmmRunId: number | null;
  kpi: string;
  /** The plan the shared forecast assumes, weekly spend per mix-model channel (USD/week, national). */
  plan: { source: "current-mix" | "scenario"; scenarioId?: number; scenarioName?: string; weekly: Record<string, number> };
  /** Mean weekly spend per channel over the last 13 spend weeks (the Planner's current mix). */
  currentMix: Record<string, number>;
  currentMixWeeks: { first: string | null; last: string | null };
  /** National weekly spend per mix-model channel for the weeks before the origin (oldest first): the carryover. */
  past: { weeks: string[]; spend: Record<string, number[]> };
  /** lib/forecast-plan/media-mapping.ts */
  mapping: { regionShares: Record<string, Record<string, number>>; revenuePerActivation: Record<string, number>; unmapped: string[]; shareWeeks: number };
  /** Baseline forecasts (no media) of national revenue and of total activations (reconciled grand total). */
  national: { revenue: StoredIntervalForecast | null; activations: StoredIntervalForecast };
};

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
  /** Incomplete weeks (demand or spend not imported) left out of the history (lib/weeks/complete-weeks.ts); absent in older runs. */
  incompleteWeeks?: IncompleteWeek[];
  /** Absent in runs from before media came from the mix model. */
  media?: MediaArtifact;
  series: Record<string, SeriesArtifact>;
};

/** Model name under which the reconciled (coherent) forecast of every series is stored. */
export const RECONCILED_MODEL = "reconciled";
/** Forecast.kind of the stored baseline forecasts (without media), beside "future" and "backtest". */
export const BASELINE_KIND = "baseline";
