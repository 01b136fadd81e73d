import { describe, expect, it } from "vitest";
import type { ResponseModel } from "../mmm/types";
import { createRng } from "../math/random";
import { allocateBudget } from "./allocate-budget";
import { OptimizeError } from "./optimize-error";
import { hillResponse } from "../math/response-curve";
import { channel, concaveModel, model, sShapedModel, strandingModel } from "./test-models";

/** Relative tolerance for "equal to the grid optimum": the grid step limits how close it can get. */
const GRID_REL_TOL = 1e-6;

const revenueOf = (m: ResponseModel, x: number[]) => x.reduce((a, xi, i) => a + hillResponse(m.channels[i].saturation, xi), 0);

/**
 * Brute force: best revenue over a grid of splits of the budget (2 or 3 channels), refined twice
 * around the best cell so the grid optimum is accurate to ~1e-9 of the budget.
 */
function gridBest(m: ResponseModel, budget: number, lo: number[], hi: number[]): number {
  const n = m.channels.length;
  let centre = lo.map((l, i) => Math.min(hi[i], l));
  let width = budget;
  let best = -Infinity;
  for (let round = 0; round < 4; round++) {
    const steps = n === 2 ? 4000 : 400;
    const a0 = n === 2 ? Math.max(lo[0], centre[0] - width) : Math.max(lo[0], centre[0] - width);
    const a1 = Math.min(hi[0], centre[0] + width);
    let bestX = centre;
    for (let s = 0; s <= steps; s++) {
      const x0 = a0 + ((a1 - a0) * s) / steps;
      if (n === 2) {
        const x1 = budget - x0;
        if (x1 < lo[1] - 1e-9 || x1 > hi[1] + 1e-9) continue;
        const v = revenueOf(m, [x0, x1]);
        if (v > best) [best, bestX] = [v, [x0, x1]];
      } else {
        const b0 = Math.max(lo[1], centre[1] - width),
          b1 = Math.min(hi[1], centre[1] + width);
        for (let t = 0; t <= steps; t++) {
          const x1 = b0 + ((b1 - b0) * t) / steps;
          const x2 = budget - x0 - x1;
          if (x2 < lo[2] - 1e-9 || x2 > hi[2] + 1e-9) continue;
          const v = revenueOf(m, [x0, x1, x2]);
          if (v > best) [best, bestX] = [v, [x0, x1, x2]];
        }
      }
    }
    centre = bestX;
    width = (4 * width) / steps;
  }
  return best;
}

describe("allocateBudget — optimality against brute-force grid search", () => {
  const rng = createRng(20261122);
  const cases: { label: string; m: ResponseModel; budget: number; lo: number[]; hi: number[] }[] = [];
  for (let k = 0; k < 12; k++) {
    const n = k % 2 === 0 ? 2 : 3;
    const sShaped = k >= 6;
    const chans = Array.from({ length: n }, (_, i) =>
      channel(`c${i}`, sShaped && i > 0 ? 1.5 + 2 * rng.next() : 0.4 + 0.6 * rng.next(), 500 + 3000 * rng.next(), 2000 + 8000 * rng.next(), 1000),
    );
    const budget = 1000 + 5000 * rng.next();
    const withBounds = k % 3 === 0;
    const lo = chans.map(() => (withBounds ? budget * 0.1 : 0));
    const hi = chans.map(() => (withBounds ? budget * 0.7 : Infinity));
    cases.push({ label: `${n} channels, ${sShaped ? "S-shaped" : "concave"}${withBounds ? ", bounded" : ""} #${k}`, m: model(chans), budget, lo, hi });
  }
  // Budgets where the relaxation strands tv or radio on a linear envelope segment, so the
  // off / past-inflection rounding decides the answer.
  for (const budget of [2500, 9000, 15_000]) {
    cases.push({ label: `sShapedModel at ${budget}`, m: sShapedModel, budget, lo: [0, 0, 0], hi: [Infinity, Infinity, Infinity] });
  }
  for (const budget of [6000, 6500, 7000]) {
    cases.push({ label: `strandingModel at ${budget}`, m: strandingModel, budget, lo: [0, 0, 0], hi: [Infinity, Infinity, Infinity] });
  }

  it.each(cases)("$label: revenue equals the grid optimum", ({ m, budget, lo, hi }) => {
    const bounds = Object.fromEntries(m.channels.map((c, i) => [c.name, { min: lo[i], ...(Number.isFinite(hi[i]) ? { max: hi[i] } : {}) }]));
    const r = allocateBudget(m, { totalBudget: budget, objective: "revenue", bounds });
    const grid = gridBest(
      m,
      budget,
      lo,
      hi.map((h) => Math.min(h, budget)),
    );
    expect(r.predicted.spend).toBeCloseTo(budget, 6);
    // Never worse than the grid, and the grid never finds more.
    expect(r.predicted.revenue).toBeGreaterThanOrEqual(grid * (1 - GRID_REL_TOL));
    expect(r.optimality.upperBound).toBeGreaterThanOrEqual(grid * (1 - 1e-9));
    r.perChannel.forEach((p) => {
      expect(p.spend).toBeGreaterThanOrEqual(p.min - 1e-9);
      expect(p.spend).toBeLessThanOrEqual(p.max + 1e-9);
    });
  });

  it("S-shaped: when the relaxation strands a channel, reports a certified (positive) gap that is small", () => {
    const r = allocateBudget(strandingModel, { totalBudget: 6500, objective: "revenue" });
    expect(r.optimality.kind).toBe("certified");
    expect(r.optimality.gap).toBeGreaterThan(0);
    expect(r.optimality.gap / r.predicted.revenue).toBeLessThan(1e-3);
    // tv ends on the concave side of its inflection with the common marginal return.
    expect(r.marginalRoi.tv / r.lambda).toBeCloseTo(1, 6);
  });

  it("reports an exact optimum (zero gap) when every curve is concave", () => {
    const r = allocateBudget(concaveModel, { totalBudget: 4000, objective: "revenue" });
    expect(r.optimality.kind).toBe("exact");
    expect(r.optimality.gap).toBeLessThan(1e-6 * r.predicted.revenue);
  });
});

describe("allocateBudget — KKT conditions", () => {
  it.each([
    ["concave", concaveModel, 4000],
    ["S-shaped", sShapedModel, 9000],
  ] as const)("%s: interior channels share one marginal return; bound channels sit on the right side of it", (_, m, budget) => {
    const r = allocateBudget(m, { totalBudget: budget, objective: "revenue", bounds: { [m.channels[2].name]: { max: 300 } } });
    const interior = r.perChannel.filter((p) => p.status === "interior");
    expect(interior.length).toBeGreaterThanOrEqual(2);
    for (const p of interior) expect(p.marginalRoi / r.lambda).toBeCloseTo(1, 6);
    for (const p of r.perChannel.filter((q) => q.status === "at-max")) expect(p.marginalRoi).toBeGreaterThanOrEqual(r.lambda * (1 - 1e-9));
    for (const p of r.perChannel.filter((q) => q.status === "at-min")) expect(p.marginalRoi).toBeLessThanOrEqual(r.lambda * (1 + 1e-9));
  });
});

describe("allocateBudget — constraints", () => {
  it("respects absolute bounds and makes them binding", () => {
    const free = allocateBudget(concaveModel, { totalBudget: 4000, objective: "revenue" });
    const cap = free.allocation.search * 0.5;
    const r = allocateBudget(concaveModel, { totalBudget: 4000, objective: "revenue", bounds: { search: { max: cap }, display: { min: 1200 } } });
    expect(r.allocation.search).toBeCloseTo(cap, 6);
    expect(r.allocation.display).toBeGreaterThanOrEqual(1200 - 1e-9);
    expect(r.perChannel.find((p) => p.channel === "search")!.status).toBe("at-max");
    expect(r.predicted.revenue).toBeLessThan(free.predicted.revenue);
  });

  it("interprets minPct/maxPct as ± % of current weekly spend", () => {
    const r = allocateBudget(concaveModel, {
      totalBudget: 3100,
      objective: "revenue",
      bounds: { search: { minPct: -10, maxPct: 10 }, social: { maxPct: -50 } },
    });
    expect(r.allocation.search).toBeGreaterThanOrEqual(1350 - 1e-6);
    expect(r.allocation.search).toBeLessThanOrEqual(1650 + 1e-6);
    expect(r.allocation.social).toBeLessThanOrEqual(500 + 1e-6);
  });

  it("keeps locked channels at their value and optimises the rest of the budget", () => {
    const r = allocateBudget(concaveModel, { totalBudget: 4000, objective: "revenue", locked: { social: 2500 } });
    expect(r.allocation.social).toBe(2500);
    expect(r.perChannel.find((p) => p.channel === "social")!.status).toBe("locked");
    expect(r.allocation.search + r.allocation.display).toBeCloseTo(1500, 6);
    expect(r.marginalRoi.search / r.marginalRoi.display).toBeCloseTo(1, 6);
  });
});

describe("allocateBudget — profit objective", () => {
  it("stops spending where margin × marginal revenue falls to 1, leaving budget unspent", () => {
    // At margin 0.25 social (alpha = 1, f'(0) = beta/gamma = 3.33) never pays: 0.25 × 3.33 < 1.
    const margin = 0.25;
    const r = allocateBudget(concaveModel, { totalBudget: 100_000, objective: "profit", margin });
    expect(r.predicted.spend).toBeLessThan(100_000);
    expect(r.allocation.social).toBe(0);
    for (const p of r.perChannel.filter((q) => q.status === "interior")) expect(margin * p.marginalRoi).toBeCloseTo(1, 6);
    for (const p of r.perChannel.filter((q) => q.status === "at-min")) expect(margin * p.marginalRoi).toBeLessThan(1);
    // One more unit of spend anywhere loses profit; one less also loses profit.
    for (const c of concaveModel.channels) {
      for (const d of [-1, 1]) {
        const x = concaveModel.channels.map((k) => Math.max(0, r.allocation[k.name] + (k.name === c.name ? d : 0)));
        expect(margin * revenueOf(concaveModel, x) - x.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(r.predicted.profit + 1e-9);
      }
    }
  });

  it("spends the whole budget when every channel still pays at the cap", () => {
    const r = allocateBudget(concaveModel, { totalBudget: 500, objective: "profit", margin: 1 });
    expect(r.predicted.spend).toBeCloseTo(500, 6);
    expect(r.lambda).toBeGreaterThan(1);
  });

  it("spends nothing on a channel that never pays back (S-shaped with margin too low)", () => {
    const m = model([channel("good", 0.8, 1000, 10_000, 800), channel("weak", 2.5, 5000, 3000, 800)]);
    const r = allocateBudget(m, { totalBudget: 50_000, objective: "profit", margin: 1 });
    expect(r.allocation.weak).toBe(0);
    expect(r.allocation.good).toBeGreaterThan(0);
  });
});

describe("allocateBudget — target objectives", () => {
  it("target-revenue reaches the target at the least spend", () => {
    const target = 9000;
    const r = allocateBudget(concaveModel, { totalBudget: 50_000, objective: "target-revenue", target });
    expect(r.predicted.revenue).toBeGreaterThanOrEqual(target);
    expect(r.predicted.revenue / target).toBeCloseTo(1, 6);
    // A slightly smaller budget, optimally split, falls short.
    const less = allocateBudget(concaveModel, { totalBudget: r.predicted.spend * 0.999, objective: "revenue" });
    expect(less.predicted.revenue).toBeLessThan(target);
  });

  it("target-roas keeps revenue/spend at the target with the most spend", () => {
    const r = allocateBudget(concaveModel, { totalBudget: 50_000, objective: "target-roas", target: 2 });
    expect(r.predicted.roi).toBeGreaterThanOrEqual(2);
    expect(r.predicted.roi).toBeCloseTo(2, 6);
    const more = allocateBudget(concaveModel, { totalBudget: r.predicted.spend * 1.01, objective: "revenue" });
    expect(more.predicted.roi).toBeLessThan(2);
  });
});

describe("allocateBudget — infeasible inputs throw OptimizeError with a clear message", () => {
  const cases: [string, Parameters<typeof allocateBudget>[1], string, RegExp][] = [
    ["negative budget", { totalBudget: -5, objective: "revenue" }, "INVALID_BUDGET", /must not be negative/],
    ["NaN budget", { totalBudget: Number.NaN, objective: "revenue" }, "INVALID_BUDGET", /finite number/],
    [
      "sum of minimums > budget",
      { totalBudget: 1000, objective: "revenue", bounds: { search: { min: 600 }, social: { min: 600 } } },
      "MIN_EXCEEDS_BUDGET",
      /minimums total 1200.*budget of 1000/,
    ],
    [
      "sum of maximums < budget",
      { totalBudget: 5000, objective: "revenue", bounds: { search: { max: 1000 }, social: { max: 1000 }, display: { max: 1000 } } },
      "MAX_BELOW_BUDGET",
      /maximums total 3000.*budget of 5000/,
    ],
    [
      "locked total > budget",
      { totalBudget: 1000, objective: "revenue", locked: { search: 800, social: 700 } },
      "LOCKED_EXCEEDS_BUDGET",
      /locked channels total 1500/,
    ],
    ["unknown channel in bounds", { totalBudget: 1000, objective: "revenue", bounds: { tiktok: { max: 5 } } }, "UNKNOWN_CHANNEL", /unknown channel "tiktok"/],
    ["unknown channel in locks", { totalBudget: 1000, objective: "revenue", locked: { tiktok: 5 } }, "UNKNOWN_CHANNEL", /unknown channel "tiktok"/],
    ["crossed bounds", { totalBudget: 1000, objective: "revenue", bounds: { search: { min: 500, max: 100 } } }, "INVALID_BOUNDS", /cross/],
    ["target unreachable", { totalBudget: 2000, objective: "target-revenue", target: 1e9 }, "TARGET_UNREACHABLE", /out of reach/],
    ["ROAS target unreachable", { totalBudget: 2000, objective: "target-roas", target: 1e6 }, "TARGET_UNREACHABLE", /out of reach/],
    ["missing target", { totalBudget: 2000, objective: "target-revenue" }, "INVALID_OPTION", /needs a positive target/],
    ["bad margin", { totalBudget: 2000, objective: "profit", margin: 0 }, "INVALID_OPTION", /margin/],
  ];
  it.each(cases)("%s", (_, options, code, message) => {
    let caught: unknown;
    try {
      allocateBudget(concaveModel, options);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(OptimizeError);
    expect((caught as OptimizeError).code).toBe(code);
    expect((caught as OptimizeError).message).toMatch(message);
  });

  it("rejects a model with a non-positive Hill gamma instead of returning NaN", () => {
    const bad = model([channel("a", 1, 0, 100, 10)]);
    expect(() => allocateBudget(bad, { totalBudget: 10, objective: "revenue" })).toThrow(/gamma must be a positive number/);
  });

  it("a zero budget gives a zero plan, not NaN", () => {
    const r = allocateBudget(concaveModel, { totalBudget: 0, objective: "revenue" });
    expect(r.predicted).toMatchObject({ revenue: 0, spend: 0, roi: 0 });
    expect(Object.values(r.allocation).every((v) => v === 0)).toBe(true);
  });
});

describe("allocateBudget — intervals from bootstrap draws", () => {
  it("brackets the point revenue with the draws' 5–95 % range", () => {
    const scale = (f: number) => concaveModel.channels.map((c) => ({ ...c, saturation: { ...c.saturation, beta: c.saturation.beta * f } }));
    const m = model(
      concaveModel.channels,
      Array.from({ length: 21 }, (_, k) => scale(0.8 + 0.02 * k)),
    );
    const r = allocateBudget(m, { totalBudget: 4000, objective: "revenue" });
    expect(r.predicted.low!).toBeLessThan(r.predicted.revenue);
    expect(r.predicted.high!).toBeGreaterThan(r.predicted.revenue);
  });
});

describe("allocateBudget — S-shaped curves against a fine grid, many random instances", () => {
  /** Best split of the budget between 2 channels on a 20 000-step grid, refined around the best cell. */
  function pairGrid(m: ResponseModel, budget: number): number {
    let best = -Infinity,
      bestX = 0,
      from = 0,
      to = budget;
    for (let round = 0; round < 3; round++) {
      const steps = 20_000;
      for (let i = 0; i <= steps; i++) {
        const x = from + ((to - from) * i) / steps;
        const v = revenueOf(m, [budget - x, x]);
        if (v > best) [best, bestX] = [v, x];
      }
      const w = (to - from) / steps;
      [from, to] = [Math.max(0, bestX - w), Math.min(budget, bestX + w)];
    }
    return best;
  }

  it("never falls short of the grid optimum by more than 1e-7 (300 concave + S-shaped pairs)", () => {
    const rng = createRng(99);
    let worst = -Infinity;
    for (let k = 0; k < 300; k++) {
      const a = channel("a", 0.5 + 0.5 * rng.next(), 200 + 2000 * rng.next(), 1000 + 9000 * rng.next(), 1000);
      const b = channel("b", 1.5 + 2 * rng.next(), 1000 + 4000 * rng.next(), 1000 + 20_000 * rng.next(), 1000);
      const m = model([a, b]);
      const budget = 500 + 6000 * rng.next();
      const grid = pairGrid(m, budget);
      const r = allocateBudget(m, { totalBudget: budget, objective: "revenue" });
      worst = Math.max(worst, (grid - r.predicted.revenue) / grid);
      expect(r.optimality.upperBound).toBeGreaterThanOrEqual(grid * (1 - 1e-9));
    }
    expect(worst).toBeLessThan(1e-7);
  });

  it("never falls short of the grid optimum by more than 1e-6 (40 triples with two S-shaped channels)", () => {
    const rng = createRng(7);
    for (let k = 0; k < 40; k++) {
      const m = model([
        channel("a", 0.5 + 0.5 * rng.next(), 200 + 2000 * rng.next(), 1000 + 9000 * rng.next(), 1000),
        channel("b", 1.5 + 2 * rng.next(), 1000 + 4000 * rng.next(), 1000 + 20_000 * rng.next(), 1000),
        channel("c", 1.5 + 2 * rng.next(), 1000 + 4000 * rng.next(), 1000 + 20_000 * rng.next(), 1000),
      ]);
      const budget = 500 + 8000 * rng.next();
      const grid = gridBest(m, budget, [0, 0, 0], [budget, budget, budget]);
      const r = allocateBudget(m, { totalBudget: budget, objective: "revenue" });
      expect(r.predicted.revenue, `instance ${k}`).toBeGreaterThanOrEqual(grid * (1 - 1e-6));
    }
  });
});
