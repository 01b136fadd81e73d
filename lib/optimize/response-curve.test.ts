import { describe, expect, it } from "vitest";
import type { HillSaturation } from "../mmm/types";
import { buildConcaveEnvelope, envelopeValue } from "./concave-envelope";
import { hillDerivative, hillResponse } from "../math/response-curve";
import { hillInflection, hillSecondDerivative, spendAtMarginal } from "./response-curve";

const curves: [string, HillSaturation][] = [
  ["concave alpha 0.5", { type: "hill", alpha: 0.5, gamma: 1000, beta: 5000 }],
  ["alpha 1 (Michaelis–Menten)", { type: "hill", alpha: 1, gamma: 300, beta: 800 }],
  ["S-shaped alpha 2.5", { type: "hill", alpha: 2.5, gamma: 4000, beta: 12000 }],
];

describe("hill response curve", () => {
  it.each(curves)("%s: derivative matches a central finite difference", (_, s) => {
    for (const x of [10, s.gamma / 3, s.gamma, 3 * s.gamma]) {
      const h = x * 1e-6;
      const fd = (hillResponse(s, x + h) - hillResponse(s, x - h)) / (2 * h);
      expect(Math.abs(hillDerivative(s, x) - fd) / fd).toBeLessThan(1e-6);
    }
  });

  it("is beta/2 at gamma and tends to beta", () => {
    const s = curves[2][1];
    expect(hillResponse(s, s.gamma)).toBeCloseTo(s.beta / 2, 9);
    expect(hillResponse(s, 1e12)).toBeCloseTo(s.beta, 6);
    expect(hillResponse(s, 0)).toBe(0);
  });

  it("puts the inflection where the second derivative changes sign", () => {
    const s = curves[2][1];
    const xi = hillInflection(s);
    const d2 = (x: number) => (hillDerivative(s, x * 1.0001) - hillDerivative(s, x * 0.9999)) / (0.0002 * x);
    expect(d2(xi * 0.95)).toBeGreaterThan(0);
    expect(d2(xi * 1.05)).toBeLessThan(0);
    expect(hillInflection(curves[0][1])).toBe(0);
  });

  it.each(curves)("%s: spendAtMarginal inverts the derivative on the concave part", (_, s) => {
    const from = hillInflection(s);
    for (const x of [s.gamma * 0.7, s.gamma * 2, s.gamma * 5].filter((v) => v > from)) {
      const lambda = hillDerivative(s, x);
      expect(spendAtMarginal(s, lambda, from, 1e7) / x).toBeCloseTo(1, 9);
    }
  });
});

describe("concave envelope", () => {
  const s = curves[2][1];
  it("touches the curve tangentially and lies above it, concave", () => {
    const e = buildConcaveEnvelope(s, 0, 50_000);
    expect(e.hasSegment).toBe(true);
    // Tangency: the segment's slope equals the curve's derivative at the tangent point.
    expect(hillDerivative(s, e.tangent) / e.slope).toBeCloseTo(1, 8);
    let prevSlope = Infinity;
    for (let x = 0; x < 50_000; x += 250) {
      expect(envelopeValue(e, x)).toBeGreaterThanOrEqual(hillResponse(s, x) - 1e-9);
      const slope = (envelopeValue(e, x + 250) - envelopeValue(e, x)) / 250;
      expect(slope).toBeLessThanOrEqual(prevSlope + 1e-9);
      prevSlope = slope;
    }
  });

  it("is the chord when the tangent point lies beyond the upper bound, and the curve when concave", () => {
    const chord = buildConcaveEnvelope(s, 0, 2000);
    expect(chord.tangent).toBe(2000);
    expect(chord.slope).toBeCloseTo(hillResponse(s, 2000) / 2000, 12);
    const past = buildConcaveEnvelope(s, hillInflection(s) * 1.01, 50_000);
    expect(past.hasSegment).toBe(false);
  });
});

describe("hillSecondDerivative", () => {
  it.each(curves)("%s: matches a finite difference of the derivative", (_, s) => {
    for (const x of [s.gamma / 3, s.gamma, 3 * s.gamma]) {
      const h = x * 1e-6;
      const fd = (hillDerivative(s, x + h) - hillDerivative(s, x - h)) / (2 * h);
      expect(Math.abs(hillSecondDerivative(s, x) - fd)).toBeLessThan(1e-5 * Math.abs(fd) + 1e-15);
    }
  });
});
