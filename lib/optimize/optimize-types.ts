/**
 * Option and result shapes of the budget optimizer. Units throughout: spend in currency per week
 * (the ResponseModel is weekly) and revenue = the model's KPI per week attributable to media
 * (the baseline is not part of a response model). A plan over H weeks is weekly spend × H.
 */

/**
 * Per-channel spend bounds, in currency per week. Absolute (`min`, `max`) and relative to the
 * channel's current weekly spend (`minPct`, `maxPct` in percent: −20 → 0.8 × current, +30 → 1.3 ×
 * current) may be combined; the tighter bound wins.
 */
export type ChannelBounds = { min?: number; max?: number; minPct?: number; maxPct?: number };

export type Objective = "revenue" | "profit" | "target-revenue" | "target-roas";

export type AllocateOptions = {
  /**
   * Weekly budget. For "revenue" it is spent in full; for "profit" it is a cap (spending stops where
   * margin × marginal revenue falls to 1); for the target objectives it is the most that may be spent.
   */
  totalBudget: number;
  objective: Objective;
  /** Gross margin on revenue, used by "profit" (default 1: profit = revenue − spend). */
  margin?: number;
  /** Weekly revenue for "target-revenue"; revenue/spend for "target-roas". */
  target?: number;
  bounds?: Record<string, ChannelBounds>;
  /** Channels fixed at a weekly spend. */
  locked?: Record<string, number>;
  /**
   * Which curves the plan maximises: "expected" (default when the model has bootstrap draws) = the mean outcome over
   * the draws; "point" = the selected model's curves alone (the only choice without draws).
   */
  basis?: "expected" | "point";
  /**
   * Trust region: each channel's weekly spend stays ≤ extrapolate × its dataMax (the largest adstocked weekly spend
   * in the data). Default DEFAULT_EXTRAPOLATE (data-range-guard.ts); Infinity removes the cap. Channels without
   * dataMax (older models) are not capped.
   */
  extrapolate?: number;
  /**
   * Let unidentified channels move freely (default false: never raised above current × (1 + HOLD_BAND); cut only as far
   * as the safeguard's draws support — see allocateBudget; without draws held within ±HOLD_BAND).
   */
  unlockUnidentified?: boolean;
  /**
   * What the safeguard does when its step toward the optimum stops short of it: "transfers" (default) tries pairwise
   * transfers between channels from where the step ended, chosen on half the draws and checked on the other half
   * (plan-risk.ts transferSearch); "none" keeps the step. A refused step keeps the current mix either way.
   */
  fallback?: "none" | "transfers";
  /**
   * The current mix the plan is compared with (weekly spend per channel). Default: each channel's fit-window mean
   * weekly spend, scaled so the mix spends the budget (the same split at this budget).
   */
  current?: Record<string, number>;
  /**
   * Move from the current mix toward the optimizer's plan only as far as the draws support (stepTowardPlan in
   * plan-risk.ts). Default true; applies to the revenue and profit objectives of a model with draws.
   */
  safeguard?: boolean;
  /**
   * The shape-stressed gate: the move must also pay in 99 % of the draws with each channel's Hill α perturbed by
   * exp(σ·z) at its level at the current mix (shape-stress.ts). σ here; default the model's own shapeStress (the national
   * fit sets 0.2, lib/mmm/draw-shape-stress.ts), else 0 = off.
   */
  shapeStress?: number;
};

export type ChannelPlan = {
  channel: string;
  /** Weekly spend in the plan. */
  spend: number;
  /** Current (fit-window mean) weekly spend. */
  current: number;
  change: number;
  /** Percent change vs current; null when current is 0. */
  changePct: number | null;
  /** Weekly revenue (KPI) from this channel at steady state. */
  revenue: number;
  /** revenue / spend (ROAS); null at zero spend. */
  roi: number | null;
  /** Extra weekly revenue per extra unit of weekly spend at the planned level. */
  marginalRoi: number;
  min: number;
  max: number;
  /** Where the channel sits: at a bound, locked, or interior (marginal return = the common λ). */
  status: "interior" | "at-min" | "at-max" | "locked";
  /** The data's range for this channel (largest adstocked weekly spend), when the model records it. */
  dataMax?: number;
  /** The planned spend is above dataMax: the curve is extrapolated there. */
  outsideData: boolean;
  /** The channel is unidentified and held by the rule of AllocateOptions.unlockUnidentified (not unlocked). */
  held: boolean;
  /** False when the fit could not tell the channel's effect from zero. */
  identified: boolean;
};

export type PredictedOutcome = {
  /** Weekly revenue (KPI) from media. */
  revenue: number;
  /** revenue × margin − spend per week. */
  profit: number;
  /** revenue / spend (ROAS); 0 when nothing is spent. */
  roi: number;
  spend: number;
  /** 5 % and 95 % quantiles of revenue over the model's bootstrap draws (present when draws exist). */
  low?: number;
  high?: number;
};

export type Optimality = {
  /**
   * "grid" (expected-value plans, maximizeSeparable): the best point of a 250-unit budget grid, polished; no
   * certificate, upperBound = the value reached and gap = 0.
   * "exact": the plan is the global optimum (up to bisection tolerance) — every curve is concave on
   * its range, or the S-shaped ones landed where the concave-envelope bound is attained.
   * "certified": `upperBound` (optimum over concave envelopes) bounds the true optimum from above,
   * so the plan is within `gap` of it (the true gap is usually far smaller).
   */
  kind: "exact" | "certified" | "grid";
  /** Upper bound on the objective value (revenue, or profit for the profit objective). */
  upperBound: number;
  /** upperBound − achieved objective (≥ 0); 0 up to tolerance when exact. */
  gap: number;
};

export type AllocationResult = {
  objective: Objective;
  allocation: Record<string, number>;
  predicted: PredictedOutcome;
  perChannel: ChannelPlan[];
  marginalRoi: Record<string, number>;
  /** The common marginal revenue per unit spend of interior channels (the Lagrange multiplier). */
  lambda: number;
  /** Root-search passes on λ, summed over every sub-problem solved (a cost measure, not a quality one). */
  iterations: number;
  optimality: Optimality;
  /** Which curves were maximised (see AllocateOptions.basis). */
  basis: "expected" | "point";
  /** The current mix the plan is compared with, weekly spend per channel. */
  current: Record<string, number>;
  /** Weekly gain of the plan over the current mix across the bootstrap draws (revenue; profit for "profit"). */
  gainVsCurrent: { mean: number; low: number; high: number };
  /** Share of draws in which the plan beats the current mix; null for a model without draws. */
  probBeatsCurrent: number | null;
  /** Channels whose planned spend is above the data's range (dataMax). */
  outsideData: string[];
  /**
   * How far the plan moved from the current mix toward the optimizer's answer (1 = all the way, 0 = kept the current
   * mix), with the rule that decided it; absent when the safeguard did not apply.
   */
  safeguard?: {
    step: number;
    quantile: number;
    rule: string;
    /**
     * With unidentified channels held: which target the step was taken toward — "unidentified cut" (their curves
     * counted as no effect, cut up to their data floor) or, when no step toward it was supported, "unidentified held"
     * (fixed at their current spend).
     */
    unidentified?: "unidentified cut" | "unidentified held";
    /**
     * Present when the current mix was kept because the best step (`step` here: the fraction of the way it went) paid
     * in fewer than 99 % of the draws (plan-risk.ts, RECOMMEND_QUANTILE); the top-level `step` is then 0.
     */
    notConfident?: {
      step: number;
      /** True when the step paid in 99 % of the draws but not under the shape-stressed draws (shape-stress.ts). */
      shape?: boolean;
    };
    /**
     * Present when the plan made pairwise transfers between channels after a step that stopped short of the optimum:
     * how many were chained, and on how many held-out draws the whole move was checked (it gains in every one of them).
     */
    transfers?: { count: number; checkedOn: number };
    /**
     * Present when the current mix was kept and the draws disagree about the refused move: the channels that carry
     * that disagreement, largest share first (move-uncertainty.ts moveHingesOn; shares of the gain's variance over the
     * draws). Where a lift test would narrow the decision most.
     */
    hingesOn?: { channel: string; share: number }[];
  };
  /** Trust-region factor in force (Infinity = off) and by how much it had to widen for the budget to fit. */
  extrapolate: { factor: number; widened: number };
};
