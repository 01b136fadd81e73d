import type { ResponseModel } from "../mmm/types";
import { drawCurves } from "../optimize/draw-curves";
import { gainVsCurrent } from "../optimize/plan-risk";
import { toSpendVector } from "../optimize/to-spend-vector";

export type ChannelRange = {
  channel: string;
  /** The data's range (smallest and largest adstocked weekly spend), when the model records it. */
  dataMin: number | null;
  dataMax: number | null;
  /** Where the planned spend sits relative to that range. */
  position: "inside" | "above" | "below" | "unknown";
  /** False when the fit could not tell the channel's effect from zero. */
  identified: boolean;
};

export type PlanRiskView = {
  /** Weekly revenue gain of the plan over the current mix at the same total spend, over the bootstrap draws (USD/week). */
  gain: { mean: number; low: number; high: number };
  /** Share of draws in which the plan beats the current mix; null without draws. */
  probBeatsCurrent: number | null;
  draws: number;
  /** True when the plan is the current mix (scaled to the same total). */
  isCurrentMix: boolean;
  channels: ChannelRange[];
};

/**
 * What the Planner shows next to a plan, recomputed on every slider move (pure, ~1 ms): its weekly revenue gain
 * over the current mix — the baseline allocation scaled to the plan's total spend, so only the split differs — with
 * the 90 % interval and the probability over the model's bootstrap draws, and per channel whether the planned spend
 * sits inside the data's range [dataMin, dataMax] (the response curve is extrapolated outside it).
 * @throws {OptimizeError} for unknown channels or negative spend in the allocation.
 */
export function planRiskView(model: ResponseModel, allocation: Record<string, number>, baseline: Record<string, number>): PlanRiskView {
  const x = toSpendVector(model, allocation);
  const base = toSpendVector(model, baseline);
  const total = x.reduce((a, b) => a + b, 0),
    baseTotal = base.reduce((a, b) => a + b, 0);
  const reference = base.map((v) => (baseTotal > 0 ? (v * total) / baseTotal : total / base.length));
  const g = gainVsCurrent(drawCurves(model), x, reference);
  const tol = (v: number) => 1e-6 * Math.max(1, v);
  return {
    gain: { mean: g.mean, low: g.low, high: g.high },
    probBeatsCurrent: g.probBeatsCurrent,
    draws: g.draws,
    isCurrentMix: x.every((v, i) => Math.abs(v - reference[i]) <= tol(reference[i])),
    channels: model.channels.map((c, i) => ({
      channel: c.name,
      dataMin: c.dataMin ?? null,
      dataMax: c.dataMax ?? null,
      position:
        c.dataMax === undefined
          ? "unknown"
          : x[i] > c.dataMax + tol(c.dataMax)
            ? "above"
            : c.dataMin !== undefined && x[i] < c.dataMin - tol(c.dataMin)
              ? "below"
              : "inside",
      identified: c.identified !== false,
    })),
  };
}
