/**
 * The geo cases' true weekly media revenue for a NATIONAL allocation (spend per channel per week), so that the geo
 * model's default plan can be scored under the truth as bench:decisions scores the national model's. Independent of
 * lib/ (the generator's own adstock and Hill).
 *
 * A national allocation x_c is split over regions by each region's share of the channel's spend in the data (the
 * Planner's national view keeps the regional split), and held every week (steady state):
 *   R(x) = Σ_c Σ_g pop_g · β_c · m_g,c · hill(W_c · x_c · share_g,c / pop_g; α_c, γ_c),  W_c = Σ_l θ_c^l (maxLag 6).
 */
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
 * The true optimum of spending `budget` per week: dynamic programming over channels on a grid of budget / steps
 * (exact on the grid for any curve shape, S-shaped included).
 */
export function trueOptimum(t: NationalTruth, budget: number, steps = 400): { allocation: number[]; outcome: number } {
  const m = t.curves.length,
    d = budget / steps;
  const value = t.curves.map((_, c) => Array.from({ length: steps + 1 }, (_, k) => channelRevenue(t, c, k * d)));
  // best[c][k]: best revenue from channels c… with k grid units; choice[c][k]: units given to channel c.
  let next = new Float64Array(steps + 1).fill(0);
  const choice: Int32Array[] = [];
  for (let c = m - 1; c >= 0; c--) {
    const cur = new Float64Array(steps + 1),
      ch = new Int32Array(steps + 1);
    for (let k = 0; k <= steps; k++) {
      let best = -Infinity,
        arg = 0;
      // The last channel takes whatever is left (the whole budget is spent).
      for (let j = c === m - 1 ? k : 0; j <= k; j++) {
        const v = value[c][j] + (c === m - 1 ? 0 : next[k - j]);
        if (v > best) {
          best = v;
          arg = j;
        }
      }
      cur[k] = best;
      ch[k] = arg;
    }
    choice[c] = ch;
    next = cur;
  }
  const allocation: number[] = [];
  let k = steps;
  for (let c = 0; c < m; c++) {
    allocation.push(choice[c][k] * d);
    k -= choice[c][k];
  }
  return { allocation, outcome: trueRevenue(t, allocation) };
}
