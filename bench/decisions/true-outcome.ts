/**
 * Scoring under the truth. Conventions (documented in bench/README-decisions.md):
 *
 * - A steady plan x (weekly spend x_c in every week, forever) reaches a steady-state adstock of
 *   x_c · Σ_l w_c,l (the generator's weights are not normalised), so its true weekly media revenue is
 *     outcome(x) = Σ_c beta_c · hill_c(x_c · Σ_l w_c,l).
 *   Baseline, trend, season and price do not depend on the plan and are left out (as in the Planner).
 * - The true ROI follows lib/mmm's definition (fit-marketing-mix-model.ts: contribution = β · Σ_t h_t over the
 *   fit window, h_t = Hill(adstock_t) with spend before the first week taken as 0; ROI = contribution / window
 *   spend): true contribution = Σ_{t in window} beta · hill(Σ_{l ≤ t} w_l · spend_{t−l}), i.e. only the window's
 *   own spend, only the weeks inside the window (carryover past the last week is not counted, carryover from
 *   the generator's burn-in before the window is not the window spend's doing).
 */
import { applyTruthAdstock, truthHill, type TruthHill } from "./truth-curves";

/** What scoring needs of one channel's truth. */
export type ScoringChannel = { name: string; hill: TruthHill; weightSum: number };

/** True weekly media revenue of a steady weekly plan (channel → weekly spend). Missing channels spend 0. */
export function steadyStateOutcome(channels: ScoringChannel[], plan: Record<string, number>): number {
  const known = new Set(channels.map((c) => c.name));
  for (const [name, x] of Object.entries(plan)) {
    if (!known.has(name)) throw new Error(`steadyStateOutcome: unknown channel "${name}" (channels: ${[...known].join(", ")})`);
    if (!(Number.isFinite(x) && x >= 0)) throw new Error(`steadyStateOutcome: spend of "${name}" must be a finite number ≥ 0, got ${x}`);
  }
  let total = 0;
  for (const c of channels) total += truthHill((plan[c.name] ?? 0) * c.weightSum, c.hill);
  return total;
}

/**
 * True in-window contribution and ROI of one channel, in lib/mmm's convention (see module comment).
 * @example trueRoi([2, 0, 2], [1, 0.5], { alpha: 1, gamma: 2, beta: 10 }) // { contribution: 13.33…, roi: 3.33… }
 */
export function trueRoi(spend: ArrayLike<number>, weights: ArrayLike<number>, hill: TruthHill): { contribution: number; roi: number } {
  const adstocked = applyTruthAdstock(spend, weights);
  let contribution = 0,
    total = 0;
  for (let t = 0; t < spend.length; t++) {
    contribution += truthHill(adstocked[t], hill);
    total += spend[t];
  }
  return { contribution, roi: total > 0 ? contribution / total : 0 };
}

export type TrueOptimum = { allocation: Record<string, number>; outcome: number };

/**
 * Exact maximiser of Σ_c f_c(x_c) subject to Σ x_c = budget, x ≥ 0 for arbitrary (S-shaped included)
 * increasing curves: dynamic programming over a grid of `gridSteps` budget units (exact on the grid), then a
 * local polish that moves money between pairs of channels with a shrinking step until no move helps.
 * Cost O(channels · gridSteps²). `starts` are further points (each summing to the budget) to polish from; the
 * best polished point wins, so the answer is never worse than any of them.
 * @throws if the budget is negative or there are no channels
 */
export function maximizeSeparable(curves: ((x: number) => number)[], budget: number, gridSteps = 2000, starts: number[][] = []): number[] {
  const m = curves.length;
  if (!m) throw new Error("maximizeSeparable: no curves");
  if (!(budget >= 0 && Number.isFinite(budget))) throw new Error(`maximizeSeparable: budget must be ≥ 0, got ${budget}`);
  if (budget === 0) return new Array(m).fill(0);
  const G = gridSteps,
    step = budget / G;
  const table = curves.map((f) => Float64Array.from({ length: G + 1 }, (_, j) => f(j * step)));
  // value[j] = best total of the channels seen so far with j budget units; choice[c][j] = units given to channel c.
  let value = Float64Array.from(table[0]);
  const choice: Int32Array[] = [Int32Array.from({ length: G + 1 }, (_, j) => j)];
  for (let c = 1; c < m; c++) {
    const next = new Float64Array(G + 1),
      pick = new Int32Array(G + 1);
    const fc = table[c];
    for (let j = 0; j <= G; j++) {
      let best = -Infinity,
        arg = 0;
      for (let i = 0; i <= j; i++) {
        const v = value[j - i] + fc[i];
        if (v > best) {
          best = v;
          arg = i;
        }
      }
      next[j] = best;
      pick[j] = arg;
    }
    value = next;
    choice.push(pick);
  }
  const units = new Array<number>(m);
  let left = G;
  for (let c = m - 1; c >= 0; c--) {
    units[c] = choice[c][left];
    left -= units[c];
  }
  const total = (x: number[]) => x.reduce((s, v, c) => s + curves[c](v), 0);
  let best = polishPairs(
    curves,
    units.map((u) => u * step),
    2 * step,
    budget,
  );
  for (const start of starts) {
    const polished = polishPairs(curves, start.slice(), 2 * step, budget);
    if (total(polished) > total(best)) best = polished;
  }
  return best;
}

/** Pairwise transfers x_a += t, x_b −= t on a local grid of 21 moves, shrinking the step when nothing helps. */
function polishPairs(curves: ((x: number) => number)[], x: number[], start: number, budget: number): number[] {
  const m = curves.length;
  const fx = x.map((v, c) => curves[c](v));
  let radius = start;
  for (let round = 0; round < 200 && radius > budget * 1e-12; round++) {
    let improved = false;
    for (let a = 0; a < m; a++) {
      for (let b = a + 1; b < m; b++) {
        const lo = Math.max(-x[a], -radius),
          hi = Math.min(x[b], radius);
        if (hi - lo <= 0) continue;
        let bestT = 0,
          bestGain = 0,
          bestFa = fx[a],
          bestFb = fx[b];
        for (let k = 0; k <= 20; k++) {
          const t = lo + ((hi - lo) * k) / 20;
          if (t === 0) continue;
          const fa = curves[a](Math.max(0, x[a] + t)),
            fb = curves[b](Math.max(0, x[b] - t));
          const gain = fa + fb - fx[a] - fx[b];
          if (gain > bestGain + 1e-15 * Math.abs(fx[a] + fx[b] + 1)) {
            bestGain = gain;
            bestT = t;
            bestFa = fa;
            bestFb = fb;
          }
        }
        if (bestT !== 0) {
          x[a] = Math.max(0, x[a] + bestT);
          x[b] = Math.max(0, x[b] - bestT);
          fx[a] = bestFa;
          fx[b] = bestFb;
          improved = true;
        }
      }
    }
    if (!improved) radius /= 4;
  }
  return x;
}

/** The true optimum of a steady plan for a weekly budget (see maximizeSeparable; `starts` are extra plans to polish from). */
export function trueOptimum(channels: ScoringChannel[], budget: number, gridSteps = 2000, starts: Record<string, number>[] = []): TrueOptimum {
  const curves = channels.map((c) => (v: number) => truthHill(v * c.weightSum, c.hill));
  const x = maximizeSeparable(
    curves,
    budget,
    gridSteps,
    starts.map((p) => channels.map((c) => p[c.name] ?? 0)),
  );
  const allocation = Object.fromEntries(channels.map((c, i) => [c.name, x[i]]));
  return { allocation, outcome: steadyStateOutcome(channels, allocation) };
}

export type PlanScore = {
  /** True weekly media revenue of the plan. */
  outcome: number;
  /** (optimum − plan) / optimum; 0 = as good as the true optimum. */
  regret: number;
  /** (current − plan) / current; negative = the plan beats keeping the current mix. */
  lossVsCurrent: number;
  /** Weekly spend of the plan. */
  spend: number;
};

/** What scorePlan needs: the channels' truth, the true optimum's outcome and the current mix. */
export type ScoringTruth = { channels: ScoringChannel[]; optimum: TrueOptimum; currentMix: Record<string, number> };

/**
 * Scores a steady weekly plan (channel → weekly spend) under a case's truth.
 * @example scorePlan(generateCase("base-156w-6ch").truth, plan.allocation).regret
 */
export function scorePlan(truth: ScoringTruth, plan: Record<string, number>): PlanScore {
  const outcome = steadyStateOutcome(truth.channels, plan);
  const current = steadyStateOutcome(truth.channels, truth.currentMix);
  const best = truth.optimum.outcome;
  return {
    outcome,
    regret: best > 0 ? (best - outcome) / best : 0,
    lossVsCurrent: current > 0 ? (current - outcome) / current : 0,
    spend: Object.values(plan).reduce((a, b) => a + b, 0),
  };
}
