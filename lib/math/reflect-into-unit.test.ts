import { describe, expect, it } from "vitest";
import { createRng } from "./random";
import { reflectIntoUnit } from "./reflect-into-unit";

describe("reflectIntoUnit", () => {
  it.each([
    [0.3, 0.3],
    [0, 0],
    [1, 1],
    [-0.1, 0.1],
    [1.2, 0.8],
    [2.3, 0.3],
    [-1.25, 0.75],
  ])("folds %f to %f", (v, expected) => expect(reflectIntoUnit(v)).toBeCloseTo(expected, 12));

  it("refuses a non-finite value", () => expect(() => reflectIntoUnit(Number.NaN)).toThrow(/not a finite number/));

  it("keeps a random walk on a flat target uniform over [0, 1], where clamping piles it up at the walls", () => {
    // A flat target accepts every move: the walk's share of time in the outer 5 % on each side should be 10 %.
    const walk = (fold: (v: number) => number) => {
      const rng = createRng(7);
      let x = 0.5,
        edge = 0;
      const steps = 200_000;
      for (let s = 0; s < steps; s++) {
        x = fold(x + 0.12 * rng.normal());
        if (x < 0.05 || x > 0.95) edge++;
      }
      return edge / steps;
    };
    expect(walk(reflectIntoUnit)).toBeGreaterThan(0.09);
    expect(walk(reflectIntoUnit)).toBeLessThan(0.11);
    expect(walk((v) => Math.min(1, Math.max(0, v)))).toBeGreaterThan(0.15);
  });
});
