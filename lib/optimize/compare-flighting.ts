import type { HillSaturation, ResponseModel } from "../mmm/types";
import { adstockWeights } from "./adstock-weights";
import { formatAmount, OptimizeError } from "./optimize-error";
import { projectOntoSimplex } from "./project-onto-simplex";
import { hillDerivative, hillResponse } from "./response-curve";
import { toSpendVector } from "./to-spend-vector";
import { validateResponseModel } from "./validate-response-model";

export type FlightingOptions = {
  /** Planning horizon in weeks. */
  weeks: number;
  /** Total spend over the whole horizon (all channels, all weeks). */
  totalBudget: number;
  /**
   * Channel split, e.g. allocateBudget's weekly allocation. Only the shares matter: channel i gets
   * totalBudget × allocation_i / Σ allocation over the horizon in every strategy.
   */
  allocation: Record<string, number>;
  /** On/off pattern for pulsing, repeated from week 0 (default 2 on / 2 off), or an explicit on-week mask of length `weeks`. */
  pattern?: { on: number; off: number } | boolean[];
  /** Multiplier on each week's response (length `weeks`, default all 1). */
  seasonality?: number[];
  /**
   * "include" (default): response from spend inside the horizon that lands after it (adstock
   * carryover, up to maxLag weeks, at seasonality 1) counts. "exclude": only weeks inside the horizon count.
   */
  carryover?: "include" | "exclude";
};

export type FlightingPlan = {
  /** Total revenue over the evaluation window (horizon, plus spill-over weeks when carryover is included). */
  revenue: number;
  /** revenue / totalBudget. */
  roi: number;
  /** Revenue per week of the evaluation window, all channels. */
  weeklyRevenue: number[];
  /** Spend per channel per week of the horizon. */
  schedule: Record<string, number[]>;
};

export type FlightingComparison = {
  weeks: number;
  totalBudget: number;
  carryover: "include" | "exclude";
  /** Weeks over which revenue is counted (weeks + longest maxLag when carryover is included). */
  evaluationWeeks: number;
  alwaysOn: FlightingPlan;
  pulsed: FlightingPlan;
  optimized: FlightingPlan;
  difference: {
    pulsedVsAlwaysOn: { absolute: number; pct: number };
    optimizedVsAlwaysOn: { absolute: number; pct: number };
    optimizedVsPulsed: { absolute: number; pct: number };
  };
  method: string;
};

type ChannelTiming = { saturation: HillSaturation; weights: number[]; total: number };

/** Σ_t season_t · f(adstock_t) over the evaluation window; spend before the horizon is taken as 0. */
function channelRevenue(ch: ChannelTiming, x: number[], season: number[], weekly?: number[]): number {
  const w = ch.weights;
  let total = 0;
  for (let t = 0; t < season.length; t++) {
    let a = 0;
    for (let l = 0; l < w.length && l <= t; l++) if (t - l < x.length) a += w[l] * x[t - l];
    const r = season[t] * hillResponse(ch.saturation, a);
    if (weekly) weekly[t] += r;
    total += r;
  }
  return total;
}

function channelGradient(ch: ChannelTiming, x: number[], season: number[], grad: number[]): void {
  const w = ch.weights;
  const m = season.length;
  // Floor on the adstocked level keeps f'(0) = ∞ (alpha < 1) finite; it only affects weeks with no spend at all.
  const floor = ch.saturation.gamma * 1e-9;
  const marginal = new Array<number>(m);
  for (let t = 0; t < m; t++) {
    let a = 0;
    for (let l = 0; l < w.length && l <= t; l++) if (t - l < x.length) a += w[l] * x[t - l];
    marginal[t] = season[t] * hillDerivative(ch.saturation, Math.max(a, floor));
  }
  for (let tau = 0; tau < x.length; tau++) {
    let g = 0;
    for (let l = 0; l < w.length && tau + l < m; l++) g += w[l] * marginal[tau + l];
    grad[tau] = g;
  }
}

/**
 * Projected gradient ascent over one channel's weekly spends on { x ≥ 0, Σ x = total }, with a
 * step that grows on success and halves on failure (monotone ascent). The objective is a sum of
 * concave Hill curves of linear (adstock) maps with non-negative seasonal weights, hence concave for
 * alpha ≤ 1 and this converges to the global optimum; for S-shaped curves it is a local optimum
 * started from the better of always-on and pulsed, so it is never worse than either.
 */
function optimizeChannelSchedule(ch: ChannelTiming, start: number[], season: number[]): number[] {
  const n = start.length;
  let x = start.slice();
  let value = channelRevenue(ch, x, season);
  const grad = new Array<number>(n);
  const trial = new Array<number>(n);
  channelGradient(ch, x, season, grad);
  let step = ch.total / n / Math.max(...grad.map(Math.abs), 1e-300);
  let stall = 0;
  for (let iter = 0; iter < 2000 && stall < 5 && step > 0; iter++) {
    for (let i = 0; i < n; i++) trial[i] = x[i] + step * grad[i];
    const y = projectOntoSimplex(trial, ch.total);
    const v = channelRevenue(ch, y, season);
    if (v > value) {
      stall = v - value <= 1e-13 * Math.abs(value) ? stall + 1 : 0;
      x = y;
      value = v;
      channelGradient(ch, x, season, grad);
      step *= 1.5;
    } else {
      step *= 0.5;
      if (step < 1e-18 * Math.max(ch.total, 1)) break;
    }
  }
  return x;
}

function pulseMask(weeks: number, pattern: FlightingOptions["pattern"]): boolean[] {
  if (Array.isArray(pattern)) {
    if (pattern.length !== weeks) throw new OptimizeError("INVALID_OPTION", `pulse mask has ${pattern.length} weeks, the horizon has ${weeks}`);
    if (!pattern.some(Boolean)) throw new OptimizeError("INVALID_OPTION", "pulse mask has no on week");
    return pattern.map(Boolean);
  }
  const { on, off } = pattern ?? { on: 2, off: 2 };
  if (!Number.isInteger(on) || on < 1 || !Number.isInteger(off) || off < 0) {
    throw new OptimizeError("INVALID_OPTION", `pulse pattern needs whole weeks, on ≥ 1 and off ≥ 0, got ${on} on / ${off} off`);
  }
  return Array.from({ length: weeks }, (_, t) => t % (on + off) < on);
}

/**
 * Compares timing strategies for the same horizon budget and channel split: always-on (even weekly
 * spend), pulsed (the on/off pattern, same total spread evenly over on weeks) and an optimized
 * weekly schedule (per channel, projected gradient ascent through the adstock convolution).
 *
 * Assumptions: no spend before the horizon (cold start, identical for all strategies); each
 * channel keeps its horizon total, only its timing changes; carryover past the horizon is counted
 * by default (see `carryover`). Revenue is a horizon total, not per week.
 * @throws {OptimizeError} INVALID_OPTION / INVALID_BUDGET / UNKNOWN_CHANNEL for bad inputs.
 * @example compareFlighting(model, { weeks: 12, totalBudget: 120_000, allocation: plan.allocation, pattern: { on: 2, off: 2 } })
 */
export function compareFlighting(model: ResponseModel, options: FlightingOptions): FlightingComparison {
  validateResponseModel(model);
  const { weeks, totalBudget } = options;
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > 520) throw new OptimizeError("INVALID_OPTION", `weeks must be a whole number from 1 to 520, got ${weeks}`);
  if (typeof totalBudget !== "number" || !Number.isFinite(totalBudget) || totalBudget < 0) {
    throw new OptimizeError("INVALID_BUDGET", `total budget must be a non-negative number, got ${totalBudget}`);
  }
  const split = toSpendVector(model, options.allocation);
  const splitTotal = split.reduce((a, b) => a + b, 0);
  if (!(splitTotal > 0)) throw new OptimizeError("INVALID_ALLOCATION", "allocation must give at least one channel a positive spend to define the split");
  const seasonality = options.seasonality ?? new Array<number>(weeks).fill(1);
  if (seasonality.length !== weeks) throw new OptimizeError("INVALID_OPTION", `seasonality has ${seasonality.length} factors, the horizon has ${weeks} weeks`);
  if (seasonality.some((s) => typeof s !== "number" || !Number.isFinite(s) || s < 0)) throw new OptimizeError("INVALID_OPTION", "seasonality factors must be non-negative numbers");
  const carryover = options.carryover ?? "include";
  const mask = pulseMask(weeks, options.pattern);
  const onWeeks = mask.filter(Boolean).length;

  const channels: ChannelTiming[] = model.channels.map((c, i) => ({
    saturation: c.saturation,
    weights: adstockWeights(c.adstock),
    total: (totalBudget * split[i]) / splitTotal,
  }));
  const spill = carryover === "include" ? Math.max(...channels.map((c) => c.weights.length - 1)) : 0;
  const season = [...seasonality, ...new Array<number>(spill).fill(1)];

  const evaluate = (schedules: number[][]): FlightingPlan => {
    const weeklyRevenue = new Array<number>(season.length).fill(0);
    let revenue = 0;
    const schedule: Record<string, number[]> = {};
    channels.forEach((ch, i) => {
      revenue += channelRevenue(ch, schedules[i], season, weeklyRevenue);
      schedule[model.channels[i].name] = schedules[i];
    });
    return { revenue, roi: totalBudget > 0 ? revenue / totalBudget : 0, weeklyRevenue, schedule };
  };
  const evenSchedules = channels.map((ch) => new Array<number>(weeks).fill(ch.total / weeks));
  const pulsedSchedules = channels.map((ch) => mask.map((on) => (on ? ch.total / onWeeks : 0)));
  const optimizedSchedules = channels.map((ch, i) => {
    if (ch.total <= 0) return new Array<number>(weeks).fill(0);
    const even = channelRevenue(ch, evenSchedules[i], season);
    const pulsed = channelRevenue(ch, pulsedSchedules[i], season);
    return optimizeChannelSchedule(ch, pulsed > even ? pulsedSchedules[i] : evenSchedules[i], season);
  });
  const alwaysOn = evaluate(evenSchedules);
  const pulsed = evaluate(pulsedSchedules);
  const optimized = evaluate(optimizedSchedules);
  const diff = (a: FlightingPlan, b: FlightingPlan) => ({ absolute: a.revenue - b.revenue, pct: b.revenue > 0 ? (100 * (a.revenue - b.revenue)) / b.revenue : 0 });
  return {
    weeks,
    totalBudget,
    carryover,
    evaluationWeeks: season.length,
    alwaysOn,
    pulsed,
    optimized,
    difference: {
      pulsedVsAlwaysOn: diff(pulsed, alwaysOn),
      optimizedVsAlwaysOn: diff(optimized, alwaysOn),
      optimizedVsPulsed: diff(optimized, pulsed),
    },
    method: `per-channel projected gradient ascent on the weekly-spend simplex through the adstock convolution (${formatAmount(totalBudget)} over ${weeks} weeks; global for alpha ≤ 1, local but never below always-on or pulsed otherwise)`,
  };
}
