import type { ResponseModel } from "../mmm/types";
import { planInterval, predictPlan } from "../optimize";

export type PlanOutcomeOptions = {
  /** Gross margin on revenue (profit = revenue × margin − spend). */
  margin: number;
  /** Revenue per activation per channel; channels missing from it leave activations and CPA out. */
  revenuePerActivation?: Record<string, number>;
  /** Planning horizon in weeks, for the totals. */
  horizonWeeks: number;
};

/**
 * The numbers a plan is judged by, per week and over the horizon (USD; revenue is the media-driven
 * KPI of the response model, so it excludes the baseline demand that comes without marketing).
 * `low`/`high` are the 90 % bootstrap interval of weekly revenue (equal to revenue when the model has no draws).
 */
export type PlanOutcome = {
  spend: number;
  revenue: number;
  profit: number;
  roi: number;
  activations: number | null;
  cpa: number | null;
  low: number;
  high: number;
  level: number;
  draws: number;
  margin: number;
  horizonWeeks: number;
  horizon: { spend: number; revenue: number; profit: number; low: number; high: number; activations: number | null };
  perChannel: { channel: string; spend: number; revenue: number; roi: number | null; marginalRoi: number }[];
};

/** Usable revenue per activation: only when every model channel has a positive value. */
function completeRpa(model: ResponseModel, rpa: Record<string, number> | undefined): Record<string, number> | undefined {
  if (!rpa) return undefined;
  return model.channels.every((c) => (rpa[c.name] ?? 0) > 0) ? rpa : undefined;
}

/**
 * Weekly steady-state outcome of an allocation (predictPlan, expected over the model's bootstrap draws) with its 90 % interval (planInterval)
 * and totals over the horizon (weekly × weeks). Pure and fast enough to run on every slider move.
 * @throws {OptimizeError} for unknown channels, negative spend or margin ≤ 0.
 */
export function planOutcome(model: ResponseModel, allocation: Record<string, number>, options: PlanOutcomeOptions): PlanOutcome {
  const rpa = completeRpa(model, options.revenuePerActivation);
  // The expected outcome over the bootstrap draws: what the optimizer maximises, so an optimized plan never shows less.
  const p = predictPlan(model, allocation, { margin: options.margin, revenuePerActivation: rpa, basis: "expected" });
  const band = planInterval(model, allocation, 0.9);
  const h = options.horizonWeeks;
  const activations = p.activations ?? null;
  return {
    spend: p.spend,
    revenue: p.revenue,
    profit: p.profit,
    roi: p.roi,
    activations,
    cpa: p.cpa ?? null,
    low: band.low,
    high: band.high,
    level: band.level,
    draws: band.draws,
    margin: options.margin,
    horizonWeeks: h,
    horizon: {
      spend: p.spend * h,
      revenue: p.revenue * h,
      profit: p.profit * h,
      low: band.low * h,
      high: band.high * h,
      activations: activations === null ? null : activations * h,
    },
    perChannel: p.perChannel.map((c) => ({ channel: c.channel, spend: c.spend, revenue: c.revenue, roi: c.roi, marginalRoi: c.marginalRoi })),
  };
}
