/**
 * The geo cases' true weekly media revenue for a NATIONAL allocation (spend per channel per week), so that the geo
 * model's default plan can be scored under the truth as bench:decisions scores the national model's. Independent of
 * lib/ (the generator's own adstock and Hill).
 *
 * A national allocation x_c is split over regions by each region's share of the channel's spend in the data (the
 * Planner's national view keeps the regional split), and held every week (steady state):
 *   R(x) = Σ_c Σ_g pop_g · β_c · m_g,c · hill(W_c · x_c · share_g,c / pop_g; α_c, γ_c),  W_c = Σ_l θ_c^l (maxLag 6).
 */
import { maximizeSeparable } from "../decisions/true-outcome";
import { truthAdstockWeights, truthHill } from "../decisions/truth-curves";
import type { GeoCase } from "./generate-geo-case";

export type NationalTruth = {
  names: string[];
  /** Mean weekly spend per channel in the data: the current mix. */
  current: number[];
  curves: { weightSum: number; alpha: number; gamma: number; beta: number; regions: { population: number; multiplier: number; share: number }[] }[];
};

const GEO_MAX_LAG = 6;

export function nationalTruth(g: GeoCase): NationalTruth {
  const weeks = g.dates.length;
  return {
    names: g.truth.channels.map((c) => c.name),
    current: g.truth.channels.map((c) => c.spend / weeks),
    curves: g.truth.channels.map((c, ci) => ({
      weightSum: truthAdstockWeights({ type: "geometric", theta: c.theta, maxLag: GEO_MAX_LAG }).reduce((a, b) => a + b, 0),
      alpha: c.alpha,
      gamma: c.gamma,
      beta: c.beta,
      regions: g.truth.regions.map((r) => ({
        population: r.population,
        multiplier: r.channels[ci].multiplier,
        share: c.spend > 0 ? r.channels[ci].spend / c.spend : 0,
      })),
    })),
  };
}

/** True steady-state weekly media revenue of channel c at national weekly spend x. */
export function channelRevenue(t: NationalTruth, c: number, x: number): number {
  const k = t.curves[c];
  let s = 0;
  for (const r of k.regions) {
    if (!(r.population > 0)) continue;
    s += r.population * k.beta * r.multiplier * truthHill((k.weightSum * x * r.share) / r.population, { alpha: k.alpha, gamma: k.gamma, beta: 1 });
  }
  return s;
}

export function trueRevenue(t: NationalTruth, x: ArrayLike<number>): number {
  let s = 0;
  for (let c = 0; c < t.curves.length; c++) s += channelRevenue(t, c, x[c]);
  return s;
}

/**
 * The true optimum of spending `budget` per week: bench:decisions' exact separable maximiser (dynamic programming on a
 * grid, then pairwise polishing), which handles S-shaped curves.
 */
export function trueOptimum(t: NationalTruth, budget: number): { allocation: number[]; outcome: number } {
  const allocation = maximizeSeparable(
    t.curves.map((_, c) => (x: number) => channelRevenue(t, c, x)),
    budget,
  );
  return { allocation, outcome: trueRevenue(t, allocation) };
}
