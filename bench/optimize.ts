/**
 * Budget optimizer benchmark: `npm run bench:optimize`.
 *
 * For 6, 20 and 50 channels, unbounded and with ±50 % bounds, 4 random instances each (Hill curves
 * with alpha 0.5–3, so a mix of concave and S-shaped; plus an all-concave set with alpha 0.4–1, budgets 60–150 % of current, seeded through
 * lib/math/random.ts), it times allocateBudget (median of repeated runs after warm-up; the table
 * gives the median and the slowest instance)
 * and measures its revenue against an independent reference:
 *  - 6 channels: exhaustive grid over the budget simplex (step B/24, 118 755 splits), the best 8 grid
 *    points then polished by projected gradient, plus 30 random-start projected-gradient runs;
 *  - 20 / 50 channels: multi-start projected gradient (current split + random Dirichlet starts).
 * gap = (reference − ours) / reference; negative means the optimizer beat the reference.
 * "bound gap" is the optimizer's own certificate: (concave-envelope upper bound − revenue) / revenue.
 */
import { createRng, type Rng } from "../lib/math/random";
import type { ResponseModel } from "../lib/mmm/types";
import { allocateBudget, allocationCurve, predictPlan } from "../lib/optimize";
import { hillDerivative, hillResponse } from "../lib/math/response-curve";

type Scenario = {
  label: string;
  model: ResponseModel;
  budget: number;
  lo: number[];
  hi: number[];
  bounds?: Record<string, { minPct: number; maxPct: number }>;
};

function randomModel(n: number, rng: Rng, concaveOnly = false): ResponseModel {
  const channels = Array.from({ length: n }, (_, i) => {
    const gamma = 500 + 4500 * rng.next();
    const alpha = concaveOnly ? 0.4 + 0.6 * rng.next() : 0.5 + 2.5 * rng.next();
    return {
      name: `ch${String(i + 1).padStart(2, "0")}`,
      adstock: { type: "geometric" as const, theta: 0.2 + 0.6 * rng.next(), maxLag: 8 },
      saturation: { type: "hill" as const, alpha, gamma, beta: gamma * (1 + 4 * rng.next()) },
      meanWeeklySpend: gamma * (0.3 + 1.2 * rng.next()),
      spend: 0,
    };
  });
  channels.forEach((c) => (c.spend = c.meanWeeklySpend * 104));
  return { kpi: "revenue", weeks: 104, channels };
}

const revenueOf = (m: ResponseModel, x: ArrayLike<number>) => {
  let r = 0;
  for (let i = 0; i < x.length; i++) r += hillResponse(m.channels[i].saturation, x[i]);
  return r;
};

/** Projection onto { Σx = B, lo ≤ x ≤ hi }: x = clamp(v − τ), τ by bisection (the sum is monotone in τ). */
function projectCapped(v: number[], lo: number[], hi: number[], budget: number): number[] {
  const clampSum = (tau: number) => v.reduce((a, vi, i) => a + Math.min(hi[i], Math.max(lo[i], vi - tau)), 0);
  let a = Math.min(...v.map((vi, i) => vi - hi[i])) - 1,
    b = Math.max(...v.map((vi, i) => vi - lo[i])) + 1;
  for (let k = 0; k < 100; k++) {
    const m = 0.5 * (a + b);
    if (clampSum(m) > budget) a = m;
    else b = m;
  }
  const tau = 0.5 * (a + b);
  return v.map((vi, i) => Math.min(hi[i], Math.max(lo[i], vi - tau)));
}

/** Monotone projected gradient ascent (step grows on success, halves on failure). */
function projectedGradient(m: ResponseModel, s: Scenario, start: number[], iterations = 1500): number {
  let x = projectCapped(start, s.lo, s.hi, s.budget);
  let value = revenueOf(m, x);
  let step = s.budget / m.channels.length;
  for (let k = 0; k < iterations && step > 1e-12; k++) {
    const g = x.map((xi, i) => hillDerivative(m.channels[i].saturation, Math.max(xi, 1e-9 * m.channels[i].saturation.gamma)));
    const gMax = Math.max(...g.map(Math.abs), 1e-300);
    const y = projectCapped(
      x.map((xi, i) => xi + (step * g[i]) / gMax),
      s.lo,
      s.hi,
      s.budget,
    );
    const v = revenueOf(m, y);
    if (v > value) {
      x = y;
      value = v;
      step *= 1.3;
    } else step *= 0.5;
  }
  return value;
}

function dirichletStart(n: number, budget: number, rng: Rng): number[] {
  const e = Array.from({ length: n }, () => -Math.log(1 - rng.next()));
  const t = e.reduce((a, b) => a + b, 0);
  return e.map((v) => (budget * v) / t);
}

function gridReference(s: Scenario): { value: number; best: number[][] } {
  const n = s.model.channels.length,
    steps = 24;
  const top: { v: number; x: number[] }[] = [];
  const x = new Array<number>(n).fill(0);
  const rec = (i: number, left: number) => {
    if (i === n - 1) {
      x[i] = (left * s.budget) / steps;
      if (x.some((xi, k) => xi < s.lo[k] - 1e-9 || xi > s.hi[k] + 1e-9)) return;
      const v = revenueOf(s.model, x);
      if (top.length < 8 || v > top[top.length - 1].v) {
        top.push({ v, x: x.slice() });
        top.sort((a, b) => b.v - a.v);
        if (top.length > 8) top.pop();
      }
      return;
    }
    for (let k = 0; k <= left; k++) {
      x[i] = (k * s.budget) / steps;
      rec(i + 1, left - k);
    }
  };
  rec(0, steps);
  return { value: top.length ? top[0].v : -Infinity, best: top.map((t) => t.x) };
}

function reference(s: Scenario, rng: Rng): { value: number; method: string } {
  const n = s.model.channels.length;
  const current = s.model.channels.map((c) => c.meanWeeklySpend);
  const scale = s.budget / current.reduce((a, b) => a + b, 0);
  const starts = [current.map((c) => c * scale)];
  const nStarts = n <= 6 ? 20 : n <= 20 ? 20 : 10;
  for (let k = 0; k < nStarts; k++) starts.push(dirichletStart(n, s.budget, rng));
  let best = -Infinity;
  let method = `multi-start PG (${starts.length} starts)`;
  if (n <= 6) {
    const grid = gridReference(s);
    best = grid.value;
    starts.push(...grid.best);
    method = `grid B/24 + PG polish + ${nStarts + 1} PG starts`;
  }
  for (const st of starts) best = Math.max(best, projectedGradient(s.model, s, st));
  return { value: best, method };
}

function timeIt(fn: () => void, repeats: number): { median: number; p90: number } {
  for (let k = 0; k < 3; k++) fn();
  const t: number[] = [];
  for (let k = 0; k < repeats; k++) {
    const t0 = performance.now();
    fn();
    t.push(performance.now() - t0);
  }
  t.sort((a, b) => a - b);
  return { median: t[Math.floor(t.length / 2)], p90: t[Math.min(t.length - 1, Math.floor(t.length * 0.9))] };
}

const INSTANCES = 4;
const rng = createRng(20261122);
const rows: string[][] = [];
const header = ["channels", "bounds", "instances", "S-shaped", "median ms", "max ms", "worst gap vs ref", "reference", "max bound gap", "exact"];
let worstGap = -Infinity,
  time20 = 0;
for (const n of [6, 20, 50]) {
  for (const [bounded, concaveOnly] of [
    [false, false],
    [true, false],
    [false, true],
  ] as const) {
    const times: number[] = [];
    let gapMax = -Infinity,
      boundGapMax = 0,
      exact = 0,
      sShaped = 0,
      method = "";
    for (let inst = 0; inst < INSTANCES; inst++) {
      const model = randomModel(n, rng, concaveOnly);
      sShaped += model.channels.filter((c) => c.saturation.alpha > 1).length;
      // Budgets from 60 % to 150 % of current spend, so S-curves land on both sides of their thresholds.
      const budget = model.channels.reduce((a, c) => a + c.meanWeeklySpend, 0) * (0.6 + 0.3 * inst);
      const bounds = bounded ? Object.fromEntries(model.channels.map((c) => [c.name, { minPct: -50, maxPct: 50 }])) : undefined;
      const lo = model.channels.map((c) => (bounded ? 0.5 * c.meanWeeklySpend : 0));
      const hi = model.channels.map((c) => (bounded ? 1.5 * c.meanWeeklySpend : budget));
      if (bounded && (lo.reduce((a, b) => a + b, 0) > budget || hi.reduce((a, b) => a + b, 0) < budget)) continue;
      const s: Scenario = { label: `${n}`, model, budget, lo, hi, bounds };
      const options = { totalBudget: budget, objective: "revenue" as const, ...(bounds ? { bounds } : {}) };
      const result = allocateBudget(model, options);
      // A fresh copy per run so the tangent-point cache (keyed by curve object) starts cold, as for a newly loaded model.
      const timing = timeIt(() => allocateBudget(structuredClone(model), options), n <= 20 ? 15 : 7);
      times.push(timing.median);
      const ref = reference(s, createRng(n * 7 + inst + (bounded ? 100 : 0) + (concaveOnly ? 200 : 0)));
      method = ref.method;
      gapMax = Math.max(gapMax, (ref.value - result.predicted.revenue) / ref.value);
      boundGapMax = Math.max(boundGapMax, result.optimality.gap / result.predicted.revenue);
      if (result.optimality.kind === "exact") exact++;
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    worstGap = Math.max(worstGap, gapMax);
    if (n === 20) time20 = Math.max(time20, times[times.length - 1]);
    rows.push([
      String(n),
      (bounded ? "±50 %" : "none") + (concaveOnly ? ", all concave" : ""),
      String(times.length),
      `${sShaped}/${n * INSTANCES}`,
      median.toFixed(2),
      times[times.length - 1].toFixed(2),
      `${(100 * gapMax).toFixed(4)} %`,
      method,
      `${(100 * boundGapMax).toFixed(4)} %`,
      `${exact}/${times.length}`,
    ]);
  }
}

const widths = header.map((h, j) => Math.max(h.length, ...rows.map((r) => r[j].length)));
const line = (cells: string[]) => `| ${cells.map((c, j) => c.padEnd(widths[j])).join(" | ")} |`;
console.log(line(header));
console.log(`| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`);
rows.forEach((r) => console.log(line(r)));

// Secondary timings the Planner depends on.
const m20 = randomModel(20, createRng(5));
const curve = timeIt(() => allocationCurve(m20, { objective: "revenue" }), 5);
const m6 = randomModel(6, createRng(6));
const alloc6 = Object.fromEntries(m6.channels.map((c) => [c.name, c.meanWeeklySpend]));
const predict = timeIt(() => {
  for (let k = 0; k < 1000; k++) predictPlan(m6, alloc6, { margin: 0.4, revenuePerActivation: 50 });
}, 10);
console.log(`\nallocationCurve, 20 channels × 31 budgets: median ${curve.median.toFixed(1)} ms`);
console.log(`predictPlan, 6 channels: ${predict.median.toFixed(3)} µs per call`);
console.log(
  `\ntargets: 20 channels < 20 ms → ${time20 < 20 ? "met" : "MISSED"} (slowest instance ${time20.toFixed(2)} ms); gap < 0.1 % → ${worstGap < 1e-3 ? "met" : "MISSED"} (worst ${(100 * worstGap).toFixed(4)} %)`,
);
