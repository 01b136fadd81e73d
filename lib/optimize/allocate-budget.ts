import type { ResponseModel } from "../mmm/types";
import { maximizeProfit, maximizeRevenue, type BudgetProblem, type BudgetSolution } from "./maximize-response";
import { formatAmount, OptimizeError } from "./optimize-error";
import type { AllocateOptions, AllocationResult, ChannelPlan, Objective } from "./optimize-types";
import { planInterval } from "./plan-interval";
import { resolveChannelBounds } from "./resolve-channel-bounds";
import { hillDerivative, hillResponse } from "./response-curve";
import { validateResponseModel } from "./validate-response-model";

const OBJECTIVES: Objective[] = ["revenue", "profit", "target-revenue", "target-roas"];
const sum = (v: number[]) => v.reduce((a, b) => a + b, 0);

/**
 * Splits a weekly budget across channels.
 *
 * - "revenue": maximise weekly revenue spending exactly `totalBudget`.
 * - "profit": maximise revenue × margin − spend with spend ≤ `totalBudget`.
 * - "target-revenue": the least weekly spend whose optimal split reaches `target` revenue per week
 *   (bisection on spend: the optimal revenue R*(S) is increasing in S).
 * - "target-roas": the largest weekly spend (hence the most revenue) whose optimal split still has
 *   revenue/spend ≥ `target`. ("Least spend" would be degenerate: ROAS is highest at the smallest spend.)
 *
 * Units: spend per week in the model's currency, revenue = media-driven KPI per week.
 * Method and guarantee: see equalizeMarginalReturns (exact for concave curves, alpha ≤ 1) and
 * maximizeRevenue (S-shaped curves: best of per-channel off/past-inflection choices, with the
 * concave-envelope upper bound reported in `optimality`).
 *
 * @param model fitted response model (weekly).
 * @param options budget, objective, bounds (absolute or ± % of current), locks.
 * @throws {OptimizeError} INVALID_BUDGET, INVALID_OPTION, UNKNOWN_CHANNEL, INVALID_BOUNDS,
 *   LOCKED_EXCEEDS_BUDGET, MIN_EXCEEDS_BUDGET, MAX_BELOW_BUDGET (revenue objective), TARGET_UNREACHABLE.
 * @example allocateBudget(model, { totalBudget: 10_000, objective: "revenue", bounds: { tv: { maxPct: 20 } } })
 */
export function allocateBudget(model: ResponseModel, options: AllocateOptions): AllocationResult {
  validateResponseModel(model);
  const { totalBudget: budget, objective } = options;
  if (typeof budget !== "number" || !Number.isFinite(budget)) throw new OptimizeError("INVALID_BUDGET", `total budget must be a finite number, got ${budget}`);
  if (budget < 0) throw new OptimizeError("INVALID_BUDGET", `total budget must not be negative, got ${budget}`);
  if (!OBJECTIVES.includes(objective)) throw new OptimizeError("INVALID_OPTION", `unknown objective "${objective}" (use ${OBJECTIVES.join(", ")})`);
  const margin = options.margin ?? 1;
  if (!(margin > 0) || !Number.isFinite(margin)) throw new OptimizeError("INVALID_OPTION", `margin must be a positive number, got ${options.margin}`);
  const target = options.target;
  if (objective === "target-revenue" || objective === "target-roas") {
    if (typeof target !== "number" || !(target > 0) || !Number.isFinite(target)) {
      throw new OptimizeError("INVALID_OPTION", `objective "${objective}" needs a positive target, got ${target}`);
    }
  }

  const { lo, hi, locked } = resolveChannelBounds(model, options.bounds, options.locked);
  const lockedTotal = sum(lo.filter((_, i) => locked[i]));
  if (lockedTotal > budget * (1 + 1e-12)) {
    throw new OptimizeError("LOCKED_EXCEEDS_BUDGET", `locked channels total ${formatAmount(lockedTotal)} per week, more than the budget of ${formatAmount(budget)}`);
  }
  const sumLo = sum(lo);
  if (sumLo > budget * (1 + 1e-12)) {
    throw new OptimizeError("MIN_EXCEEDS_BUDGET", `channel minimums total ${formatAmount(sumLo)} per week, more than the budget of ${formatAmount(budget)}`);
  }
  const sumHi = sum(hi);
  if (objective === "revenue" && sumHi < budget * (1 - 1e-12)) {
    throw new OptimizeError("MAX_BELOW_BUDGET", `channel maximums total ${formatAmount(sumHi)} per week, less than the budget of ${formatAmount(budget)} to spend`);
  }

  const saturations = model.channels.map((c) => c.saturation);
  const problemAt = (spend: number): BudgetProblem => ({ saturations, lo, hi, budget: spend });
  let sol: BudgetSolution;
  let extraIterations = 0;
  if (objective === "revenue") {
    sol = maximizeRevenue(problemAt(budget));
  } else if (objective === "profit") {
    sol = maximizeProfit(problemAt(budget), margin);
  } else {
    const cap = Math.min(budget, sumHi);
    const solveAt = (spend: number) => {
      const s = maximizeRevenue(problemAt(spend));
      extraIterations += s.iterations;
      return s;
    };
    sol = objective === "target-revenue" ? leastSpendForRevenue(solveAt, sumLo, cap, target!) : mostSpendAtRoas(solveAt, sumLo, cap, target!);
  }
  return assembleResult(model, objective, margin, lo, hi, locked, sol, extraIterations);
}

/**
 * Least spend S in [sumLo, cap] with R*(S) ≥ target. R* is continuous and increasing for concave
 * curves, so the least such S is found by bisection and its optimal split is the least-cost plan
 * (any cheaper plan reaching the target would contradict R*(S') < target for S' < S).
 */
function leastSpendForRevenue(solveAt: (s: number) => BudgetSolution, sumLo: number, cap: number, target: number): BudgetSolution {
  const atCap = solveAt(cap);
  if (atCap.value < target * (1 - 1e-9)) {
    throw new OptimizeError("TARGET_UNREACHABLE", `target revenue ${formatAmount(target)} per week is out of reach: the most the model predicts within ${formatAmount(cap)} spend per week is ${formatAmount(atCap.value)}`);
  }
  const atLo = solveAt(sumLo);
  if (atLo.value >= target) return atLo;
  let a = sumLo, b = cap, best = atCap;
  for (let i = 0; i < 100 && b - a > 1e-10 * Math.max(cap, 1e-300); i++) {
    const m = 0.5 * (a + b);
    const s = solveAt(m);
    if (s.value >= target) {
      b = m;
      best = s;
    } else a = m;
  }
  return best;
}

/**
 * Largest spend S in [sumLo, cap] whose optimal plan keeps revenue/spend ≥ target. R*(S)/S falls as
 * S grows for concave curves; a coarse scan first guards against the S-shaped case, where it rises
 * before it falls, then bisection refines between the last passing and first failing scan points.
 */
function mostSpendAtRoas(solveAt: (s: number) => BudgetSolution, sumLo: number, cap: number, target: number): BudgetSolution {
  const roas = (s: BudgetSolution) => {
    const spend = sum(s.x);
    return spend > 0 ? s.value / spend : 0;
  };
  const atCap = solveAt(cap);
  if (roas(atCap) >= target) return atCap;
  const start = Math.max(sumLo, cap * 1e-6);
  const grid = Array.from({ length: 33 }, (_, k) => start + ((cap - start) * k) / 32);
  let lastPass = -1, bestRoas = 0, passing: BudgetSolution | null = null;
  for (let k = 0; k < grid.length; k++) {
    const s = solveAt(grid[k]);
    bestRoas = Math.max(bestRoas, roas(s));
    if (roas(s) >= target) {
      lastPass = k;
      passing = s;
    }
  }
  if (!passing) {
    throw new OptimizeError("TARGET_UNREACHABLE", `target ROAS ${formatAmount(target)} is out of reach: the best the model predicts for any spend up to ${formatAmount(cap)} per week is ${formatAmount(bestRoas)}`);
  }
  if (lastPass === grid.length - 1) return passing;
  let a = grid[lastPass], b = grid[lastPass + 1];
  for (let i = 0; i < 100 && b - a > 1e-10 * Math.max(cap, 1e-300); i++) {
    const m = 0.5 * (a + b);
    const s = solveAt(m);
    if (roas(s) >= target) {
      a = m;
      passing = s;
    } else b = m;
  }
  return passing;
}

function assembleResult(
  model: ResponseModel,
  objective: Objective,
  margin: number,
  lo: number[],
  hi: number[],
  locked: boolean[],
  sol: BudgetSolution,
  extraIterations: number,
): AllocationResult {
  const allocation: Record<string, number> = {};
  const marginalRoi: Record<string, number> = {};
  let revenue = 0, spend = 0;
  const perChannel: ChannelPlan[] = model.channels.map((c, i) => {
    const x = sol.x[i];
    const r = hillResponse(c.saturation, x);
    const m = hillDerivative(c.saturation, x);
    allocation[c.name] = x;
    marginalRoi[c.name] = m;
    revenue += r;
    spend += x;
    const tol = 1e-7 * Math.max(1, hi[i] === Infinity ? x : hi[i]);
    const status: ChannelPlan["status"] = locked[i] ? "locked" : x <= lo[i] + tol ? "at-min" : x >= hi[i] - tol ? "at-max" : "interior";
    return {
      channel: c.name,
      spend: x,
      current: c.meanWeeklySpend,
      change: x - c.meanWeeklySpend,
      changePct: c.meanWeeklySpend > 0 ? (100 * (x - c.meanWeeklySpend)) / c.meanWeeklySpend : null,
      revenue: r,
      roi: x > 0 ? r / x : null,
      marginalRoi: m,
      min: lo[i],
      max: hi[i],
      status,
    };
  });
  const interval = planInterval(model, allocation);
  const achieved = objective === "profit" ? revenue * margin - spend : revenue;
  const upperBound = Math.max(sol.upperBound, achieved);
  return {
    objective,
    allocation,
    predicted: {
      revenue,
      profit: revenue * margin - spend,
      roi: spend > 0 ? revenue / spend : 0,
      spend,
      ...(interval.draws > 0 ? { low: interval.low, high: interval.high } : {}),
    },
    perChannel,
    marginalRoi,
    lambda: sol.lambda,
    iterations: sol.iterations + extraIterations,
    // A zero gap proves global optimality even with S-shaped curves: the relaxation's bound is attained.
    optimality: { kind: sol.concave || upperBound - achieved <= 1e-9 * Math.abs(achieved) ? "exact" : "certified", upperBound, gap: upperBound - achieved },
  };
}
