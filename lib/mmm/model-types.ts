import type { Adstock, HillSaturation, ResponseModel } from "./types";

/** Weekly data for one national (or one-region) mix model. All arrays have one entry per week. */
export type MmmInput = {
  /** Weekly ISO dates (YYYY-MM-DD), ascending. */
  dates: string[];
  /** Revenue (or activations) per week. */
  kpi: number[];
  kpiName?: string;
  media: { name: string; spend: number[] }[];
  controls?: { name: string; values: number[]; sign?: "positive" | "negative" | "free" }[];
  /** 0/1 flags or counts per week; modelled as a control with a free sign. */
  holidays?: number[];
  liftTests?: { channel: string; start: string; end: string; incrementalKpi: number; standardError: number }[];
  /** Revenue per activation: when given (and the KPI is revenue) the cost per activation is reported. */
  revenuePerActivation?: number;
};

export type AdstockChoice = "geometric" | "weibull-cdf" | "weibull-pdf" | "auto";

/**
 * The engine's defaults, in one place: the CLI (`mixcast mmm`) and the app's fit job both fit with these unless the
 * user sets an option, so a model fitted in the app and one fitted from the command line on the same data agree.
 */
export const DEFAULT_MMM_OPTIONS = { seed: 1, adstock: "auto", iterations: 150, bootstrap: 200, maxLag: 8 } as const;

/**
 * The geo model's adstock family when none is named: it searches one family (its shape chain is per family), and
 * geometric is the one the national model's "auto" keeps unless the carryover peaks weeks after the spend.
 */
export const DEFAULT_GEO_ADSTOCK = "geometric" as const;

export type MmmOptions = {
  seed?: number;
  /** Default "auto": geometric or Weibull-pdf, chosen by BIC (fitMarketingMixModel). */
  adstock?: AdstockChoice;
  /** Differential-evolution generations (default 150). */
  iterations?: number;
  /** Bootstrap replicates (default 200). */
  bootstrap?: number;
  /** Longest adstock lag in weeks (default 8). */
  maxLag?: number;
  trend?: boolean;
  seasonality?: boolean;
  /** Yearly Fourier harmonics; default: chosen by BIC (national model) or time-series cross-validation (geo model); see choose-harmonics.ts. */
  harmonics?: number;
};

export type ResponseCurvePoint = { spend: number; kpi: number; low: number; high: number };

export type ChannelResult = {
  name: string;
  /**
   * False when the data cannot tell the channel's effect from zero (rule in MmmResult.identification): the point
   * model then holds its effect at zero (roi 0) and its interval starts at 0.
   */
  identified: boolean;
  /** Likelihood-ratio statistic of "no effect" (rise in penalised deviance when pinned at zero); null if never tested. */
  noEffectLr: number | null;
  /**
   * True when the channel's weekly spend follows the yearly season and the no-effect test, run again with the richest
   * season the weeks allow, could not tell its effect from the season's (season-robust-identification.ts); absent
   * otherwise.
   */
  seasonConfounded?: boolean;
  /** Total spend in the window. */
  spend: number;
  meanWeeklySpend: number;
  /** In-window KPI attributed to the channel (incremental over zero spend). */
  contribution: number;
  contributionLow: number;
  contributionHigh: number;
  /** Share of the total media contribution. */
  share: number;
  spendShare: number;
  /**
   * KPI per currency unit. Identified channel: the posterior mean over its Hill shape (shape-averaged-roi.ts; the
   * selected model's contribution / spend can differ); unidentified: see `identified`. Low/High = 90 % bootstrap
   * interval widened to the profile-likelihood bounds and to roi itself.
   */
  roi: number;
  roiLow: number;
  roiHigh: number;
  /** Median of the bootstrap ROIs (the bagged estimate; shown next to the selected model's roi). */
  roiMedian: number;
  /** d(weekly KPI)/d(weekly spend) at the mean weekly spend, steady state. */
  mroi: number;
  mroiLow: number;
  mroiHigh: number;
  /** Spend per activation (when the KPI is activations or revenuePerActivation is given). */
  cpa?: number;
  cpaLow?: number;
  cpaHigh?: number;
  /** Weeks (counting the week of spend) to reach 90 % of the cumulative adstock effect. */
  carryoverWeeks: number;
  adstock: Adstock;
  saturation: HillSaturation;
  responseCurve: ResponseCurvePoint[];
};

export type DecompositionWeek = {
  date: string;
  actual: number;
  fitted: number;
  /** Intercept plus every non-media term. */
  baseline: number;
  media: Record<string, number>;
  controls: Record<string, number>;
};

export type ParetoPoint = { nrmse: number; decompRssd: number; liftZ2?: number; chosen: boolean };

export type MmmResult = {
  kpi: string;
  weeks: number;
  channels: ChannelResult[];
  intercept: number;
  controls: { name: string; coefficient: number; contribution: number }[];
  fit: {
    r2: number;
    nrmse: number;
    mape: number;
    dw: number;
    aic: number;
    bic: number;
    /** Variance inflation factor per design column. */
    vif: Record<string, number>;
    decompRssd: number;
    /** Mean squared z-score of model-implied vs measured lift (only with lift tests). */
    liftZ2?: number;
    /** Ridge penalty (relative to n, on standardised columns) chosen by time-series cross-validation. */
    lambda: number;
  };
  decomposition: DecompositionWeek[];
  pareto: { rule: string; evaluated: number; front: ParetoPoint[] };
  identification: { rule: string; threshold: number; unidentified: string[] };
  bootstrap: { replicates: number; blockLength: number; method: string };
  /** harmonics: yearly Fourier harmonics in the design (0 without seasonality). */
  settings: { seed: number; adstock: Exclude<AdstockChoice, "auto">; generations: number; populationSize: number; maxLag: number; harmonics: number };
  responseModel: ResponseModel;
  seconds: number;
};
