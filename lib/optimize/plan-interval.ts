import type { ResponseModel } from "../mmm/types";
import { hillResponse } from "../math/response-curve";
import { toSpendVector } from "./to-spend-vector";
import { quantileSorted } from "../math/quantile-sorted";

export type PlanInterval = {
  /** Weekly revenue under the point estimate. */
  revenue: number;
  /** Lower and upper quantiles of weekly revenue over the bootstrap draws (equal to revenue without draws). */
  low: number;
  high: number;
  /** Number of draws the interval rests on (0: no draws in the model). */
  draws: number;
  level: number;
};

/**
 * Weekly revenue of a fixed allocation with a bootstrap interval: the same spend is evaluated under
 * every draw's response curves (channels in model order), and the central `level` quantiles taken.
 * This is a percentile interval of the model's parameter uncertainty, not of weekly noise.
 * @param allocation weekly spend per channel; missing channels spend 0.
 * @throws {OptimizeError} UNKNOWN_CHANNEL / INVALID_ALLOCATION for bad allocations.
 * @example planInterval(model, { search: 1200, social: 800 }) // { revenue, low, high, draws: 200, level: 0.9 }
 */
export function planInterval(model: ResponseModel, allocation: Record<string, number>, level = 0.9): PlanInterval {
  const x = toSpendVector(model, allocation);
  const revenue = x.reduce((acc, xi, i) => acc + hillResponse(model.channels[i].saturation, xi), 0);
  const draws = model.draws ?? [];
  if (draws.length === 0) return { revenue, low: revenue, high: revenue, draws: 0, level };
  const values = draws.map((d) => x.reduce((acc, xi, i) => acc + hillResponse(d[i].saturation, xi), 0)).sort((a, b) => a - b);
  const tail = (1 - level) / 2;
  return { revenue, low: quantileSorted(values, tail), high: quantileSorted(values, 1 - tail), draws: draws.length, level };
}
