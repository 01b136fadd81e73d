/**
 * Weekly media spend: a national plan per channel with the flighting habits of real media teams,
 * split into regions by fixed shares with regional noise. The NATIONAL spend that drives the true
 * media effect is the sum of the regional rows, so the spend table alone reproduces the truth.
 */
import type { Rng } from "@/lib/math/random";
import { dayOfYear } from "./calendar";
import type { DemoChannelConfig } from "./channel-config";
import { DEMO_REGIONS, REGION_SHARES } from "./regions";
import { lognormalFactor, roundTo } from "./rng-streams";
import type { DemoSpendRow } from "./types";

/** Planning constants (currency/week, national). Documented in README.md. */
export const SPEND_PLAN = {
  /** Budgets are re-set every 4 weeks ("monthly"): a piecewise-constant factor LN(monthlySdLog) per block. */
  blockWeeks: 4,
  search: { base: 60_000, seasonalAmplitude: 0.25, growthPerYear: 0.05, monthlySdLog: 0.25, noiseSdLog: 0.1 },
  social: { base: 40_000, searchElasticity: 1.0, monthlySdLog: 0.25, noiseSdLog: 0.14 },
  video: { flightLevel: [90_000, 140_000], flightWeeks: [4, 8], darkWeeks: [3, 8], noiseSdLog: 0.1 },
  display: { base: 15_000, seasonalAmplitude: 0.1, monthlySdLog: 0.4, noiseSdLog: 0.1 },
  email: { base: 4_000, noiseSdLog: 0.05, blastProbability: 0.2, blastMultiplier: [2, 3.5] },
  affiliate: { base: 25_000, monthlySdLog: 0.25, noiseSdLog: 0.15, darkRunStartProbability: 0.05, darkRunWeeks: [1, 3] },
  regionNoiseSdLog: 0.1,
} as const;

/** Q4-peaking yearly shape in [−1, 1], the same timing as organic demand (realistic confounding). */
function q4Season(week: string): number {
  return Math.cos((2 * Math.PI * (dayOfYear(week) - 340)) / 365.25);
}

function uniformInt(rng: Rng, [lo, hi]: readonly [number, number] | readonly number[]): number {
  return lo + rng.int(hi - lo + 1);
}

/** National planned spend per channel and week (before the regional split). */
/** A mean-one budget factor that is constant within each block of `blockWeeks` weeks. */
function monthlyBudget(n: number, sdLog: number, rng: Rng): number[] {
  const blocks = Array.from({ length: Math.ceil(n / SPEND_PLAN.blockWeeks) }, () => lognormalFactor(rng, sdLog));
  return Array.from({ length: n }, (_, t) => blocks[Math.floor(t / SPEND_PLAN.blockWeeks)]);
}

export function planNationalSpend(weeks: readonly string[], rng: Rng): Record<string, number[]> {
  const n = weeks.length;
  const p = SPEND_PLAN;
  const searchBudget = monthlyBudget(n, p.search.monthlySdLog, rng);
  const search = weeks.map(
    (w, t) =>
      p.search.base *
      (1 + (p.search.growthPerYear * t) / 52) *
      (1 + p.search.seasonalAmplitude * q4Season(w)) *
      searchBudget[t] *
      lognormalFactor(rng, p.search.noiseSdLog),
  );
  const searchMean = search.reduce((s, x) => s + x, 0) / n;
  // Social budgets follow search (same seasonal plan, growth and budget moves) with their own
  // monthly re-allocations and weekly noise.
  const socialBudget = monthlyBudget(n, p.social.monthlySdLog, rng);
  const social = search.map(
    (x, t) => p.social.base * (x / searchMean) ** p.social.searchElasticity * socialBudget[t] * lognormalFactor(rng, p.social.noiseSdLog),
  );

  const video = new Array<number>(n).fill(0);
  let t = rng.int(6);
  while (t < n) {
    const level = p.video.flightLevel[0] + rng.next() * (p.video.flightLevel[1] - p.video.flightLevel[0]);
    const len = uniformInt(rng, p.video.flightWeeks);
    for (let k = 0; k < len && t < n; k++, t++) video[t] = level * lognormalFactor(rng, p.video.noiseSdLog);
    t += uniformInt(rng, p.video.darkWeeks);
  }

  const displayBudget = monthlyBudget(n, p.display.monthlySdLog, rng);
  const display = weeks.map(
    (w, t) => p.display.base * (1 + p.display.seasonalAmplitude * q4Season(w)) * displayBudget[t] * lognormalFactor(rng, p.display.noiseSdLog),
  );
  // Email: a steady newsletter plus occasional campaign blasts.
  const email = weeks.map(() => {
    const blast = rng.next() < p.email.blastProbability;
    const m = blast ? p.email.blastMultiplier[0] + rng.next() * (p.email.blastMultiplier[1] - p.email.blastMultiplier[0]) : 1;
    return p.email.base * m * lognormalFactor(rng, p.email.noiseSdLog);
  });
  const affiliateBudget = monthlyBudget(n, p.affiliate.monthlySdLog, rng);

  const affiliate = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    if (rng.next() < p.affiliate.darkRunStartProbability) {
      i += uniformInt(rng, p.affiliate.darkRunWeeks) - 1;
      continue;
    }
    affiliate[i] = p.affiliate.base * affiliateBudget[i] * lognormalFactor(rng, p.affiliate.noiseSdLog);
  }
  return { search, social, video, display, email, affiliate };
}

export type SpendResult = { rows: DemoSpendRow[]; national: Record<string, number[]> };

/** Regional rows (spend, impressions, clicks) and the national sums that drive the media effects. */
export function generateSpend(weeks: readonly string[], channels: readonly DemoChannelConfig[], rng: Rng): SpendResult {
  const plan = planNationalSpend(weeks, rng);
  const rows: DemoSpendRow[] = [];
  const national: Record<string, number[]> = Object.fromEntries(channels.map((ch) => [ch.name, new Array<number>(weeks.length).fill(0)]));
  weeks.forEach((week, t) => {
    for (const ch of channels) {
      for (const region of DEMO_REGIONS) {
        const spend = roundTo(plan[ch.name][t] * REGION_SHARES[region] * lognormalFactor(rng, SPEND_PLAN.regionNoiseSdLog), 2);
        const impressions = ch.cpm === null ? null : Math.round((spend / ch.cpm) * 1000 * lognormalFactor(rng, 0.05));
        const clicks = impressions === null || ch.ctr === null ? null : Math.round(impressions * ch.ctr * lognormalFactor(rng, 0.1));
        rows.push({ week, channel: ch.name, region, spend, impressions, clicks });
        national[ch.name][t] += spend;
      }
    }
  });
  for (const ch of channels) national[ch.name] = national[ch.name].map((x) => roundTo(x, 2));
  return { rows, national };
}
