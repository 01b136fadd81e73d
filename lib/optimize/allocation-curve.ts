import type { ResponseModel } from "../mmm/types";
import { allocateBudget } from "./allocate-budget";
import { OptimizeError } from "./optimize-error";
import type { AllocateOptions } from "./optimize-types";
import { hillResponse } from "../math/response-curve";

export type AllocationCurvePoint = {
  /** Budget as a fraction of current total weekly spend. */
  fraction: number;
  /** Weekly budget. */
  totalBudget: number;
  /** Weekly spend actually used (below totalBudget for the profit objective once extra money stops paying). */
  spend: number;
  revenue: number;
  profit: number;
  roi: number;
  /** Common marginal revenue per extra unit of spend at this budget: where it drops below 1 (or 1/margin), extra money stops paying. */
  marginalRoi: number;
  allocation: Record<string, number>;
};

export type AllocationCurve = {
  currentBudget: number;
  points: AllocationCurvePoint[];
  /** Budgets skipped because the bounds make them infeasible (e.g. below the sum of minimums). */
  skipped: { fraction: number; totalBudget: number; reason: string }[];
};

/** 31 budgets from 50 % to 200 % of current spend, in steps of 5 %. */
export const DEFAULT_CURVE_FRACTIONS = Array.from({ length: 31 }, (_, k) => 0.5 + 0.05 * k);

/**
 * The optimal outcome and split for a range of weekly budgets, as fractions of the current total
 * weekly spend (Σ meanWeeklySpend), so the Planner can show where extra money stops paying.
 * `opts.totalBudget` is ignored (each point sets its own); objective "revenue" or "profit".
 *
 * Optimal revenue is non-decreasing in budget for concave curves by construction. With S-shaped
 * curves a per-point search could in principle land lower than the previous point, so each point
 * also tries the previous plan plus the extra money spread over channels with headroom (feasible
 * and at least as good, since every curve is increasing) and keeps the better.
 * @throws {OptimizeError} as allocateBudget, and INVALID_OPTION for target objectives or bad fractions.
 */
export function allocationCurve(
  model: ResponseModel,
  opts: Omit<AllocateOptions, "totalBudget"> & { totalBudget?: number },
  fractions: number[] = DEFAULT_CURVE_FRACTIONS,
): AllocationCurve {
  if (opts.objective !== "revenue" && opts.objective !== "profit") {
    throw new OptimizeError("INVALID_OPTION", `allocation curve supports the "revenue" and "profit" objectives, got "${opts.objective}"`);
  }
  if (fractions.some((f) => !(f >= 0) || !Number.isFinite(f))) throw new OptimizeError("INVALID_OPTION", "curve fractions must be non-negative numbers");
  const currentBudget = model.channels.reduce((a, c) => a + c.meanWeeklySpend, 0);
  const sorted = [...fractions].sort((a, b) => a - b);
  const margin = opts.margin ?? 1;
  const points: AllocationCurvePoint[] = [];
  const skipped: AllocationCurve["skipped"] = [];
  for (const fraction of sorted) {
    const totalBudget = fraction * currentBudget;
    let result;
    try {
      result = allocateBudget(model, { ...opts, totalBudget });
    } catch (error) {
      const infeasible = error instanceof OptimizeError && ["MIN_EXCEEDS_BUDGET", "MAX_BELOW_BUDGET", "LOCKED_EXCEEDS_BUDGET"].includes(error.code);
      if (!infeasible) throw error;
      skipped.push({ fraction, totalBudget, reason: error.message });
      continue;
    }
    let point: AllocationCurvePoint = {
      fraction,
      totalBudget,
      spend: result.predicted.spend,
      revenue: result.predicted.revenue,
      profit: result.predicted.profit,
      roi: result.predicted.roi,
      marginalRoi: result.lambda,
      allocation: result.allocation,
    };
    const prev = points[points.length - 1];
    if (prev && opts.objective === "revenue" && point.revenue < prev.revenue) {
      const patched = spreadExtra(
        model,
        prev.allocation,
        totalBudget - prev.spend,
        result.perChannel.map((p) => p.max),
      );
      const revenue = model.channels.reduce((a, c) => a + hillResponse(c.saturation, patched[c.name]), 0);
      if (revenue > point.revenue) {
        point = { ...point, revenue, profit: revenue * margin - totalBudget, roi: totalBudget > 0 ? revenue / totalBudget : 0, allocation: patched };
      }
    }
    points.push(point);
  }
  return { currentBudget, points, skipped };
}

function spreadExtra(model: ResponseModel, base: Record<string, number>, extra: number, max: number[]): Record<string, number> {
  const room = model.channels.map((c, i) => Math.max(0, Math.min(max[i], base[c.name] + extra) - base[c.name]));
  const totalRoom = room.reduce((a, b) => a + b, 0);
  const out: Record<string, number> = {};
  model.channels.forEach((c, i) => {
    out[c.name] = base[c.name] + (totalRoom > 0 ? (extra * room[i]) / totalRoom : 0);
  });
  return out;
}
