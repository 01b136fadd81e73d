import { describe, expect, it } from "vitest";
import type { HillSaturation } from "../mmm/types";
import {
  adstockWeights,
  applyAdstock,
  carryoverWeeks,
  geometricAdstockWeights,
  hillDerivative,
  hillResponse,
  hillShape,
  hillShapeDerivative,
  weibullAdstockWeights,
} from "./response-curve";

describe("hillShape", () => {
  it.each([
    { x: 2, alpha: 1, gamma: 2, h: 0.5 },
    { x: 1, alpha: 2, gamma: 1, h: 0.5 },
    { x: 3, alpha: 2, gamma: 1, h: 0.9 },
    { x: 1, alpha: 1, gamma: 3, h: 0.25 },
    { x: 0, alpha: 0.5, gamma: 1, h: 0 },
  ])("x=$x alpha=$alpha gamma=$gamma → $h", ({ x, alpha, gamma, h }) => expect(hillShape(x, alpha, gamma)).toBeCloseTo(h, 12));
});

describe("hillShapeDerivative", () => {
  it.each([
    // alpha·x^(alpha−1)·gamma^alpha / (x^alpha + gamma^alpha)^2
    { x: 1, alpha: 2, gamma: 1, d: 0.5 },
    { x: 3, alpha: 2, gamma: 1, d: 0.06 },
    { x: 1, alpha: 1, gamma: 3, d: 3 / 16 },
    { x: 0, alpha: 1, gamma: 4, d: 0.25 },
    { x: 0, alpha: 2, gamma: 4, d: 0 },
  ])("x=$x alpha=$alpha gamma=$gamma → $d", ({ x, alpha, gamma, d }) => expect(hillShapeDerivative(x, alpha, gamma)).toBeCloseTo(d, 12));

  it("matches a central finite difference", () => {
    const f = (x: number) => hillShape(x, 1.7, 2.3);
    const x = 1.4,
      h = 1e-6;
    expect(hillShapeDerivative(x, 1.7, 2.3)).toBeCloseTo((f(x + h) - f(x - h)) / (2 * h), 7);
  });
});

describe("geometricAdstockWeights", () => {
  it.each([
    { theta: 0.5, maxLag: 2, expected: [4 / 7, 2 / 7, 1 / 7] },
    { theta: 0, maxLag: 3, expected: [1, 0, 0, 0] },
    // 1 + 0.2 = 1.2
    { theta: 0.2, maxLag: 1, expected: [1 / 1.2, 0.2 / 1.2] },
  ])("theta $theta, maxLag $maxLag", ({ theta, maxLag, expected }) => {
    const w = geometricAdstockWeights(theta, maxLag);
    expect(w.length).toBe(expected.length);
    expected.forEach((e, i) => expect(w[i]).toBeCloseTo(e, 12));
  });

  it("rejects a decay outside [0, 1]", () => {
    expect(() => geometricAdstockWeights(1.2, 3)).toThrow(/geometricAdstockWeights/);
    expect(() => geometricAdstockWeights(0.5, -1)).toThrow(/maxLag/);
  });
});

const e = Math.exp;

describe("weibullAdstockWeights", () => {
  it.each([
    // cdf, shape 1, Weibull scale 0.25·4 = 1: survival at l is e^{-l}, chained: 1, e^-1, e^-3, e^-6, e^-10.
    { shape: 1, scale: 0.25, maxLag: 4, form: "cdf" as const, raw: [1, e(-1), e(-3), e(-6), e(-10)] },
    // pdf, shape 1, Weibull scale 1: density e^{-z} at bins z = 1, 2, 3.
    { shape: 1, scale: 0.5, maxLag: 2, form: "pdf" as const, raw: [e(-1), e(-2), e(-3)] },
    // pdf, shape 2, scale 1: density 2z·e^{-z²} at z = 1, 2 → 2e^-1, 4e^-4 (a delayed-peak shape would need larger scale).
    { shape: 2, scale: 1, maxLag: 1, form: "pdf" as const, raw: [2 * e(-1), 4 * e(-4)] },
  ])("$form shape $shape scale $scale", ({ shape, scale, maxLag, form, raw }) => {
    const sum = raw.reduce((a, b) => a + b, 0);
    const w = weibullAdstockWeights(shape, scale, maxLag, form);
    raw.forEach((r, i) => expect(w[i]).toBeCloseTo(r / sum, 12));
  });

  it("peaks after lag 0 for a pdf with shape > 1 and a long scale", () => {
    const w = weibullAdstockWeights(3, 0.5, 8, "pdf");
    const peak = w.indexOf(Math.max(...w));
    expect(peak).toBeGreaterThan(1);
    expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it("puts all weight at lag 0 when the density underflows", () => {
    const w = weibullAdstockWeights(10, 1e-4, 5, "pdf");
    expect(Array.from(w)).toEqual([1, 0, 0, 0, 0, 0]);
  });

  it("rejects non-positive parameters", () => {
    expect(() => weibullAdstockWeights(0, 0.5, 3, "cdf")).toThrow(/shape/);
    expect(() => weibullAdstockWeights(1, 0, 3, "cdf")).toThrow(/scale/);
  });
});

describe("applyAdstock", () => {
  it("convolves with lag weights, treating pre-window spend as 0", () => {
    const out = applyAdstock([1, 0, 0, 2], [0.5, 0.3, 0.2]);
    [0.5, 0.3, 0.2, 1.0].forEach((v, i) => expect(out[i]).toBeCloseTo(v, 12));
  });

  it("keeps a constant spend constant once the lags are filled (weights sum to 1)", () => {
    const w = adstockWeights({ type: "geometric", theta: 0.7, maxLag: 6 });
    const out = applyAdstock(new Array(20).fill(100), w);
    expect(out[19]).toBeCloseTo(100, 10);
    expect(out[0]).toBeLessThan(100);
  });
});

describe("carryoverWeeks", () => {
  it.each([
    { w: [4 / 7, 2 / 7, 1 / 7], weeks: 3 },
    { w: [1, 0, 0], weeks: 1 },
    { w: [0.5, 0.4, 0.1], weeks: 2 },
  ])("$w → $weeks weeks", ({ w, weeks }) => expect(carryoverWeeks(w)).toBe(weeks));
});

// Hand-computed values (by hand or from the closed forms in the comments), for the curve with its scale beta.
describe("hillResponse and hillDerivative", () => {
  const s = (alpha: number, gamma: number, beta: number): HillSaturation => ({ type: "hill", alpha, gamma, beta });
  it.each([
    // beta·x^a/(x^a + g^a)
    { c: s(1, 2, 10), x: 2, f: 5 },
    { c: s(2, 1, 10), x: 3, f: 9 },
    { c: s(1.5, 40_000, 170_000), x: 40_000, f: 85_000 },
    // 4^0.5/(4^0.5 + 1) = 2/3
    { c: s(0.5, 1, 3), x: 4, f: 2 },
    { c: s(2, 1, 10), x: 0, f: 0 },
  ])("f($x) = $f", ({ c, x, f }) => expect(hillResponse(c, x)).toBeCloseTo(f, 9));

  it.each([
    // beta·a·x^(a−1)·g^a/(x^a + g^a)²
    { c: s(1, 2, 10), x: 2, d: (10 * 2) / 16 },
    { c: s(2, 1, 10), x: 3, d: 10 * 0.06 },
    // 0.5·4^-0.5·1/(2 + 1)² = 0.25/9, times beta 3
    { c: s(0.5, 1, 3), x: 4, d: (3 * 0.25) / 9 },
  ])("f'($x) = $d", ({ c, x, d }) => expect(hillDerivative(c, x)).toBeCloseTo(d, 12));

  it("agrees on the edge case at 0 with the limit from the right: +∞ for alpha < 1, beta/gamma for alpha = 1, 0 for alpha > 1", () => {
    expect(hillDerivative(s(0.5, 100, 7), 0)).toBe(Number.POSITIVE_INFINITY);
    expect(hillDerivative(s(1, 100, 7), 0)).toBeCloseTo(0.07, 15);
    expect(hillDerivative(s(2.5, 100, 7), 0)).toBe(0);
    // ...and the values just right of 0 head there.
    expect(hillDerivative(s(0.5, 100, 7), 1e-12)).toBeGreaterThan(1e5);
    expect(hillDerivative(s(1, 100, 7), 1e-9)).toBeCloseTo(0.07, 9);
    expect(hillDerivative(s(2.5, 100, 7), 1e-9)).toBeLessThan(1e-15);
    expect(hillShapeDerivative(0, 0.5, 100)).toBe(Number.POSITIVE_INFINITY);
  });

  it("saturates without overflow: beta at huge spend, slope 0; a gamma of 0 is saturated at any spend", () => {
    expect(hillResponse(s(3, 10, 7), 1e300)).toBe(7);
    expect(hillDerivative(s(3, 10, 7), 1e300)).toBe(0);
    expect(hillResponse(s(2, 0, 7), 1)).toBe(7);
    expect(hillDerivative(s(2, 0, 7), 1)).toBe(0);
  });

  it("is beta times the fit's shape: the two evaluation orders agree within a few ulp over the whole range", () => {
    for (const alpha of [0.3, 0.8, 1, 1.7, 3.2, 6]) {
      for (const xOverGamma of [1e-6, 0.01, 0.3, 1, 2.5, 40, 1e4]) {
        const gamma = 5000,
          beta = 2e5,
          x = xOverGamma * gamma;
        const f = hillResponse(s(alpha, gamma, beta), x),
          viaShape = beta * hillShape(x, alpha, gamma);
        expect(Math.abs(f - viaShape)).toBeLessThanOrEqual(4 * Number.EPSILON * Math.abs(f));
        const d = hillDerivative(s(alpha, gamma, beta), x),
          dViaShape = beta * hillShapeDerivative(x, alpha, gamma);
        // Deep in saturation the shape form's 1 − h cancels, so the slopes agree on the curve's scale beta/gamma there.
        expect(Math.abs(d - dViaShape)).toBeLessThanOrEqual(1e-12 * Math.max(Math.abs(d), beta / gamma));
      }
    }
  });

  it.each([
    { c: s(0.5, 1000, 5000), name: "concave alpha 0.5" },
    { c: s(1, 300, 800), name: "alpha 1" },
    { c: s(2.5, 4000, 12000), name: "S-shaped alpha 2.5" },
  ])("$name: the derivative matches a central finite difference", ({ c }) => {
    for (const x of [10, c.gamma / 3, c.gamma, 3 * c.gamma]) {
      const h = x * 1e-6;
      const fd = (hillResponse(c, x + h) - hillResponse(c, x - h)) / (2 * h);
      expect(Math.abs(hillDerivative(c, x) - fd) / fd).toBeLessThan(1e-6);
    }
  });
});

describe("adstockWeights for every family", () => {
  it("geometric: ratio theta between lags, summing to 1, first weight (1 − θ)/(1 − θ^(L+1))", () => {
    const w = adstockWeights({ type: "geometric", theta: 0.6, maxLag: 5 });
    expect(w).toHaveLength(6);
    expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    for (let l = 1; l < w.length; l++) expect(w[l] / w[l - 1]).toBeCloseTo(0.6, 12);
    expect(w[0]).toBeCloseTo(0.4 / (1 - 0.6 ** 6), 12);
    // 1 / (1 + .3 + .09 + .027 + .0081)
    expect(adstockWeights({ type: "geometric", theta: 0.3, maxLag: 4 })[0]).toBeCloseTo(1 / 1.4251, 10);
  });

  it("weibull-cdf: chained survival, non-increasing; lag 1 / lag 0 = exp(−(1/λ)^k) with λ = scale·maxLag", () => {
    const cdf = adstockWeights({ type: "weibull-cdf", shape: 1.5, scale: 0.3, maxLag: 10 });
    expect(cdf.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    for (let l = 1; l < cdf.length; l++) expect(cdf[l]).toBeLessThanOrEqual(cdf[l - 1]);
    expect(cdf[1] / cdf[0]).toBeCloseTo(Math.exp(-Math.pow(1 / 3, 1.5)), 12);
  });

  it("weibull-pdf with shape > 1 peaks after lag 0: Weibull(k=2, λ=2.5) on bins l+1 peaks at lag 1, f(1)/f(2) = ½·exp(3/6.25)", () => {
    const w = adstockWeights({ type: "weibull-pdf", shape: 2, scale: 0.25, maxLag: 10 });
    expect(w.indexOf(Math.max(...w))).toBe(1);
    expect(w[0] / w[1]).toBeCloseTo(0.5 * Math.exp(3 / 6.25), 12);
  });

  it("maxLag 0 means no carryover; a decay that is not a number is refused, naming the function", () => {
    expect(Array.from(adstockWeights({ type: "geometric", theta: 0.9, maxLag: 0 }))).toEqual([1]);
    expect(() => adstockWeights({ type: "geometric", theta: Number.NaN, maxLag: 3 })).toThrow(/geometricAdstockWeights/);
  });

  it("convolves and counts carryover as the demo's process does: zero spend before the first week", () => {
    expect(Array.from(applyAdstock([10, 0, 0], [0.5, 0.3, 0.2]))).toEqual([5, 3, 2]);
    expect(Array.from(applyAdstock([10, 10, 10], [0.5, 0.3, 0.2]))).toEqual([5, 8, 10]);
    // theta 0.5, 7 lags: cumulative 0.504, 0.756, 0.882, 0.945 → 4 weeks
    expect(carryoverWeeks(adstockWeights({ type: "geometric", theta: 0.5, maxLag: 6 }))).toBe(4);
  });
});
