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
   * "exact": the plan is the global optimum (up to bisection tolerance) — every curve is concave on
   * its range, or the S-shaped ones landed where the concave-envelope bound is attained.
   * "certified": `upperBound` (optimum over concave envelopes) bounds the true optimum from above,
   * so the plan is within `gap` of it (the true gap is usually far smaller).
   */
  kind: "exact" | "certified";
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
};
