import { z } from "zod";
import type { ResponseModel } from "../mmm/types";
import { allocateBudget, keptCurrentMix, planInterval, type AllocationResult } from "../optimize";

/**
 * Fields the risk-aware optimizer adds to a plan (expected gain over the current mix with its 90 % interval over the
 * bootstrap draws, P(beats the current mix), channels planned outside the data's range). Read when present, so the
 * report shows them as soon as the optimizer reports them; absent today's optimizer, the report says what it can.
 */
const gainSchema = z.object({ mean: z.number(), low: z.number(), high: z.number() });
const probSchema = z.number().min(0).max(1);
const outsideSchema = z.array(z.union([z.string(), z.object({ channel: z.string() }).passthrough()]));

/** Each field on its own: one the report cannot read must not hide the others. */
export function readPlanRisk(result: unknown) {
  const r = (result ?? {}) as Record<string, unknown>;
  const gain = gainSchema.safeParse(r.gainVsCurrent);
  const prob = probSchema.safeParse(r.probBeatsCurrent);
  const outside = outsideSchema.safeParse(r.outsideData);
  return {
    gainVsCurrent: gain.success ? gain.data : undefined,
    probBeatsCurrent: prob.success ? prob.data : undefined,
    outsideData: outside.success ? outside.data : undefined,
  };
}

export type RecommendedPlanRow = {
  channel: string;
  current: number;
  planned: number;
  change: number;
  /** null when current spend is 0 */
  changePct: number | null;
  /** largest weekly spend the fit window saw (null when unknown) */
  maxObserved: number | null;
  outsideData: boolean;
};

export type RecommendedPlan = {
  /** weekly budget: the current allocation's total, as the Planner starts */
  totalBudget: number;
  rows: RecommendedPlanRow[];
  current: { revenue: number; low: number; high: number };
  planned: { revenue: number; low: number; high: number; roi: number };
  /** expected weekly media revenue gained over the current mix (point estimate unless the optimizer reports a mean) */
  gain: number;
  gainInterval: { low: number; high: number } | null;
  probBeatsCurrent: number | null;
  outsideData: string[];
  /** where outsideData came from: the optimizer's own flag, or the report's comparison with the largest observed spend */
  outsideDataSource: "optimizer" | "observed-range";
  optimality: AllocationResult["optimality"];
  /**
   * The optimizer kept the current mix (its draws back no move), and the channels their disagreement is about, largest
   * share first (lib/optimize/move-uncertainty.ts); empty when it moved or the draws agree.
   */
  keptCurrentMix: boolean;
  hingesOn: { channel: string; share: number }[];
};

/**
 * The plan the Planner's optimizer recommends by default — maximise weekly revenue for the current weekly budget —
 * with its 90 % revenue interval next to the current mix's, and the risk fields when the optimizer supplies them.
 * Channels whose planned spend is above the largest weekly spend in the fit window are flagged as outside the data.
 * @throws {OptimizeError} when the model is invalid or the allocation names unknown channels.
 */
export function recommendedPlan(model: ResponseModel, current: Record<string, number>, maxObserved: Record<string, number> = {}): RecommendedPlan {
  const totalBudget = model.channels.reduce((s, c) => s + (current[c.name] ?? 0), 0);
  // The same plan the Planner proposes: its current mix is the reference for the gain, the safeguard and the hold band.
  const result = allocateBudget(model, { totalBudget, objective: "revenue", current });
  const now = planInterval(model, current);
  const plan = planInterval(model, result.allocation);
  const extra = readPlanRisk(result);
  // 1 % slack: a plan at exactly the largest week seen is inside the data.
  const observedOutside = model.channels
    .filter((c) => maxObserved[c.name] !== undefined && (result.allocation[c.name] ?? 0) > maxObserved[c.name] * 1.01)
    .map((c) => c.name);
  // The optimizer judges the data's range on adstocked spend (ChannelResponse.dataMax); models fitted before that field
  // existed carry no range, and then the report compares with the largest weekly spend seen.
  const optimizerKnows = extra.outsideData !== undefined && model.channels.some((c) => c.dataMax !== undefined);
  const outsideData = optimizerKnows ? extra.outsideData!.map((o) => (typeof o === "string" ? o : o.channel)) : observedOutside;
  const rows = model.channels.map((c) => {
    const cur = current[c.name] ?? 0;
    const planned = result.allocation[c.name] ?? 0;
    return {
      channel: c.name,
      current: cur,
      planned,
      change: planned - cur,
      changePct: cur > 0 ? (planned - cur) / cur : null,
      maxObserved: maxObserved[c.name] ?? null,
      outsideData: outsideData.includes(c.name),
    };
  });
  return {
    totalBudget,
    rows,
    current: { revenue: now.revenue, low: now.low, high: now.high },
    planned: { revenue: plan.revenue, low: plan.low, high: plan.high, roi: result.predicted.roi },
    gain: extra.gainVsCurrent?.mean ?? plan.revenue - now.revenue,
    gainInterval: extra.gainVsCurrent ? { low: extra.gainVsCurrent.low, high: extra.gainVsCurrent.high } : null,
    probBeatsCurrent: extra.probBeatsCurrent ?? null,
    outsideData,
    outsideDataSource: optimizerKnows ? "optimizer" : "observed-range",
    optimality: result.optimality,
    keptCurrentMix: keptCurrentMix(result.safeguard),
    hingesOn: result.safeguard?.hingesOn ?? [],
  };
}
