import { describe, expect, it } from "vitest";
import { regularizedIncompleteBeta, studentTCdf, studentTQuantile } from "./student-t-quantile";

// Reference quantiles: published t tables (R's qt gives the same digits); closed forms for df = 1 and 2.
const TOL = 7; // decimal digits

describe("studentTQuantile", () => {
  it.each([
    { p: 0.975, df: 1, t: 12.7062047362 },
    { p: 0.975, df: 2, t: 4.3026527297 },
    { p: 0.975, df: 5, t: 2.5705818366 },
    { p: 0.975, df: 10, t: 2.228138852 },
    { p: 0.975, df: 30, t: 2.0422724563 },
    { p: 0.95, df: 10, t: 1.8124611228 },
    { p: 0.995, df: 20, t: 2.8453397098 },
  ])("table: t($p, $df) = $t", ({ p, df, t }) => {
    expect(studentTQuantile(p, df)).toBeCloseTo(t, TOL);
  });

  it("matches the closed forms for 1 and 2 degrees of freedom (fractional p)", () => {
    // df 1 (Cauchy): tan(π(p − ½)); df 2: (2p − 1)/√(2p(1 − p))
    expect(studentTQuantile(0.9, 1)).toBeCloseTo(3.0776835372, TOL);
    expect(studentTQuantile(0.9, 2)).toBeCloseTo(1.8856180832, TOL);
  });

  it("is symmetric, approaches the normal for large df and lies between neighbouring integer df", () => {
    expect(studentTQuantile(0.025, 10)).toBeCloseTo(-2.228138852, TOL);
    expect(studentTQuantile(0.5, 7)).toBe(0);
    expect(studentTQuantile(0.975, 1e6)).toBeCloseTo(1.959966, 5);
    const t = studentTQuantile(0.975, 3.2347);
    expect(t).toBeLessThan(3.182446305);
    expect(t).toBeGreaterThan(2.776445105);
  });

  it("rejects a probability outside (0, 1) or a non-positive df, naming the function", () => {
    expect(() => studentTQuantile(1, 5)).toThrow(/studentTQuantile/);
    expect(() => studentTQuantile(0.5, 0)).toThrow(/studentTQuantile/);
  });
});

describe("studentTCdf and the incomplete beta", () => {
  it("inverts the quantile and has the known special cases", () => {
    expect(studentTCdf(2.228138852, 10)).toBeCloseTo(0.975, 9);
    expect(studentTCdf(0, 3)).toBe(0.5);
    expect(regularizedIncompleteBeta(0.5, 2, 2)).toBeCloseTo(0.5, 12);
    // I_x(a, 1) = x^a and I_x(1, 1) = x
    expect(regularizedIncompleteBeta(0.3, 3, 1)).toBeCloseTo(0.027, 12);
    expect(regularizedIncompleteBeta(0.42, 1, 1)).toBeCloseTo(0.42, 12);
    expect(() => regularizedIncompleteBeta(1.5, 1, 1)).toThrow(/regularizedIncompleteBeta/);
  });
});
