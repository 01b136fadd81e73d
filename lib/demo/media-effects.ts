/**
 * The true media process, at NATIONAL weekly level: adstock the national spend, then apply Hill
 * saturation (beta in revenue per week). The weekly effects returned here are what demand adds,
 * and the contributions/ROIs stored in the truth are sums of these same numbers.
 */
import { adstockWeights, applyAdstock, carryoverWeeks, hillDerivative, hillResponse } from "../math/response-curve";
import type { DemoChannelConfig } from "./channel-config";

export type ChannelEffect = {
  name: string;
  weights: number[];
  adstocked: number[];
  /** Revenue per week caused by this channel (national). */
  effect: number[];
};

export function nationalMediaEffect(spend: readonly number[], channel: DemoChannelConfig): ChannelEffect {
  const weights = Array.from(adstockWeights(channel.adstock));
  const adstocked = Array.from(applyAdstock(spend, weights));
  return { name: channel.name, weights, adstocked, effect: adstocked.map((x) => hillResponse(channel.saturation, x)) };
}

export type ChannelOutcome = {
  contribution: number;
  spend: number;
  meanWeeklySpend: number;
  roi: number;
  mroi: number;
  carryoverWeeks90: number;
};

/**
 * In-window ROI = Σ effect / Σ spend. Marginal ROI is the steady-state slope of the response at
 * the mean weekly spend (adstock weights sum to 1, so constant spend s adstocks to s): the revenue
 * one more currency unit per week would add once the carryover has built up.
 */
export function channelOutcome(spend: readonly number[], effect: ChannelEffect, channel: DemoChannelConfig): ChannelOutcome {
  const total = spend.reduce((s, x) => s + x, 0);
  const contribution = effect.effect.reduce((s, x) => s + x, 0);
  const meanWeeklySpend = total / spend.length;
  return {
    contribution,
    spend: total,
    meanWeeklySpend,
    roi: total > 0 ? contribution / total : 0,
    mroi: hillDerivative(channel.saturation, meanWeeklySpend),
    carryoverWeeks90: carryoverWeeks(effect.weights, 0.9),
  };
}
