import type { IntervalForecast } from "../forecast/types";
import type { ResponseModel } from "../mmm/types";
import { activationScale, type MediaMapping } from "./media-mapping";
import { planWeekly, seriesUnderPlan, steadyPlanPaths } from "./series-under-plan";

/**
 * Forecasts under a weekly allocation from what a forecast run stored (browser-safe: no engine, no I/O): the
 * baselines the run forecast without media + the allocation's media under the mix model, starting from the spend
 * before the forecast origin. Used by the Forecasts page's scenario view, the Planner's weekly chart and Scenarios.
 */
export type StoredPlanContext = {
  /** Weekly spend per mix-model channel when the plan does not name it (the current mix). */
  currentMix: Record<string, number>;
  /** National weekly spend per mix-model channel before the origin, oldest first. */
  past: { spend: Record<string, number[]> };
  mapping: Pick<MediaMapping, "regionShares" | "revenuePerActivation">;
};

export type PlanView = {
  forecast: IntervalForecast;
  /** Media per forecast week (in the series' unit). */
  media: number[];
  /** Mean media per week by channel (series' unit). */
  byChannel: Record<string, number>;
  /** Weekly spend per channel the view assumes, and which channels the allocation set. */
  weekly: Record<string, number>;
  planned: string[];
  carried: string[];
  ignored: string[];
};

function view(
  model: ResponseModel,
  ctx: StoredPlanContext,
  allocation: Record<string, number>,
  baseline: IntervalForecast,
  options: { scale?: Record<string, number>; weeks?: number; floor?: number | null },
): PlanView {
  const channels = model.channels.map((c) => c.name);
  const w = planWeekly(channels, ctx.currentMix, allocation);
  const weeks = Math.min(options.weeks ?? baseline.yhat.length, baseline.yhat.length);
  const paths = steadyPlanPaths(model, ctx.past.spend, w.weekly, weeks);
  const { forecast, media } = seriesUnderPlan(baseline, paths, { scale: options.scale, floor: options.floor ?? 0, weeks });
  const perChannel = media!.perChannel;
  const byChannel = Object.fromEntries(
    channels.filter((c) => !options.scale || (options.scale[c] ?? 0) > 0).map((c) => [c, perChannel[c].slice(0, weeks).reduce((a, b) => a + b, 0) / weeks]),
  );
  return { forecast, media: media!.point.slice(0, weeks), byChannel, weekly: w.weekly, planned: w.planned, carried: w.carried, ignored: w.ignored };
}

/**
 * A node of the channel × region hierarchy (its "channel|region" cells) in activations under an allocation.
 * @param baseline the node's stored baseline forecast (activations without media)
 */
export function seriesPlanView(
  model: ResponseModel,
  ctx: StoredPlanContext,
  allocation: Record<string, number>,
  baseline: IntervalForecast,
  cells: string[],
  weeks?: number,
): PlanView {
  return view(model, ctx, allocation, baseline, { scale: activationScale({ ...ctx.mapping, unmapped: [], shareWeeks: 0 }, cells), weeks });
}

/**
 * National total under an allocation: revenue (the mix model's KPI, every channel at 1) or activations (each mapped
 * channel's media ÷ its revenue per activation, i.e. all its cells).
 */
export function nationalPlanView(
  model: ResponseModel,
  ctx: StoredPlanContext,
  allocation: Record<string, number>,
  baseline: IntervalForecast,
  unit: "revenue" | "activations",
  weeks?: number,
): PlanView {
  const scale = unit === "revenue" ? undefined : Object.fromEntries(Object.entries(ctx.mapping.revenuePerActivation).map(([c, rpa]) => [c, 1 / rpa]));
  return view(model, ctx, allocation, baseline, { scale, weeks });
}
