import { describe, expect, it } from "vitest";
import { createRng } from "../math/random";
import { differentialEvolution } from "./differential-evolution";
import { nonDominatedSort } from "./pareto-front";

// Map the unit cube to [-5, 5]^d.
const toBox = (x: Float64Array) => Array.from(x, (v) => -5 + 10 * v);

describe("differentialEvolution", () => {
  it("finds the minimum of the 5-d sphere (0 at the origin)", () => {
    const best = differentialEvolution((x) => [toBox(x).reduce((s, v) => s + v * v, 0)], {
      dim: 5,
      populationSize: 30,
      generations: 300,
      rng: createRng(1),
    })[0];
    expect(best.f[0]).toBeLessThan(1e-8);
    toBox(best.x).forEach((v) => expect(Math.abs(v)).toBeLessThan(1e-3));
  });

  it("finds the minimum of the 2-d Rosenbrock function at (1, 1)", () => {
    const rosen = (x: Float64Array) => {
      const [a, b] = toBox(x);
      return [100 * (b - a * a) ** 2 + (1 - a) ** 2];
    };
    const best = differentialEvolution(rosen, { dim: 2, populationSize: 20, generations: 400, rng: createRng(2) })[0];
    const [a, b] = toBox(best.x);
    expect(a).toBeCloseTo(1, 3);
    expect(b).toBeCloseTo(1, 3);
  });

  it("spreads a bi-objective population over the Pareto set of Schaffer's problem (x ∈ [0, 2])", () => {
    // f1 = x², f2 = (x − 2)² on [-5, 5]: Pareto-optimal exactly for x in [0, 2].
    const pop = differentialEvolution(
      (x) => {
        const v = -5 + 10 * x[0];
        return [v * v, (v - 2) ** 2];
      },
      { dim: 1, populationSize: 20, generations: 100, rng: createRng(3) },
    );
    const xs = pop.map((p) => -5 + 10 * p.x[0]);
    xs.forEach((v) => {
      expect(v).toBeGreaterThan(-0.02);
      expect(v).toBeLessThan(2.02);
    });
    expect(Math.min(...xs)).toBeLessThan(0.1);
    expect(Math.max(...xs)).toBeGreaterThan(1.9);
    expect(nonDominatedSort(pop.map((p) => p.f))[0].length).toBe(pop.length);
  });
});
