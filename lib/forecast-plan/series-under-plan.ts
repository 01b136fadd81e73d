import type { IntervalForecast } from "../forecast/types";
import type { ResponseModel } from "../mmm/types";
import { combineBaselineAndMedia } from "./combine-intervals";
import { channelPlanPaths, combinePlanMedia, type ChannelPlanPaths, type PlanMedia } from "./plan-media";

/**
 * The weekly spend of a plan per mix-model channel: the plan's weekly amounts where it names a channel, the current
 * mix elsewhere (a scenario changes only what it names). Names the model does not know are returned in `ignored`.
 */
export function planWeekly(
  channels: string[],
  currentMix: Record<string, number>,
  allocation: Record<string, number> = {},
): { weekly: Record<string, number>; planned: string[]; carried: string[]; ignored: string[] } {
  const weekly: Record<string, number> = {};
  const planned: string[] = [],
    carried: string[] = [];
  for (const c of channels) {
    const v = Object.hasOwn(allocation, c) ? allocation[c] : undefined;
    if (v !== undefined && Number.isFinite(v) && v >= 0) {
      weekly[c] = v;
      planned.push(c);
    } else {
      weekly[c] = currentMix[c] ?? 0;
      carried.push(c);
    }
  }
  return { weekly, planned, carried, ignored: Object.keys(allocation).filter((k) => !channels.includes(k)) };
}

/** Each channel's weekly amount repeated over the horizon. */
export function steadyPlan(weekly: Record<string, number>, horizon: number): Record<string, number[]> {
  if (!Number.isInteger(horizon) || horizon < 1) throw new Error(`steadyPlan: horizon must be a positive integer, got ${horizon}`);
  return Object.fromEntries(Object.entries(weekly).map(([c, v]) => [c, new Array<number>(horizon).fill(v)]));
}

/**
 * A steady weekly plan's paths through the model, starting from the spend before it (`past`, per model channel,
 * oldest first). Channels missing from `past` spent nothing before.
 */
export function steadyPlanPaths(model: ResponseModel, past: Record<string, number[]>, weekly: Record<string, number>, horizon: number): ChannelPlanPaths {
  const names = model.channels.map((c) => c.name);
  const pastWeeks = Math.max(0, ...Object.values(past).map((xs) => xs.length));
  const pastFull = Object.fromEntries(names.map((c) => [c, past[c] ?? new Array<number>(pastWeeks).fill(0)]));
  return channelPlanPaths(model, { past: pastFull, plan: steadyPlan(Object.fromEntries(names.map((c) => [c, weekly[c] ?? 0])), horizon) });
}

/**
 * One series under a plan: its baseline forecast (no media) + the plan's media scaled to the series (e.g.
 * activationScale for a channel × region node; undefined = every channel at 1, the model's own KPI), with intervals
 * over baseline error and the model's draws. Without paths (no mix model) the baseline is the forecast.
 * @param floor lower bound of every value (0 for a non-negative KPI), null for none
 */
export function seriesUnderPlan(
  baseline: IntervalForecast,
  paths: ChannelPlanPaths | null,
  options: { scale?: Record<string, number>; floor?: number | null; weeks?: number } = {},
): { forecast: IntervalForecast; media: PlanMedia | null } {
  const H = Math.min(options.weeks ?? baseline.yhat.length, baseline.yhat.length);
  const cut = <T>(xs: T[]) => xs.slice(0, H);
  const b: IntervalForecast = {
    dates: cut(baseline.dates),
    yhat: cut(baseline.yhat),
    lo80: cut(baseline.lo80),
    hi80: cut(baseline.hi80),
    lo95: cut(baseline.lo95),
    hi95: cut(baseline.hi95),
  };
  if (!paths) return { forecast: b, media: null };
  if (paths.weeks < H) throw new Error(`seriesUnderPlan: the plan covers ${paths.weeks} weeks, the forecast ${H}`);
  const media = combinePlanMedia(paths, options.scale);
  const center = media.point.slice(0, H);
  const drawOffsets = media.drawOffsets.map((d) => d.slice(0, H));
  return { forecast: combineBaselineAndMedia(b, { center, drawOffsets }, { floor: options.floor ?? null }), media };
}
