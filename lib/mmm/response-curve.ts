import { hillShape, hillShapeDerivative } from "../math/response-curve";
import type { ChannelResponse, ResponseModel } from "./types";

/**
 * Steady-state weekly KPI of one channel at a constant weekly spend x: beta·x^alpha/(x^alpha+gamma^alpha).
 * Because adstock weights sum to 1, a spend held constant has adstock x, so the carryover needs no
 * separate term (the contract in lib/mmm/types.ts).
 */
export function responseAtSpend(channel: ChannelResponse, weeklySpend: number): number {
  const s = channel.saturation;
  return s.beta * hillShape(weeklySpend, s.alpha, s.gamma);
}

/** KPI per extra currency unit of weekly spend at weekly spend x (the marginal ROI there). */
export function marginalResponse(channel: ChannelResponse, weeklySpend: number): number {
  const s = channel.saturation;
  return s.beta * hillShapeDerivative(weeklySpend, s.alpha, s.gamma);
}

/**
 * Steady-state media-driven KPI per week for a constant weekly spend per channel (channels missing from
 * `weeklySpend` spend 0). Used by the Planner sliders and the budget optimizer.
 * @throws if a key names no channel of the model or a spend is negative / not finite
 * @example predictWeeklyResponse(model, { tv: 5000, search: 2000 }).total
 */
export function predictWeeklyResponse(model: ResponseModel, weeklySpend: Record<string, number>): { total: number; byChannel: Record<string, number> } {
  const known = new Set(model.channels.map((c) => c.name));
  for (const [name, v] of Object.entries(weeklySpend)) {
    if (!known.has(name)) throw new Error(`predictWeeklyResponse: unknown channel "${name}"`);
    if (!(Number.isFinite(v) && v >= 0)) throw new Error(`predictWeeklyResponse: spend for "${name}" must be a non-negative number, got ${v}`);
  }
  const byChannel: Record<string, number> = {};
  let total = 0;
  for (const ch of model.channels) {
    const v = responseAtSpend(ch, weeklySpend[ch.name] ?? 0);
    byChannel[ch.name] = v;
    total += v;
  }
  return { total, byChannel };
}
