import type { ResponseModel } from "../mmm/types";
import { drawCurves, expectedMarginal, expectedResponse } from "./draw-curves";
import { OptimizeError } from "./optimize-error";
import { hillDerivative, hillResponse } from "../math/response-curve";
import { toSpendVector } from "./to-spend-vector";

export type PredictPlanOptions = {
  /** Gross margin on revenue (default 1): profit = revenue × margin − spend. */
  margin?: number;
  /**
   * Revenue earned per activation — one number for all channels or one per channel. When given,
   * activations = revenue / revenuePerActivation and CPA = spend / activations are reported.
   */
  revenuePerActivation?: number | Record<string, number>;
  /**
   * "point" (default): the selected model's curves; "expected": the mean over the model's bootstrap draws — the
   * quantity allocateBudget maximises by default, so a plan and its prediction agree (the point curves without draws).
   */
  basis?: "point" | "expected";
};

export type ChannelPrediction = {
  channel: string;
  spend: number;
  revenue: number;
  /** revenue / spend; null at zero spend. */
  roi: number | null;
  /** Extra weekly revenue per extra unit of weekly spend at this level. */
  marginalRoi: number;
  activations?: number;
  /** spend / activations; null when there are no activations. */
  cpa?: number | null;
};

export type PlanPrediction = {
  spend: number;
  revenue: number;
  profit: number;
  /** revenue / spend (ROAS); 0 when nothing is spent. */
  roi: number;
  activations?: number;
  cpa?: number | null;
  perChannel: ChannelPrediction[];
};

/**
 * Steady-state weekly outcome of a weekly allocation — what the Planner sliders show as they move.
 * Units: spend and revenue per week (the KPI is revenue); multiply by H for an H-week plan.
 * Pure arithmetic over the channels (one pow per channel), so it runs in microseconds in the browser.
 * @throws {OptimizeError} UNKNOWN_CHANNEL, INVALID_ALLOCATION, INVALID_OPTION (margin or revenue per activation ≤ 0).
 * @example predictPlan(model, { search: 1000, tv: 5000 }, { margin: 0.4, revenuePerActivation: 80 })
 */
export function predictPlan(model: ResponseModel, allocation: Record<string, number>, options: PredictPlanOptions = {}): PlanPrediction {
  const margin = options.margin ?? 1;
  if (!(margin > 0) || !Number.isFinite(margin)) throw new OptimizeError("INVALID_OPTION", `margin must be a positive number, got ${options.margin}`);
  const x = toSpendVector(model, allocation);
  const rpa = options.revenuePerActivation;
  const rpaFor = (name: string): number | undefined => {
    if (rpa === undefined) return undefined;
    const v = typeof rpa === "number" ? rpa : rpa[name];
    if (v === undefined) throw new OptimizeError("INVALID_OPTION", `revenuePerActivation is missing channel "${name}"`);
    if (!(v > 0) || !Number.isFinite(v)) throw new OptimizeError("INVALID_OPTION", `revenuePerActivation for "${name}" must be a positive number, got ${v}`);
    return v;
  };
  let spend = 0,
    revenue = 0,
    activations = 0;
  const curves = options.basis === "expected" ? drawCurves(model) : null;
  const perChannel: ChannelPrediction[] = model.channels.map((c, i) => {
    const r = curves ? expectedResponse(curves, i)(x[i]) : hillResponse(c.saturation, x[i]);
    spend += x[i];
    revenue += r;
    const p: ChannelPrediction = {
      channel: c.name,
      spend: x[i],
      revenue: r,
      roi: x[i] > 0 ? r / x[i] : null,
      marginalRoi: curves ? expectedMarginal(curves, i, x[i]) : hillDerivative(c.saturation, x[i]),
    };
    const v = rpaFor(c.name);
    if (v !== undefined) {
      p.activations = r / v;
      p.cpa = p.activations > 0 ? x[i] / p.activations : null;
      activations += p.activations;
    }
    return p;
  });
  const out: PlanPrediction = { spend, revenue, profit: revenue * margin - spend, roi: spend > 0 ? revenue / spend : 0, perChannel };
  if (rpa !== undefined) {
    out.activations = activations;
    out.cpa = activations > 0 ? spend / activations : null;
  }
  return out;
}
