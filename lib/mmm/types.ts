/**
 * Shared contract between the mix-model fit (lib/mmm), the budget optimizer (lib/optimize) and the
 * Planner's in-browser sliders. A fitted model is a plain serialisable object: the optimizer and the
 * sliders only need each channel's response curve, never the training data.
 *
 * Units: spend in currency per week; KPI in the model's KPI unit per week (revenue or activations).
 */

/** Geometric adstock: weight of lag l is theta^l (normalised so weights sum to 1 over maxLag+1 lags). */
export type GeometricAdstock = { type: "geometric"; theta: number; maxLag: number };

/**
 * Weibull adstock (Robyn's two forms). "cdf": weight of lag l is the survival 1 − CDF(l; shape, scale·maxLag)
 * chained; "pdf": weight is the PDF at l. Weights normalised to sum to 1 over maxLag+1 lags.
 */
export type WeibullAdstock = { type: "weibull-cdf" | "weibull-pdf"; shape: number; scale: number; maxLag: number };

export type Adstock = GeometricAdstock | WeibullAdstock;

/**
 * Hill saturation on the adstocked weekly spend x (currency/week):
 *   effect(x) = beta · x^alpha / (x^alpha + gamma^alpha)
 * gamma is the half-saturation point in the same currency/week units as x; beta is the KPI per week at full saturation.
 */
export type HillSaturation = { type: "hill"; alpha: number; gamma: number; beta: number };

export type ChannelResponse = {
  name: string;
  adstock: Adstock;
  saturation: HillSaturation;
  /** Mean weekly spend over the fit window (the "current" spend level). */
  meanWeeklySpend: number;
  /** Total spend in the fit window. */
  spend: number;
  /** Largest weekly spend in the fit window. */
  maxWeeklySpend?: number;
  /**
   * The data's range for planning: the largest adstocked weekly spend in the fit window under this channel's
   * adstock (currency/week; a steady weekly spend x adstocks to x, so a steady plan above it asks the curve about
   * a level the data never showed). Absent in models fitted before it existed.
   */
  dataMax?: number;
  /**
   * The bottom of the data's range: the smallest adstocked weekly spend in the fit window (after the first lag
   * window, whose adstock misses the spend before the data). 0 when the channel went dark. Absent in older models.
   */
  dataMin?: number;
  /**
   * False when the fit cannot tell this channel's effect from zero (the rule is in lib/mmm's fit); the optimizer
   * then holds the channel near its current spend unless the user unlocks it. Absent = identified (older models).
   */
  identified?: boolean;
};

/**
 * The part of a fitted mix model that planning needs. `draws` holds bootstrap replicates of the
 * channel responses (same channel order) so plans can carry intervals.
 */
export type ResponseModel = {
  kpi: string;
  /** Number of weeks in the fit window. */
  weeks: number;
  channels: ChannelResponse[];
  draws?: ChannelResponse[][];
  /**
   * Extra uncertainty about each channel's Hill slope (σ of ln α) that the planner's gate adds to these draws, because
   * the fitting method's draws understate it (draw-shape-stress.ts; lib/optimize/shape-stress.ts). Absent = 0.
   */
  shapeStress?: number;
};
