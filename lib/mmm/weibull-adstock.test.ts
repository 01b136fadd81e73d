import { describe, expect, it } from "vitest";
import { weibullAdstockWeights } from "./weibull-adstock";

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
