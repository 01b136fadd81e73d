import { describe, expect, it } from "vitest";
import { makeAltCase, trueOutcome } from "@/bench/alt/alt-case";
import { generateCase, scorePlan } from "@/bench/decisions";
import { fitMarketingMixModel } from "../mmm";
import { allocateBudget } from "./allocate-budget";

/**
 * The decision the Planner makes by default, judged under the truth on generated cases of the decision benchmark
 * (bench/README-decisions.md): fit with the engine's defaults (fewer generations and bootstrap replicates, to stay
 * fast), plan the historical weekly budget with allocateBudget's defaults, score the plan with the true curves.
 * "narrow-s" is issue 18's failure (the old plan moved the budget beyond the data and lost 79 % of the current mix's
 * media revenue), "headroom" has a 24 % gain on the table, "nulls" hides two channels with no effect.
 */
describe("the default plan is never worse than the current mix under the truth", () => {
  it.each(["narrow-s-156w-5ch", "headroom-concave-156w-4ch", "nulls-156w-6ch"])(
    "%s",
    (name) => {
      const g = generateCase(name);
      const fit = fitMarketingMixModel(g.mixInput, { seed: 1, iterations: 30, bootstrap: 40 });
      const plan = allocateBudget(fit.responseModel, { totalBudget: g.truth.budget, objective: "revenue" });
      const score = scorePlan(g.truth, plan.allocation);
      expect(score.lossVsCurrent).toBeLessThanOrEqual(1e-6);
      expect(plan.outsideData).toEqual([]);
      expect(score.spend).toBeCloseTo(g.truth.budget, 0);
    },
    60_000,
  );
});

/**
 * The same on bench:alt, the family written independently of lib/ (logistic and Michaelis–Menten curves our Hill model
 * cannot express, normalised and delayed adstock, unmodelled holidays; bench/README-alt.md). The seeds are cases where
 * the plan moves a long way: with these reduced settings it gains 26, 94 and 47 % of the current mix's true media
 * revenue, so a plan that moved in the wrong direction would show.
 */
describe("the default plan is never worse than the current mix on the independent family", () => {
  it.each([12, 29, 10])(
    "alt-%i",
    (seed) => {
      const c = makeAltCase(seed);
      const rows = c.csv
        .trim()
        .split("\n")
        .slice(1)
        .map((l) => l.split(","));
      const input = {
        dates: rows.map((r) => r[0]),
        kpi: rows.map((r) => Number(r[1])),
        kpiName: "kpi",
        media: c.channels.map((ch, i) => ({ name: ch.name, spend: rows.map((r) => Number(r[2 + i])) })),
        controls: [{ name: "price", values: rows.map((r) => Number(r[2 + c.channels.length])) }],
      };
      const fit = fitMarketingMixModel(input, { seed: 1, iterations: 30, bootstrap: 40 });
      const plan = allocateBudget(fit.responseModel, { totalBudget: c.budget, objective: "revenue" });
      const current = trueOutcome(c, Object.fromEntries(c.channels.map((ch) => [ch.name, ch.current])));
      expect(trueOutcome(c, plan.allocation)).toBeGreaterThanOrEqual(current * (1 - 1e-6));
      expect(plan.outsideData).toEqual([]);
      expect(Object.values(plan.allocation).reduce((a, b) => a + b, 0)).toBeCloseTo(c.budget, 0);
    },
    60_000,
  );
});
