import type { HillSaturation } from "../mmm/types";
import { buildConcaveEnvelope, envelopeSpendAt, envelopeValue } from "./concave-envelope";
import { equalizeMarginalReturns } from "./equalize-marginal-returns";
import { hillDerivative, hillResponse } from "../math/response-curve";
import { hillInflection } from "./response-curve";

export type BudgetSolution = {
  x: number[];
  lambda: number;
  iterations: number;
  /** Achieved objective: weekly revenue, or profit (margin·revenue − spend) for the profit mode. */
  value: number;
  /** Upper bound on the objective from the concave relaxation (equal to value when all curves are concave). */
  upperBound: number;
  /** True when the relaxation's optimum is attained (no channel stranded on an envelope segment), so value is the global optimum. */
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
const BRANCH_DEPTH = 2;
/** Depth to which the branched channel's convex part is also scanned (each scan is ~15–25 solves). */
const SCAN_DEPTH = 1;

/**
 * Maximum weekly revenue for a budget spent in full.
 *
 * Concave curves: the λ-bisection of equalizeMarginalReturns is exact.
 * S-shaped curves (alpha > 1): the relaxation over concave envelopes is solved exactly first; its
 * optimum is an upper bound on the true optimum. Only channels whose envelope slope equals λ* can
 * end up strictly inside a linear envelope segment ("stranded"; generically one), where the true
 * curve lies below the envelope. For the most stranded channel the real choices are tried — keep
 * it at its minimum, or restrict it to the concave part past its inflection (each sub-problem
 * solved the same way, branching to depth BRANCH_DEPTH, one branch beyond) — and, at the top level,
 * a 1-D scan of a spend inside its convex part (scanConvexPart), since a true optimum may leave one
 * channel there (the second-order condition allows at most one). The best true plan is then
 * polished within its piece pattern, and the two S-curves left at their minimum whose envelope
 * slope is nearest λ are scanned too (polishWithinPieces). The best true plan wins.
 *
 * Guarantee: when no channel is stranded, the plan attains the relaxation's bound and is the global
 * optimum (reported as optimality "exact"). Otherwise the plan is within upperBound − value of the
 * global optimum (reported as optimality "certified" with that gap); the true gap is usually far
 * smaller than the bound (0 against grid search and multi-start projected gradient in the bench).
 */
export function maximizeRevenue(problem: BudgetProblem): BudgetSolution {
  // roundStranded's first solve is the relaxation of the full problem, so its upperBound is the certificate.
  let best = roundStranded(problem, 0);
  if (!best.concave) {
    const polished = polishWithinPieces(problem, best.x);
    if (polished.value > best.value) best = { ...polished, iterations: best.iterations + polished.iterations, upperBound: best.upperBound };
  }
  return { ...best, upperBound: Math.max(best.upperBound, best.value) };
}

function roundStranded(problem: BudgetProblem, depth: number, lambdaHint?: number): BudgetSolution {
  const { saturations, lo, hi, budget } = problem;
  const sol = equalizeMarginalReturns(saturations, lo, effectiveHi(lo, hi, budget), budget, lambdaHint);
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
  // If the whole range lies below the inflection (the envelope is a chord), "past the inflection" means the upper bound.
  onLo[j] = Math.min(hi[j], Math.max(lo[j], hillInflection(saturations[j])));
  if (onLo.reduce((a, b) => a + b, 0) <= budget) candidates.push({ saturations, lo: onLo, hi, budget });
  // Every other channel already at its max and the off branch cannot absorb the budget: keep the split as is.
  const feasible = candidates.filter((c) => c.hi.reduce((a, b) => a + b, 0) >= budget * (1 - 1e-12));
  if (feasible.length === 0) return here;
  let best: BudgetSolution | null = null;
  let iterations = sol.iterations;
  for (const c of feasible) {
    const r = roundStranded(c, depth + 1, sol.lambda);
    iterations += r.iterations;
    if (!best || r.value > best.value) best = r;
    // Past the depth cap follow one branch only, so pathological ties cannot blow up to 2^n solves.
    if (depth >= BRANCH_DEPTH) break;
  }
  let chosen = best && best.value >= here.value ? best : here;
  if (depth < SCAN_DEPTH) {
    const scanned = scanConvexPart(problem, j);
    iterations += scanned.iterations;
    if (scanned.value > chosen.value) chosen = scanned;
  }
  return { ...chosen, iterations, upperBound: sol.upperBound, concave: false };
}

/**
 * The third choice for the branched channel j: a spend inside its convex part [lo, inflection].
 * A true optimum may put one channel there (the second-order condition allows at most one), so
 * V(t) = f_j(t) + best revenue of the others with budget − t is maximised over t by a coarse scan
 * and a root search on V'(t) next to the best scan point (the others re-solved each time).
 */
function scanConvexPart(problem: BudgetProblem, j: number): BudgetSolution {
  const { saturations, lo, hi, budget } = problem;
  // Summed without j (not total − hi[j]): ∞ − ∞ would be NaN for unbounded channels.
  const othersLo = lo.reduce((acc, v, i) => (i === j ? acc : acc + v), 0);
  const othersHi = hi.reduce((acc, v, i) => (i === j ? acc : acc + v), 0);
  const from = Math.max(lo[j], budget - othersHi);
  const to = Math.min(hi[j], hillInflection(saturations[j]), budget - othersLo);
  let iterations = 0;
  let best: BudgetSolution = { x: [], lambda: 0, iterations: 0, value: -Infinity, upperBound: Infinity, concave: false };
  if (!(to > from)) return best;
  // V(t) and its slope V'(t) = f_j'(t) − λ_others(budget − t) (envelope theorem: the others'
  // multiplier is the marginal value of the budget they receive).
  const othersMarginalAtMin = Math.max(
    0,
    ...saturations.map((sat, i) => (i === j || hi[i] <= lo[i] ? 0 : buildConcaveEnvelope(sat, lo[i], Math.min(hi[i], lo[i] + budget)).slope)),
  );
  let lastLambda: number | undefined;
  const evaluate = (t: number): { v: number; d: number } => {
    const l = lo.slice(),
      h = hi.slice();
    l[j] = t;
    h[j] = t;
    const sol = equalizeMarginalReturns(saturations, l, effectiveHi(l, h, budget), budget, lastLambda);
    iterations += sol.iterations;
    if (sol.lambda > 0 && Number.isFinite(sol.lambda)) lastLambda = sol.lambda;
    const v = totalResponse(saturations, sol.x);
    if (v > best.value) best = { x: sol.x, lambda: sol.lambda, iterations: 0, value: v, upperBound: Infinity, concave: false };
    // With nothing left for the others their multiplier is the best marginal return at their minimums.
    const lambda = budget - t - othersLo <= 1e-12 * budget ? othersMarginalAtMin : sol.lambda;
    return { v, d: hillDerivative(saturations[j], t) - lambda };
  };
  const points = 6;
  const grid = Array.from({ length: points + 1 }, (_, k) => from + ((to - from) * k) / points);
  const vals = grid.map(evaluate);
  let bestK = 0;
  vals.forEach((p, k) => {
    if (p.v > vals[bestK].v) bestK = k;
  });
  // Refine on whichever neighbouring interval brackets a local maximum (V' from + to −): Illinois
  // on V', which converges in a handful of solves; a golden-section search is the fallback.
  let refined = false;
  for (const [ka, kb] of [
    [bestK - 1, bestK],
    [bestK, bestK + 1],
  ]) {
    if (ka < 0 || kb > points) continue;
    let a = grid[ka],
      b = grid[kb],
      da = vals[ka].d,
      db = vals[kb].d;
    if (!(da > 0 && db < 0)) continue;
    refined = true;
    let side = 0;
    for (let k = 0; k < 40 && b - a > 1e-12 * Math.max(1, b); k++) {
      let t = a + (da / (da - db)) * (b - a);
      if (!(t > a && t < b) || k % 5 === 4) t = 0.5 * (a + b);
      const p = evaluate(t);
      if (Math.abs(p.d) <= 1e-13 * Math.max(1, Math.abs(p.d) + Math.abs(da))) break;
      if (p.d > 0) {
        a = t;
        da = p.d;
        if (side === 1) db *= 0.5;
        side = 1;
      } else {
        b = t;
        db = p.d;
        if (side === -1) da *= 0.5;
        side = -1;
      }
    }
  }
  if (!refined) {
    let a = grid[Math.max(0, bestK - 1)],
      b = grid[Math.min(points, bestK + 1)];
    const phi = (Math.sqrt(5) - 1) / 2;
    let c = b - phi * (b - a),
      d = a + phi * (b - a);
    let fc = evaluate(c).v,
      fd = evaluate(d).v;
    for (let k = 0; k < 30 && b - a > 1e-10 * Math.max(1, b); k++) {
      if (fc >= fd) {
        [b, d, fd] = [d, c, fc];
        c = b - phi * (b - a);
        fc = evaluate(c).v;
      } else {
        [a, c, fc] = [c, d, fd];
        d = a + phi * (b - a);
        fd = evaluate(d).v;
      }
    }
  }
  return { ...best, iterations };
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

/**
 * Local polish of a plan for S-shaped curves. Each S-shaped channel is kept on the piece of its
 * curve it sits on — at its minimum, or past its inflection (a concave piece) — which makes the
 * rest an exact concave problem. If one channel sits inside its convex part, its spend t is
 * scanned as in scanConvexPart with everyone else re-optimised on their pieces, so the answer is the
 * best plan with that piece pattern (the pattern the branching chose), not just the first one found.
 */
function polishWithinPieces(problem: BudgetProblem, x: number[]): BudgetSolution {
  const { saturations, budget } = problem;
  const lo = problem.lo.slice(),
    hi = problem.hi.slice();
  let convex = -1;
  saturations.forEach((s, i) => {
    const inflection = hillInflection(s);
    if (inflection <= lo[i]) return;
    const tol = 1e-9 * Math.max(1, inflection);
    if (x[i] <= lo[i] + tol) hi[i] = lo[i];
    else if (x[i] >= inflection - tol) lo[i] = Math.min(hi[i], inflection);
    else if (convex < 0 || x[i] - lo[i] > x[convex] - lo[convex]) convex = i;
  });
  // Any second convex-part channel is pinned where it is (the second-order condition rules out two).
  saturations.forEach((_, i) => {
    if (i !== convex && lo[i] < hi[i] && hillInflection(saturations[i]) > lo[i] && x[i] > lo[i] && x[i] < hillInflection(saturations[i])) {
      lo[i] = x[i];
      hi[i] = x[i];
    }
  });
  if (lo.reduce((a, b) => a + b, 0) > budget || hi.reduce((a, b) => a + b, 0) < budget) {
    return { x, lambda: 0, iterations: 0, value: -Infinity, upperBound: Infinity, concave: false };
  }
  let best: BudgetSolution;
  if (convex < 0) {
    const sol = equalizeMarginalReturns(saturations, lo, effectiveHi(lo, hi, budget), budget);
    best = { x: sol.x, lambda: sol.lambda, iterations: sol.iterations, value: totalResponse(saturations, sol.x), upperBound: Infinity, concave: false };
  } else {
    best = scanConvexPart({ saturations, lo, hi, budget }, convex);
  }
  if (convex >= 0) return best;
  // Near misses: S-shaped channels left at their minimum whose envelope slope is closest to the
  // common λ may be worth switching on part-way into their convex part, which no branch tried.
  // Scanning the two most promising keeps the polish to a bounded number of solves.
  const lambda = best.lambda > 0 && Number.isFinite(best.lambda) ? best.lambda : 1;
  const nearMisses = saturations
    .map((sat, i) => ({
      i,
      slope:
        hi[i] === lo[i] && problem.hi[i] > lo[i] && hillInflection(sat) > lo[i]
          ? buildConcaveEnvelope(sat, lo[i], Math.min(problem.hi[i], lo[i] + budget)).slope
          : -Infinity,
    }))
    .filter((c) => c.slope > 0)
    .sort((a, b) => Math.abs(Math.log(a.slope / lambda)) - Math.abs(Math.log(b.slope / lambda)))
    .slice(0, 2);
  let iterations = best.iterations;
  for (const { i } of nearMisses) {
    const h = hi.slice();
    h[i] = problem.hi[i];
    const r = scanConvexPart({ saturations, lo, hi: h, budget }, i);
    iterations += r.iterations;
    if (r.value > best.value) best = r;
  }
  return { ...best, iterations };
}
