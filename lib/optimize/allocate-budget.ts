import type { ResponseModel } from "../mmm/types";
import { DEFAULT_EXTRAPOLATE, guardBounds, HOLD_BAND } from "./data-range-guard";
import { drawCurves, expectedMarginal, expectedResponse, expectedTable, type DrawCurves } from "./draw-curves";
import { maximizeSeparable } from "./maximize-separable";
import { maximizeProfit, maximizeRevenue, type BudgetProblem, type BudgetSolution } from "./maximize-response";
import { formatAmount, OptimizeError } from "./optimize-error";
import type { AllocateOptions, AllocationResult, ChannelPlan, Objective } from "./optimize-types";
import { planInterval } from "./plan-interval";
import { confidentOfGain, gainVsCurrent, RECOMMEND_QUANTILE, SAFEGUARD_QUANTILE, stepTowardPlan, transferSearch } from "./plan-risk";
import { moveHingesOn } from "./move-uncertainty";
import { shapeStressedCurves } from "./shape-stress";
import { resolveChannelBounds } from "./resolve-channel-bounds";
import { hillDerivative, hillResponse } from "../math/response-curve";
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
 *
 * Risk-aware defaults (issue 18), each switchable:
 * - basis "expected": with bootstrap draws the plan maximises the mean outcome over the draws (maximizeSeparable on
 *   the averaged curves); "point" uses the selected model's Hill curves with the exact allocator below.
 * - trust region: no channel above `extrapolate` × its dataMax (data-range-guard.ts).
 * - unidentified channels (unless unlocked): never raised above current × (1 + HOLD_BAND). Revenue and profit plans
 *   with draws aim as if they had no effect (may cut them down to their data floor) and let the safeguard decide how
 *   far to go; when no step toward that is supported, they are fixed at their current spend and the rest is planned.
 *   Without draws or safeguard (and for the target objectives) they stay within ±HOLD_BAND of their current spend.
 * - safeguard (revenue, profit): the plan moves from the current mix toward the optimum only as far as the draws'
 *   10 % quantile of the gain keeps rising (plan-risk.ts stepTowardPlan); with no such step it keeps the current mix.
 * - every plan reports its gain over the current mix (mean and 90 % interval over draws), P(beats current mix)
 *   and the channels whose planned spend is above the data's range.
 * Method and guarantee of the point basis: see equalizeMarginalReturns (exact for concave curves, alpha ≤ 1) and
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

  const user = resolveChannelBounds(model, options.bounds, options.locked);
  const { locked } = user;
  const lockedTotal = sum(user.lo.filter((_, i) => locked[i]));
  if (lockedTotal > budget * (1 + 1e-12)) {
    throw new OptimizeError(
      "LOCKED_EXCEEDS_BUDGET",
      `locked channels total ${formatAmount(lockedTotal)} per week, more than the budget of ${formatAmount(budget)}`,
    );
  }
  const userLo = sum(user.lo);
  if (userLo > budget * (1 + 1e-12)) {
    throw new OptimizeError("MIN_EXCEEDS_BUDGET", `channel minimums total ${formatAmount(userLo)} per week, more than the budget of ${formatAmount(budget)}`);
  }
  const userHi = sum(user.hi);
  if (objective === "revenue" && userHi < budget * (1 - 1e-12)) {
    throw new OptimizeError(
      "MAX_BELOW_BUDGET",
      `channel maximums total ${formatAmount(userHi)} per week, less than the budget of ${formatAmount(budget)} to spend`,
    );
  }

  const curves = drawCurves(model);
  const basis = options.basis ?? (curves.fromDraws ? "expected" : "point");
  if (basis !== "expected" && basis !== "point") throw new OptimizeError("INVALID_OPTION", `basis must be "expected" or "point", got "${basis}"`);
  const extrapolate = options.extrapolate ?? DEFAULT_EXTRAPOLATE;
  if (!(extrapolate > 0)) throw new OptimizeError("INVALID_OPTION", `extrapolate must be a positive factor (Infinity for no cap), got ${options.extrapolate}`);
  const spendAll = objective === "revenue" || objective === "profit";
  const currentBase = currentMix(model, options.current);
  const currentTotal = sum(currentBase);
  const scaleTo = (spend: number) => currentBase.map((v) => (currentTotal > 0 ? (v * spend) / currentTotal : spend / currentBase.length));
  const current = spendAll ? scaleTo(budget) : currentBase;
  const bounded = model.channels.map((c) => {
    const b = options.bounds?.[c.name];
    return Boolean(b && Object.values(b).some((v) => v !== undefined));
  });
  // The safeguard runs for revenue and profit plans with draws; only then may an unidentified channel be cut (see below).
  const safeguarded = spendAll && (options.safeguard ?? true) && curves.fromDraws;
  const guard = guardBounds(model, { ...user, bounded }, current, {
    extrapolate,
    unlockUnidentified: options.unlockUnidentified ?? false,
    budget,
    spendAll: objective === "revenue",
    cutUnidentified: safeguarded,
  });
  // The hold band's floor yields when it and the user's minimums no longer fit the budget.
  const lo = sum(guard.lo) > budget * (1 + 1e-12) ? user.lo.slice() : guard.lo;
  const hi = guard.hi.map((h, i) => Math.max(h, lo[i]));

  // Unidentified-channel rule (revenue and profit with the safeguard): the plan is aimed with each held channel's
  // curve taken as the fit's verdict — no effect (the point model already holds its coefficient at 0) — so the target
  // moves money out of it down to its data floor and never above current × (1 + HOLD_BAND). The draws, which still
  // carry every effect the data allow for it, then decide through the safeguard how far to move; if no step toward
  // that target has a positive 10 % quantile of the gain, the target with held channels fixed at their current spend
  // is tried the same way.
  const cutting = safeguarded && guard.held.some(Boolean);
  const zero = () => 0;
  const saturations = model.channels.map((c, i) => (cutting && guard.held[i] ? { ...c.saturation, beta: 0 } : c.saturation));
  const solveWithin = (lo: number[], hi: number[], asZero: boolean[]) => {
    const sumLo = sum(lo);
    // Tabulated over the most each channel can take in this call (its upper bound, or the whole budget).
    const tabulated = basis === "expected" ? model.channels.map((_, c) => expectedTable(curves, c, Math.min(hi[c], lo[c] + Math.max(0, budget - sumLo)))) : [];
    const expectedValues = tabulated.map((f, c) => (asZero[c] ? zero : f));
    const sats = saturations.map((s, i) => (asZero[i] ? s : model.channels[i].saturation));
    const solveRevenue = (spend: number): BudgetSolution =>
      basis === "point"
        ? maximizeRevenue({ saturations: sats, lo, hi, budget: spend } satisfies BudgetProblem)
        : separableSolution(curves, maximizeSeparable({ values: expectedValues, lo, hi, budget: spend, mode: "spend-all" }), tabulated, lo, hi);
    let extraIterations = 0;
    let sol: BudgetSolution;
    if (objective === "revenue") {
      sol = solveRevenue(budget);
    } else if (objective === "profit") {
      if (basis === "point") sol = maximizeProfit({ saturations: sats, lo, hi, budget }, margin);
      else {
        const values = expectedValues.map((f) => (x: number) => margin * f(x) - x);
        const r = maximizeSeparable({ values, lo, hi, budget, mode: "at-most" });
        sol = { ...separableSolution(curves, r, tabulated, lo, hi), value: r.value };
      }
    } else {
      const cap = Math.min(budget, sum(hi));
      const solveAt = (spend: number) => {
        const s = solveRevenue(spend);
        extraIterations += s.iterations;
        return s;
      };
      // Expected-value solves cost a dynamic program each: a 1e-5 relative bracket is ample for a weekly budget.
      const tol = basis === "point" ? 1e-10 : 1e-5;
      sol = objective === "target-revenue" ? leastSpendForRevenue(solveAt, sumLo, cap, target!, tol) : mostSpendAtRoas(solveAt, sumLo, cap, target!, tol);
    }
    return { sol, extraIterations };
  };
  let { sol, extraIterations } = solveWithin(
    lo,
    hi,
    guard.held.map((h) => cutting && h),
  );

  // Safeguard: only as far toward the optimum as the draws support (revenue and profit, current mix feasible).
  let x = sol.x.slice();
  let safeguard: AllocationResult["safeguard"];
  const inBox = current.every((v, i) => v >= lo[i] - 1e-9 * Math.max(1, v) && v <= hi[i] + 1e-9 * Math.max(1, v));
  if (safeguarded && inBox) {
    const m = objective === "profit" ? margin : 1,
      w = objective === "profit" ? 1 : 0;
    let step = stepTowardPlan(curves, current, sol.x, m, w);
    let target: "unidentified cut" | "unidentified held" | undefined = cutting ? "unidentified cut" : undefined;
    if (cutting && step.step === 0) {
      // The fallback target: held channels fixed at their current spend, the rest planned on the draws as before.
      const lo2 = lo.map((v, i) => (guard.held[i] ? current[i] : v)),
        hi2 = hi.map((v, i) => (guard.held[i] ? current[i] : v));
      const held = solveWithin(
        lo2,
        hi2,
        lo.map(() => false),
      );
      const step2 = stepTowardPlan(curves, current, held.sol.x, m, w);
      if (step2.step > 0) {
        ({ sol, extraIterations } = held);
        step = step2;
        target = "unidentified held";
      }
    }
    // The gate (plan-risk.ts, RECOMMEND_QUANTILE): the chosen move must pay in 99 % of the draws, and again in 99 % of
    // the draws with each channel's curve allowed to bend differently around its current level (shape-stress.ts:
    // the draws' own spread of the Hill slope is far narrower than its real error); else the current mix.
    const stress = options.shapeStress ?? model.shapeStress ?? 0;
    const stressed = stress > 0 ? shapeStressedCurves(curves, current, stress) : undefined;
    const unsureDraws = step.step > 0 && !confidentOfGain(curves, step.x, current, m, w);
    const unsureShape = step.step > 0 && !unsureDraws && stressed !== undefined && !confidentOfGain(stressed, step.x, current, m, w);
    const unsure = unsureDraws || unsureShape;
    const moved = unsure ? 0 : step.step;
    x = unsure ? current.slice() : step.x;
    // Stopped short of the optimum: pairwise transfers from where the step ended, chosen on half the draws and kept
    // only where the whole move gains in every draw of the other half (plan-risk.ts transferSearch). They stay in the
    // box between the current mix and the step's target, so they keep the part of the optimizer's own direction the
    // draws agree on and never invent a new one (measured: free transfers inside the trust region lost 9 % on a random
    // structure where the draws were confidently wrong about a channel the optimum did not feed). Held unidentified
    // channels may give money, never receive it: raising one would rest on its noisy draws alone.
    // Not after a refused step (moved 0): when the draws back no step at all toward the optimum, mining hundreds of
    // transfers for one they all agree on found the draws' confident mistakes. On the decision benchmark (448 datasets,
    // twelfth session) 7 of the 10 plans worse than the current mix were such transfers (summed loss 16.5 points, up
    // to 5.2 %); without them 3 remain (3.7 points) for 0.7–1.3 points more median regret.
    const transfers =
      moved > 0 && moved < 1 && (options.fallback ?? "transfers") === "transfers"
        ? transferSearch(
            curves,
            current,
            lo.map((l, i) => Math.max(l, Math.min(current[i], sol.x[i]))),
            hi.map((h, i) => Math.min(h, Math.max(current[i], sol.x[i]), guard.held[i] ? current[i] : Infinity)),
            m,
            x,
            w,
          )
        : undefined;
    // The transfers were checked on the draws; the whole move must pass the shape-stressed gate as the step did.
    const transferred = transfers !== undefined && transfers.transfers > 0 && (stressed === undefined || confidentOfGain(stressed, transfers.x, current, m, w));
    if (transferred) x = transfers.x;
    const refusedStep = `the best step toward the expected-value optimum (${Math.round(step.step * 100)} % of the way${target ? `, ${target === "unidentified cut" ? "unidentified channels counted as no effect" : "unidentified channels fixed at their current spend"}` : ""})`;
    const refused = unsureShape
      ? `${refusedStep} pays in ${100 - RECOMMEND_QUANTILE * 100} % of the bootstrap draws, but not once each channel's curve may bend differently around its current level (Hill α × exp(${stress}·z), its level at the current mix kept): the ${RECOMMEND_QUANTILE * 100} % quantile of the gain is then not positive`
      : unsure
        ? `${refusedStep} pays in fewer than ${100 - RECOMMEND_QUANTILE * 100} % of the bootstrap draws (its ${RECOMMEND_QUANTILE * 100} % quantile of the gain is not positive)`
        : `no step toward the expected-value optimum has a positive ${SAFEGUARD_QUANTILE * 100} % quantile of the gain over the bootstrap draws`;
    const transferText = transferred ? `${transfers.transfers} transfer${transfers.transfers === 1 ? "" : "s"} between channels` : "";
    const checkText = transferred ? `chosen on half the draws and kept only because the whole move gains in every one of the other ${transfers.checkedOn}` : "";
    const stepText = `moved ${Math.round(moved * 100)} % of the way from the current mix to the expected-value optimum${target ? ` (${target === "unidentified cut" ? "unidentified channels counted as no effect: cut up to their data floor, never raised above current + " + HOLD_BAND * 100 + " %" : "unidentified channels fixed at their current spend"})` : ""}: the step (of 20) with the highest ${SAFEGUARD_QUANTILE * 100} % quantile of the gain over the bootstrap draws, recommended only when its ${RECOMMEND_QUANTILE * 100} % quantile is positive too; none → keep the current mix`;
    // Kept the current mix: which channels the refused move hinges on (the draws' disagreement split by channel), so the
    // Planner can say where an experiment would settle it. The move examined is the step the gate refused, or the whole
    // move toward the optimum when no step had a positive 10 % quantile.
    const refusedMove = unsure ? step.x : sol.x;
    const disagreeing = unsureShape && stressed ? stressed : curves;
    const hingesOn =
      moved === 0 && !transferred
        ? moveHingesOn(
            disagreeing,
            model.channels.map((c) => c.name),
            current,
            refusedMove,
            m,
          )
        : [];
    safeguard = {
      step: moved,
      quantile: SAFEGUARD_QUANTILE,
      rule: moved === 0 ? `kept the current mix: ${refused}` : `${stepText}${transferred ? `; then ${transferText}, ${checkText}` : ""}`,
      ...(target && moved > 0 ? { unidentified: target } : {}),
      ...(unsure ? { notConfident: { step: step.step, ...(unsureShape ? { shape: true } : {}) } } : {}),
      ...(transferred ? { transfers: { count: transfers.transfers, checkedOn: transfers.checkedOn } } : {}),
      ...(hingesOn.length ? { hingesOn } : {}),
    };
  }
  const reference = spendAll ? current : scaleTo(sum(x));
  const gain = gainVsCurrent(curves, x, reference, objective === "profit" ? margin : 1, objective === "profit" ? 1 : 0);
  const result = assembleResult(model, objective, margin, lo, hi, locked, { ...sol, x }, extraIterations, basis, curves, guard.held);
  return {
    ...result,
    ...(basis === "expected" ? { optimality: { kind: "grid" as const, upperBound: sol.value, gap: 0 } } : {}),
    basis,
    current: Object.fromEntries(model.channels.map((c, i) => [c.name, reference[i]])),
    gainVsCurrent: { mean: gain.mean, low: gain.low, high: gain.high },
    probBeatsCurrent: gain.probBeatsCurrent,
    outsideData: result.perChannel.filter((p) => p.outsideData).map((p) => p.channel),
    ...(safeguard ? { safeguard } : {}),
    extrapolate: { factor: extrapolate, widened: guard.widened },
  };
}

/** The current mix in model order: options.current (missing channels 0) or each channel's mean weekly spend. */
function currentMix(model: ResponseModel, given: Record<string, number> | undefined): number[] {
  if (!given) return model.channels.map((c) => c.meanWeeklySpend);
  const known = new Set(model.channels.map((c) => c.name));
  for (const [name, v] of Object.entries(given)) {
    if (!known.has(name)) throw new OptimizeError("UNKNOWN_CHANNEL", `current mix names unknown channel "${name}" (model channels: ${[...known].join(", ")})`);
    if (!(Number.isFinite(v) && v >= 0)) throw new OptimizeError("INVALID_OPTION", `current spend of "${name}" must be a non-negative number, got ${v}`);
  }
  return model.channels.map((c) => given[c.name] ?? 0);
}

/** A maximizeSeparable answer in the allocator's solution shape; λ = mean marginal return of the interior channels. */
function separableSolution(
  curves: DrawCurves,
  r: { x: number[]; value: number },
  values: ((x: number) => number)[],
  lo: number[],
  hi: number[],
): BudgetSolution {
  const interior = r.x.map((v, i) => i).filter((i) => r.x[i] > lo[i] + 1e-9 * Math.max(1, hi[i]) && r.x[i] < hi[i] - 1e-9 * Math.max(1, hi[i]));
  const lambda = interior.length ? interior.reduce((a, i) => a + expectedMarginal(curves, i, r.x[i]), 0) / interior.length : 0;
  const value = r.x.reduce((a, v, i) => a + values[i](v), 0);
  return { x: r.x, lambda, iterations: 0, value, upperBound: value, concave: false };
}

/**
 * Least spend S in [sumLo, cap] with R*(S) ≥ target. R* is continuous and increasing for concave
 * curves, so the least such S is found by bisection and its optimal split is the least-cost plan
 * (any cheaper plan reaching the target would contradict R*(S') < target for S' < S).
 */
function leastSpendForRevenue(solveAt: (s: number) => BudgetSolution, sumLo: number, cap: number, target: number, tol: number): BudgetSolution {
  const atCap = solveAt(cap);
  if (atCap.value < target * (1 - 1e-9)) {
    throw new OptimizeError(
      "TARGET_UNREACHABLE",
      `target revenue ${formatAmount(target)} per week is out of reach: the most the model predicts within ${formatAmount(cap)} spend per week is ${formatAmount(atCap.value)}`,
    );
  }
  const atLo = solveAt(sumLo);
  if (atLo.value >= target) return atLo;
  let a = sumLo,
    b = cap,
    best = atCap;
  for (let i = 0; i < 100 && b - a > tol * Math.max(cap, 1e-300); i++) {
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
function mostSpendAtRoas(solveAt: (s: number) => BudgetSolution, sumLo: number, cap: number, target: number, tol: number): BudgetSolution {
  const roas = (s: BudgetSolution) => {
    const spend = sum(s.x);
    return spend > 0 ? s.value / spend : 0;
  };
  const atCap = solveAt(cap);
  if (roas(atCap) >= target) return atCap;
  const start = Math.max(sumLo, cap * 1e-6);
  const grid = Array.from({ length: 33 }, (_, k) => start + ((cap - start) * k) / 32);
  let lastPass = -1,
    bestRoas = 0,
    passing: BudgetSolution | null = null;
  for (let k = 0; k < grid.length; k++) {
    const s = solveAt(grid[k]);
    bestRoas = Math.max(bestRoas, roas(s));
    if (roas(s) >= target) {
      lastPass = k;
      passing = s;
    }
  }
  if (!passing) {
    throw new OptimizeError(
      "TARGET_UNREACHABLE",
      `target ROAS ${formatAmount(target)} is out of reach: the best the model predicts for any spend up to ${formatAmount(cap)} per week is ${formatAmount(bestRoas)}`,
    );
  }
  if (lastPass === grid.length - 1) return passing;
  let a = grid[lastPass],
    b = grid[lastPass + 1];
  for (let i = 0; i < 100 && b - a > tol * Math.max(cap, 1e-300); i++) {
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
  basis: "expected" | "point",
  curves: DrawCurves,
  held: boolean[],
): Omit<AllocationResult, "basis" | "current" | "gainVsCurrent" | "probBeatsCurrent" | "outsideData" | "extrapolate"> {
  const allocation: Record<string, number> = {};
  const marginalRoi: Record<string, number> = {};
  let revenue = 0,
    spend = 0;
  const perChannel: ChannelPlan[] = model.channels.map((c, i) => {
    const x = sol.x[i];
    const r = basis === "expected" ? expectedResponse(curves, i)(x) : hillResponse(c.saturation, x);
    const m = basis === "expected" ? expectedMarginal(curves, i, x) : hillDerivative(c.saturation, x);
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
      ...(c.dataMax !== undefined ? { dataMax: c.dataMax } : {}),
      outsideData: c.dataMax !== undefined && x > c.dataMax * (1 + 1e-9),
      held: held[i],
      identified: c.identified !== false,
    };
  });
  const interval = planInterval(model, allocation);
  // Optimality describes the optimizer's answer (sol.value), before any safeguard step toward the current mix.
  const achieved = sol.value;
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
