import { describe, expect, it } from "vitest";
import { allocateBudget } from "./allocate-budget";
import { drawCurves, drawResponse } from "./draw-curves";
import { NATIONAL_SHAPE_STRESS } from "../mmm/draw-shape-stress";
import { shapeStressedCurves } from "./shape-stress";
import { channel, model } from "./test-models";

describe("shapeStressedCurves", () => {
  // 40 identical draws of two Hill curves; the reference (current) spend is 100 on a and 400 on b.
  const draws = Array.from({ length: 40 }, () => [channel("a", 1, 200, 1000, 100), channel("b", 2, 300, 500, 400)]);
  const curves = drawCurves(model(draws[0], draws));

  it("keeps every draw's response at the reference spend and moves its slope α", () => {
    const stressed = shapeStressedCurves(curves, [100, 400], 0.3);
    let moved = 0;
    for (let c = 0; c < 2; c++)
      for (let d = 0; d < curves.draws; d++) {
        const x0 = c === 0 ? 100 : 400;
        expect(drawResponse(stressed, c, d, x0)).toBeCloseTo(drawResponse(curves, c, d, x0), 9);
        expect(Math.exp(stressed.logGamma[c][d])).toBeCloseTo(Math.exp(curves.logGamma[c][d]), 9);
        if (Math.abs(stressed.alpha[c][d] / curves.alpha[c][d] - 1) > 1e-6) moved++;
        // Away from x0 the curves differ: that is the point.
      }
    expect(moved).toBe(80);
    // ln α' − ln α over the 80 perturbations: mean ≈ 0, sd ≈ σ = 0.3 (80 normal draws: within ±0.1).
    const z = stressed.alpha.flatMap((a, c) => Array.from(a, (v, d) => Math.log(v / curves.alpha[c][d])));
    const mean = z.reduce((s, v) => s + v, 0) / z.length;
    const sd = Math.sqrt(z.reduce((s, v) => s + (v - mean) ** 2, 0) / z.length);
    expect(Math.abs(mean)).toBeLessThan(0.1);
    expect(sd).toBeGreaterThan(0.2);
    expect(sd).toBeLessThan(0.4);
  });

  it("changes nothing at σ = 0 or for a channel with no reference spend", () => {
    const same = shapeStressedCurves(curves, [100, 400], 0);
    expect(Array.from(same.alpha[0])).toEqual(Array.from(curves.alpha[0]));
    expect(Array.from(same.beta[1])).toEqual(Array.from(curves.beta[1]));
    const off = shapeStressedCurves(curves, [0, 400], 0.3);
    expect(Array.from(off.alpha[0])).toEqual(Array.from(curves.alpha[0]));
  });
});

describe("the shape-stressed gate (allocateBudget shapeStress)", () => {
  // Two channels at their half-saturation point (x0 = γ = 100, α = 1): there the level β/2 does not depend on α, so the
  // stress keeps β and scales the slope β·α/(4·x0) by exp(σz). Every draw is the same, so the plain 99 % gate sees no
  // doubt at all about moving money from b to a.
  const plan = (betaA: number, shapeStress: number) => {
    const pair = () => [channel("a", 1, 100, betaA, 100), channel("b", 1, 100, 1000, 100)];
    const m = model(pair(), Array.from({ length: 100 }, pair));
    return allocateBudget(m, { totalBudget: 200, objective: "revenue", current: { a: 100, b: 100 }, shapeStress });
  };

  it("refuses a move whose gain rests on a 5 % difference in slope that a mild error in α would reverse", () => {
    expect(plan(1050, 0).allocation.a).toBeGreaterThan(100);
    const stressed = plan(1050, 0.2);
    expect(stressed.allocation).toEqual({ a: 100, b: 100 });
    expect(stressed.safeguard?.notConfident?.shape).toBe(true);
  });

  it("takes its σ from the model (the national fit sets NATIONAL_SHAPE_STRESS) and is off for a model that sets none", () => {
    expect(NATIONAL_SHAPE_STRESS).toBe(0.2);
    const pair = () => [channel("a", 1, 100, 1050, 100), channel("b", 1, 100, 1000, 100)];
    const m = model(pair(), Array.from({ length: 100 }, pair));
    const options = { totalBudget: 200, objective: "revenue" as const, current: { a: 100, b: 100 } };
    expect(allocateBudget({ ...m, shapeStress: NATIONAL_SHAPE_STRESS }, options).allocation).toEqual({ a: 100, b: 100 });
    expect(allocateBudget(m, options).allocation.a).toBeGreaterThan(100);
  });

  it("refuses a 3× slope advantage whose full move cuts b to less than half (curvature the stress makes uncertain)", () => {
    // The optimum is a 154 / b 46. With α_b × exp(0.2 · 2.3) = 1.6 and α_a ÷ 1.6 (a 1 % draw), b at 46 keeps only
    // 229 of its 500 while a at 154 gains 201: the move loses there.
    expect(plan(3000, 0).allocation.a).toBeCloseTo(153.6, 0);
    const stressed = plan(3000, 0.2);
    expect(stressed.allocation).toEqual({ a: 100, b: 100 });
    expect(stressed.safeguard?.notConfident).toEqual({ step: 1, shape: true });
    expect(stressed.safeguard?.rule).toMatch(/pays in 99 % of the bootstrap draws, but not once each channel's curve may bend differently/);
  });

  it("lets through a move whose slope advantage (6×) no plausible error in α reverses", () => {
    const robust = plan(6000, 0.2);
    expect(robust.allocation.a).toBeGreaterThan(150);
    expect(robust.safeguard?.notConfident).toBeUndefined();
    expect(robust.safeguard?.step).toBe(1);
  });
});
