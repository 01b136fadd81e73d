import type { HillSaturation } from "../mmm/types";
import { envelopeSpendAt, buildConcaveEnvelope, envelopeValue } from "./concave-envelope";
import { equalizeMarginalReturns } from "./equalize-marginal-returns";
import { hillInflection, hillResponse } from "./response-curve";

export type BudgetSolution = {
  x: number[];
  lambda: number;
  iterations: number;
  /** Achieved objective: weekly revenue, or profit (margin·revenue − spend) for the profit mode. */
  value: number;
  /** Upper bound on the objective from the concave relaxation (equal to value when all curves are concave). */
  upperBound: number;
  /** True when no channel's curve is S-shaped within its range, so value is the global optimum. */
  concave: boolean;
};

export type BudgetProblem = {
  saturations: HillSaturation[];
  lo: number[];
  hi: number[];
  budget: number;
};

const totalResponse = (sats: HillSaturation[], x: number[]) => x.reduce((acc, xi, i) => acc + hillResponse(sats[i], xi), 0);

/** A channel can never take more than the budget left after every other channel's minimum. */
function effectiveHi(lo: number[], hi: number[], budget: number): number[] {
  const sumLo = lo.reduce((a, b) => a + b, 0);
  return hi.map((h, i) => Math.max(lo[i], Math.min(h, budget - (sumLo - lo[i]))));
}

/** Depth to which both choices (off / past the inflection) of a stranded S-shaped channel are explored. */
const BRANCH_DEPTH = 4;

/**
 * Maximum weekly revenue for a budget spent in full.
 *
 * Concave curves: the λ-bisection of equalizeMarginalReturns is exact.
 * S-shaped curves (alpha > 1): the relaxation over concave envelopes is solved exactly first; its
 * optimum is an upper bound. At most the channels whose envelope slope equals λ* end up strictly
 * inside a linear envelope segment (generically one), where the true curve lies below the envelope.
 * For each such channel both real choices are tried — keep it at its minimum, or restrict it to the concave part past its inflection point — and the
 * others are re-optimised; the best true plan wins. The bound's gap is reported, not hidden.
 *
 * Guarantee: when no channel is stranded the plan equals the relaxation's optimum, hence is the
 * global optimum. Otherwise the plan is optimal among plans that keep each branched channel at its
 * minimum or past its inflection (a true optimum has at most one channel strictly inside a convex
 * region, by the second-order condition), and upperBound − value bounds the distance to the global one.
 */
export function maximizeRevenue(problem: BudgetProblem): BudgetSolution {
  const top = equalizeMarginalReturns(problem.saturations, problem.lo, effectiveHi(problem.lo, problem.hi, problem.budget), problem.budget);
  const concave = top.envelopes.every((e) => !e.hasSegment);
  const best = roundStranded(problem, 0);
  return { ...best, upperBound: Math.max(top.upperBound, best.value), concave };
}

function roundStranded(problem: BudgetProblem, depth: number): BudgetSolution {
  const { saturations, lo, hi, budget } = problem;
  const sol = equalizeMarginalReturns(saturations, lo, effectiveHi(lo, hi, budget), budget);
  const stranded: number[] = [];
  sol.envelopes.forEach((e, i) => {
    const width = e.tangent - e.lo;
    if (e.hasSegment && sol.x[i] > e.lo + 1e-9 * width && sol.x[i] < e.tangent - 1e-9 * width) stranded.push(i);
  });
  const here: BudgetSolution = {
    x: sol.x,
    lambda: sol.lambda,
    iterations: sol.iterations,
    value: totalResponse(saturations, sol.x),
    upperBound: sol.upperBound,
    concave: stranded.length === 0,
  };
  if (stranded.length === 0) return here;
  // Branch on the channel furthest into its segment (the one whose rounding matters most).
  const j = stranded.reduce((b, i) => (sol.x[i] - lo[i] > sol.x[b] - lo[b] ? i : b), stranded[0]);
  const candidates: BudgetProblem[] = [];
  const offHi = hi.slice();
  offHi[j] = lo[j];
  candidates.push({ saturations, lo, hi: offHi, budget });
  const onLo = lo.slice();
  // From the inflection on the curve is concave, so this branch is an exact concave sub-problem for j.
  onLo[j] = Math.max(lo[j], hillInflection(saturations[j]));
  if (onLo.reduce((a, b) => a + b, 0) <= budget) candidates.push({ saturations, lo: onLo, hi, budget });
  // Every other channel already at its max and the off branch cannot absorb the budget: keep the split as is.
  const feasible = candidates.filter((c) => c.hi.reduce((a, b) => a + b, 0) >= budget * (1 - 1e-12));
  if (feasible.length === 0) return here;
  let best: BudgetSolution | null = null;
  let iterations = sol.iterations;
  for (const c of feasible) {
    const r = roundStranded(c, depth + 1);
    iterations += r.iterations;
    if (!best || r.value > best.value) best = r;
    // Past the depth cap follow one branch only, so pathological ties cannot blow up to 2^n solves.
    if (depth >= BRANCH_DEPTH) break;
  }
  const chosen = best && best.value >= here.value ? best : here;
  return { ...chosen, iterations, upperBound: sol.upperBound, concave: false };
}

/**
 * Maximum weekly profit = margin·revenue − spend with spend ≤ budget.
 * Without the budget the problem separates by channel: each spends up to where margin × marginal
 * revenue = 1 (on the concave envelope, which for one channel picks the better of "minimum" and
 * "past the inflection" exactly, even for S-shaped curves). If that total fits the budget it is the
 * optimum; otherwise the budget binds and the profit optimum is the revenue optimum at the full budget.
 */
export function maximizeProfit(problem: BudgetProblem, margin: number): BudgetSolution {
  const { saturations, lo, budget } = problem;
  const hi = effectiveHi(lo, problem.hi, budget);
  const lambda = 1 / margin;
  const envelopes = saturations.map((s, i) => buildConcaveEnvelope(s, lo[i], hi[i]));
  const x = envelopes.map((e, i) => (e.hi > e.lo ? envelopeSpendAt(e, lambda) : lo[i]));
  const spend = x.reduce((a, b) => a + b, 0);
  if (spend <= budget) {
    const value = margin * totalResponse(saturations, x) - spend;
    const upper = margin * x.reduce((acc, xi, i) => acc + envelopeValue(envelopes[i], xi), 0) - spend;
    return { x, lambda, iterations: 0, value, upperBound: Math.max(value, upper), concave: true };
  }
  const r = maximizeRevenue(problem);
  return { ...r, value: margin * r.value - budget, upperBound: margin * r.upperBound - budget };
}
