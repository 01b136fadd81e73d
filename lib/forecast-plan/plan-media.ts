import { adstockWeights } from "../math/response-curve";
import type { ResponseModel } from "../mmm/types";
import { channelMediaPath } from "./media-path";

/**
 * Media response of a spend plan under a mix model, week by week, with the model's bootstrap draws — the media
 * half of a forecast under a plan (forecast-under-plan.ts adds the baseline).
 *
 * Draws and the baseline. The baseline is forecast from the KPI with the *selected* model's media taken out. Under
 * draw k the media history differs, so the baseline history differs too, and a forecaster that tracks the recent
 * level would carry that difference forward. We approximate that by shifting draw k's forecast by
 *   s_k = mean over the last `anchorWeeks` weeks of (media_k − media_0),
 * so what a draw changes is the media *change* from the recent past, not the media level the data already pinned
 * down. Draw k then moves the total forecast of plan week h by
 *   offset_k(h) = media_k(h) − s_k − media_0(h),
 * and the forecast's interval is the baseline's interval mixed over these offsets (combine-intervals.ts). Without
 * the anchor, a plan equal to the past would carry the whole ROI uncertainty as forecast uncertainty.
 */
export const DEFAULT_ANCHOR_WEEKS = 13;

type ChannelPath = { past: number[]; plan: number[]; tail: number[] };

/** Per channel (model order): the selected model's path and each draw's, before any channel scaling. */
export type ChannelPlanPaths = {
  channels: string[];
  weeks: number;
  tailWeeks: number;
  anchorWeeks: number;
  point: ChannelPath[];
  /** The same path with no planned spend: what the past's carryover alone brings into the plan weeks. */
  carryoverIn: number[][];
  /** draws[k][c]: draw k, channel c (past = last anchorWeeks weeks, plan, tail). */
  draws: ChannelPath[][];
};

export type PlanMedia = {
  /** Plan weeks. */
  weeks: number;
  /** Media response per plan week under the selected model (sum over channels of scale × response). */
  point: number[];
  /** Per channel (scaled), per plan week. */
  perChannel: Record<string, number[]>;
  /** Media per plan week from the spend before the plan alone (plan spend set to 0). */
  carryoverIn: number[];
  /** Media in the `tailWeeks` weeks after the plan, with no spend after it (the plan's own spend carrying over). */
  tail: number[];
  /** Per draw, per plan week: how far the total forecast moves under that draw (see the module comment). */
  drawOffsets: number[][];
  /**
   * The same expected over the draws (the selected model's when there are none): media per plan week and after it,
   * and the mean anchor shift s̄ (a baseline taken from the KPI with the draws' media would be lower by s̄).
   * point + mean offset = expected.media − expected.shift.
   */
  expected: { media: number[]; tail: number[]; shift: number };
  anchorWeeks: number;
};

export type PlanSpend = {
  /** Weekly spend per model channel before the plan, oldest first, ending the week before the plan (equal lengths). */
  past: Record<string, ArrayLike<number>>;
  /** Planned weekly spend per model channel, one value per plan week (equal lengths). */
  plan: Record<string, ArrayLike<number>>;
};

function checkSpend(model: ResponseModel, spend: PlanSpend): { pastWeeks: number; weeks: number } {
  const names = model.channels.map((c) => c.name);
  const known = new Set(names);
  for (const which of ["past", "plan"] as const) {
    const unknown = Object.keys(spend[which]).find((k) => !known.has(k));
    if (unknown !== undefined) throw new Error(`planMedia: unknown channel "${unknown}" in the ${which} spend (model channels: ${names.join(", ")})`);
    const missing = names.find((n) => !Object.hasOwn(spend[which], n));
    if (missing !== undefined) throw new Error(`planMedia: the ${which} spend has no series for channel "${missing}"`);
  }
  const lengths = (which: "past" | "plan") => [...new Set(names.map((n) => spend[which][n].length))];
  const pastLengths = lengths("past"),
    planLengths = lengths("plan");
  if (pastLengths.length > 1) throw new Error(`planMedia: past spend series differ in length (${pastLengths.join(", ")} weeks)`);
  if (planLengths.length > 1) throw new Error(`planMedia: plan spend series differ in length (${planLengths.join(", ")} weeks)`);
  if (planLengths[0] < 1) throw new Error("planMedia: the plan needs at least one week");
  return { pastWeeks: pastLengths[0], weeks: planLengths[0] };
}

/**
 * Each channel's response along past ‖ plan ‖ tail under the selected model and under every bootstrap draw.
 * Computed once; `combinePlanMedia` then weights the channels for any series (national revenue, or a region's
 * activations of one channel) without repeating the convolutions.
 * @param options.tailWeeks weeks after the plan to follow (default: the longest lag of the model)
 * @param options.anchorWeeks past weeks the draws are anchored on (default 13)
 * @throws naming planMedia on unknown or missing channels, unequal lengths, or negative spend
 */
export function channelPlanPaths(model: ResponseModel, spend: PlanSpend, options: { tailWeeks?: number; anchorWeeks?: number } = {}): ChannelPlanPaths {
  const { pastWeeks, weeks } = checkSpend(model, spend);
  const tailWeeks = options.tailWeeks ?? Math.max(...model.channels.map((c) => c.adstock.maxLag));
  const anchorWeeks = Math.min(options.anchorWeeks ?? DEFAULT_ANCHOR_WEEKS, pastWeeks);
  const zeros = new Array<number>(weeks).fill(0);
  const point = model.channels.map((c) => channelMediaPath(c, spend.past[c.name], spend.plan[c.name], { tailWeeks, fromPast: anchorWeeks }));
  const carryoverIn = model.channels.map((c) => channelMediaPath(c, spend.past[c.name], zeros).plan);
  const draws = (model.draws ?? []).map((draw) =>
    draw.map((c, i) => {
      const name = model.channels[i].name;
      return channelMediaPath(c, spend.past[name], spend.plan[name], { tailWeeks, fromPast: anchorWeeks, weights: adstockWeights(c.adstock) });
    }),
  );
  return { channels: model.channels.map((c) => c.name), weeks, tailWeeks, anchorWeeks, point, carryoverIn, draws };
}

/**
 * The media part of one series' forecast: channels weighted by `scale` (default 1 each; e.g. a region's share of a
 * channel's revenue ÷ revenue per activation for activations), the selected model's path and each draw's offset.
 * Channels missing from `scale` count 0 when a scale is given.
 */
export function combinePlanMedia(paths: ChannelPlanPaths, scale?: Record<string, number>): PlanMedia {
  const k = paths.channels.map((name) => (scale ? (scale[name] ?? 0) : 1));
  const H = paths.weeks,
    A = paths.anchorWeeks;
  const sumOver = (pick: (c: number) => number[], length: number) => {
    const out = new Array<number>(length).fill(0);
    paths.channels.forEach((_, c) => {
      if (k[c] === 0) return;
      const xs = pick(c);
      for (let t = 0; t < length; t++) out[t] += k[c] * xs[t];
    });
    return out;
  };
  const point = sumOver((c) => paths.point[c].plan, H);
  const pointPast = sumOver((c) => paths.point[c].past, A);
  const expectedMedia = new Array<number>(H).fill(0),
    expectedTail = new Array<number>(paths.tailWeeks).fill(0);
  let expectedShift = 0;
  const drawOffsets = paths.draws.map((draw) => {
    const plan = sumOver((c) => draw[c].plan, H);
    const past = sumOver((c) => draw[c].past, A);
    const tail = sumOver((c) => draw[c].tail, paths.tailWeeks);
    let shift = 0;
    for (let t = 0; t < A; t++) shift += past[t] - pointPast[t];
    shift = A > 0 ? shift / A : 0;
    expectedShift += shift;
    plan.forEach((v, h) => (expectedMedia[h] += v));
    tail.forEach((v, h) => (expectedTail[h] += v));
    return plan.map((v, h) => v - shift - point[h]);
  });
  const K = paths.draws.length;
  const perChannel: Record<string, number[]> = {};
  paths.channels.forEach((name, c) => (perChannel[name] = paths.point[c].plan.map((v) => k[c] * v)));
  return {
    weeks: H,
    point,
    perChannel,
    carryoverIn: sumOver((c) => paths.carryoverIn[c], H),
    tail: sumOver((c) => paths.point[c].tail, paths.tailWeeks),
    drawOffsets,
    expected: K
      ? { media: expectedMedia.map((v) => v / K), tail: expectedTail.map((v) => v / K), shift: expectedShift / K }
      : { media: point.slice(), tail: sumOver((c) => paths.point[c].tail, paths.tailWeeks), shift: 0 },
    anchorWeeks: A,
  };
}

/**
 * Media response of a plan for one series in one call (channelPlanPaths + combinePlanMedia).
 * @example planMedia(model, { past: { tv: [900, 1000] }, plan: { tv: [0, 0, 1200] } }).point
 */
export function planMedia(
  model: ResponseModel,
  spend: PlanSpend,
  options: { tailWeeks?: number; anchorWeeks?: number; scale?: Record<string, number> } = {},
): PlanMedia {
  return combinePlanMedia(channelPlanPaths(model, spend, options), options.scale);
}
