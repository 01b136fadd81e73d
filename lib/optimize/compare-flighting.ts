import type { HillSaturation, ResponseModel } from "../mmm/types";
import { formatAmount, OptimizeError } from "./optimize-error";
import { projectOntoSimplex } from "./project-onto-simplex";
import { adstockWeights, hillDerivative, hillResponse } from "../math/response-curve";
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
  /**
   * Weekly spend per channel before the horizon, oldest first, ending the week before it (any length; only the
   * last maxLag weeks matter). The adstock it built up carries into the first weeks of every strategy, so a
   * schedule that starts on top of last quarter's spend is judged where it starts. Missing channels: no past spend.
   */
  history?: Record<string, ArrayLike<number>>;
  /**
   * "fixed" (default): each channel keeps its share of the budget (from `allocation`); only timing is optimized.
   * "optimize": the optimized schedule may also move money between channels (one total budget over channels ×
   * weeks); always-on and pulsed keep the allocation's split.
   */
  split?: "fixed" | "optimize";
};

export type FlightingPlan = {
  /** Total revenue over the evaluation window (horizon, plus spill-over weeks when carryover is included). */
  revenue: number;
  /** revenue − carryoverIn: what the plan's own spend adds over the evaluation window. */
  incremental: number;
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
  split: "fixed" | "optimize";
  /** Weeks over which revenue is counted (weeks + longest maxLag when carryover is included). */
  evaluationWeeks: number;
  /** Revenue over the evaluation window from the spend before the horizon alone (0 without `history`). */
  carryoverIn: number;
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

/** pre[t]: adstock at evaluation week t from spend before the horizon (Σ_{l>t} w_l · history_{−(l−t)}). */
type ChannelTiming = { saturation: HillSaturation; weights: number[]; total: number; pre: number[] };

function adstockAt(ch: ChannelTiming, x: ArrayLike<number>, t: number): number {
  const w = ch.weights;
  let a = ch.pre[t];
  for (let l = 0; l < w.length && l <= t; l++) if (t - l < x.length) a += w[l] * x[t - l];
  return a;
}

/** Σ_t season_t · f(adstock_t) over the evaluation window, adstock including the carryover from before the horizon. */
function channelRevenue(ch: ChannelTiming, x: ArrayLike<number>, season: number[], weekly?: number[]): number {
  let total = 0;
  for (let t = 0; t < season.length; t++) {
    const r = season[t] * hillResponse(ch.saturation, adstockAt(ch, x, t));
    if (weekly) weekly[t] += r;
    total += r;
  }
  return total;
}

function channelGradient(ch: ChannelTiming, x: ArrayLike<number>, season: number[], grad: number[], offset = 0): void {
  const w = ch.weights;
  const m = season.length;
  // Floor on the adstocked level keeps f'(0) = ∞ (alpha < 1) finite; it only affects weeks with no spend at all.
  const floor = ch.saturation.gamma * 1e-9;
  const marginal = new Array<number>(m);
  for (let t = 0; t < m; t++) marginal[t] = season[t] * hillDerivative(ch.saturation, Math.max(adstockAt(ch, x, t), floor));
  for (let tau = 0; tau < x.length; tau++) {
    let g = 0;
    for (let l = 0; l < w.length && tau + l < m; l++) g += w[l] * marginal[tau + l];
    grad[offset + tau] = g;
  }
}

/**
 * Projected gradient ascent of `value` over { x ≥ 0, Σ x = total } with a step that grows on success and halves
 * on failure (monotone ascent). The objective is a sum of concave Hill curves of linear (adstock) maps with
 * non-negative seasonal weights, hence concave for alpha ≤ 1 and this converges to the global optimum; for
 * S-shaped curves it is a local optimum above its start.
 */
function projectedAscent(start: number[], total: number, value: (x: number[]) => number, gradient: (x: number[], g: number[]) => void): number[] {
  const n = start.length;
  let x = start.slice();
  let best = value(x);
  const grad = new Array<number>(n);
  const trial = new Array<number>(n);
  gradient(x, grad);
  let step = total / n / Math.max(...grad.map(Math.abs), 1e-300);
  let stall = 0;
  for (let iter = 0; iter < 2000 && stall < 5 && step > 0; iter++) {
    for (let i = 0; i < n; i++) trial[i] = x[i] + step * grad[i];
    const y = projectOntoSimplex(trial, total);
    const v = value(y);
    if (v > best) {
      stall = v - best <= 1e-13 * Math.abs(best) ? stall + 1 : 0;
      x = y;
      best = v;
      gradient(x, grad);
      step *= 1.5;
    } else {
      step *= 0.5;
      if (step < 1e-18 * Math.max(total, 1)) break;
    }
  }
  return x;
}

/** One channel's weekly spends on { x ≥ 0, Σ x = its total }, started from `start`. */
function optimizeChannelSchedule(ch: ChannelTiming, start: number[], season: number[]): number[] {
  return projectedAscent(
    start,
    ch.total,
    (x) => channelRevenue(ch, x, season),
    (x, g) => channelGradient(ch, x, season, g),
  );
}

/** All channels' weekly spends at once on { x ≥ 0, Σ over channels and weeks = total }: timing and split together. */
function optimizeJointSchedule(channels: ChannelTiming[], start: number[][], season: number[], total: number): number[][] {
  const weeks = start[0].length;
  const unpack = (x: number[], c: number) => x.slice(c * weeks, (c + 1) * weeks);
  const value = (x: number[]) => channels.reduce((acc, ch, c) => acc + channelRevenue(ch, unpack(x, c), season), 0);
  const gradient = (x: number[], g: number[]) => channels.forEach((ch, c) => channelGradient(ch, unpack(x, c), season, g, c * weeks));
  const flat = projectedAscent(start.flat(), total, value, gradient);
  return channels.map((_, c) => unpack(flat, c));
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
 * weekly schedule (projected gradient ascent through the adstock convolution; per channel with the split
 * fixed, or over channels × weeks with `split: "optimize"`).
 *
 * Assumptions: the adstock built up by `history` (none when absent: a cold start) carries into the first weeks of
 * every strategy alike; carryover past the horizon is counted by default (see `carryover`), at seasonality 1.
 * Revenue is a total over the evaluation window, not per week; `incremental` leaves out what the history
 * alone brings (`carryoverIn`).
 * @throws {OptimizeError} INVALID_OPTION / INVALID_BUDGET / UNKNOWN_CHANNEL for bad inputs.
 * @example compareFlighting(model, { weeks: 12, totalBudget: 120_000, allocation: plan.allocation, pattern: { on: 2, off: 2 } })
 */
export function compareFlighting(model: ResponseModel, options: FlightingOptions): FlightingComparison {
  validateResponseModel(model);
  const { weeks, totalBudget } = options;
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > 520)
    throw new OptimizeError("INVALID_OPTION", `weeks must be a whole number from 1 to 520, got ${weeks}`);
  if (typeof totalBudget !== "number" || !Number.isFinite(totalBudget) || totalBudget < 0) {
    throw new OptimizeError("INVALID_BUDGET", `total budget must be a non-negative number, got ${totalBudget}`);
  }
  const split = toSpendVector(model, options.allocation);
  const splitTotal = split.reduce((a, b) => a + b, 0);
  if (!(splitTotal > 0)) throw new OptimizeError("INVALID_ALLOCATION", "allocation must give at least one channel a positive spend to define the split");
  const seasonality = options.seasonality ?? new Array<number>(weeks).fill(1);
  if (seasonality.length !== weeks) throw new OptimizeError("INVALID_OPTION", `seasonality has ${seasonality.length} factors, the horizon has ${weeks} weeks`);
  if (seasonality.some((s) => typeof s !== "number" || !Number.isFinite(s) || s < 0))
    throw new OptimizeError("INVALID_OPTION", "seasonality factors must be non-negative numbers");
  const carryover = options.carryover ?? "include";
  const mask = pulseMask(weeks, options.pattern);
  const onWeeks = mask.filter(Boolean).length;

  const splitMode = options.split ?? "fixed";
  if (splitMode !== "fixed" && splitMode !== "optimize")
    throw new OptimizeError("INVALID_OPTION", `split must be "fixed" or "optimize", got "${String(splitMode)}"`);
  const history = options.history ?? {};
  const known = new Set(model.channels.map((c) => c.name));
  const unknownPast = Object.keys(history).find((k) => !known.has(k));
  if (unknownPast !== undefined)
    throw new OptimizeError("UNKNOWN_CHANNEL", `unknown channel "${unknownPast}" in the spend history (model channels: ${[...known].join(", ")})`);
  for (const [name, xs] of Object.entries(history)) {
    for (let i = 0; i < xs.length; i++) {
      if (!(Number.isFinite(xs[i]) && xs[i] >= 0))
        throw new OptimizeError("INVALID_OPTION", `spend history of "${name}" must hold non-negative numbers; week ${i + 1} is ${xs[i]}`);
    }
  }
  const weightsOf = model.channels.map((c) => Array.from(adstockWeights(c.adstock)));
  const spill = carryover === "include" ? Math.max(...weightsOf.map((w) => w.length - 1)) : 0;
  const season = [...seasonality, ...new Array<number>(spill).fill(1)];
  const channels: ChannelTiming[] = model.channels.map((c, i) => {
    const w = weightsOf[i];
    const past = history[c.name] ?? [];
    const pre = season.map((_, t) => {
      let a = 0;
      for (let l = t + 1; l < w.length; l++) {
        const j = past.length - (l - t);
        if (j >= 0) a += w[l] * past[j];
      }
      return a;
    });
    return { saturation: c.saturation, weights: w, total: (totalBudget * split[i]) / splitTotal, pre };
  });
  const zeros = new Array<number>(weeks).fill(0);
  const carryoverIn = channels.reduce((acc, ch) => acc + channelRevenue(ch, zeros, season), 0);

  const evaluate = (schedules: number[][]): FlightingPlan => {
    const weeklyRevenue = new Array<number>(season.length).fill(0);
    let revenue = 0;
    const schedule: Record<string, number[]> = {};
    channels.forEach((ch, i) => {
      revenue += channelRevenue(ch, schedules[i], season, weeklyRevenue);
      schedule[model.channels[i].name] = schedules[i];
    });
    return { revenue, incremental: revenue - carryoverIn, roi: totalBudget > 0 ? revenue / totalBudget : 0, weeklyRevenue, schedule };
  };
  const evenSchedules = channels.map((ch) => new Array<number>(weeks).fill(ch.total / weeks));
  const pulsedSchedules = channels.map((ch) => mask.map((on) => (on ? ch.total / onWeeks : 0)));
  const perChannel = channels.map((ch, i) => {
    if (ch.total <= 0) return new Array<number>(weeks).fill(0);
    const even = channelRevenue(ch, evenSchedules[i], season);
    const pulsed = channelRevenue(ch, pulsedSchedules[i], season);
    return optimizeChannelSchedule(ch, pulsed > even ? pulsedSchedules[i] : evenSchedules[i], season);
  });
  const alwaysOn = evaluate(evenSchedules);
  const pulsed = evaluate(pulsedSchedules);
  let optimized = evaluate(perChannel);
  if (splitMode === "optimize" && totalBudget > 0) {
    // Started from the best fixed-split timing, so the joint plan is never worse than it (nor than always-on or pulsed).
    const joint = evaluate(optimizeJointSchedule(channels, perChannel, season, totalBudget));
    if (joint.revenue > optimized.revenue) optimized = joint;
  }
  const diff = (a: FlightingPlan, b: FlightingPlan) => ({
    absolute: a.revenue - b.revenue,
    pct: b.revenue > 0 ? (100 * (a.revenue - b.revenue)) / b.revenue : 0,
  });
  return {
    weeks,
    totalBudget,
    carryover,
    split: splitMode,
    evaluationWeeks: season.length,
    carryoverIn,
    alwaysOn,
    pulsed,
    optimized,
    difference: {
      pulsedVsAlwaysOn: diff(pulsed, alwaysOn),
      optimizedVsAlwaysOn: diff(optimized, alwaysOn),
      optimizedVsPulsed: diff(optimized, pulsed),
    },
    method: `${splitMode === "optimize" ? "projected gradient ascent over channels × weeks (one total budget)" : "per-channel projected gradient ascent on the weekly-spend simplex"} through the adstock convolution (${formatAmount(totalBudget)} over ${weeks} weeks${Object.keys(history).length ? ", starting from the adstock built up by past spend" : ""}; global for alpha ≤ 1, local but never below always-on or pulsed otherwise)`,
  };
}
