import { describe, expect, it } from "vitest";
import { createRng } from "../math/random";
import { backtestResiduals, buildHierarchy, reconcileBottomUp, reconcileForecasts, shrinkCovariance, type ReconcileMethod } from "./reconcile";
import type { IntervalForecast } from "./types";

const bottom = { "search|north": [10, 20], "search|south": [5, 7], "social|north": [1, 2], "social|south": [3, 4] };

function expectCoherent(out: Record<string, { yhat: number[] } | number[]>) {
  const v = (k: string) => {
    const x = out[k];
    return Array.isArray(x) ? x : x.yhat;
  };
  for (let t = 0; t < 2; t++) {
    const b = ["search|north", "search|south", "social|north", "social|south"].map((k) => v(k)[t]);
    expect(v("search|all")[t]).toBeCloseTo(b[0] + b[1], 10);
    expect(v("social|all")[t]).toBeCloseTo(b[2] + b[3], 10);
    expect(v("all|north")[t]).toBeCloseTo(b[0] + b[2], 10);
    expect(v("all|south")[t]).toBeCloseTo(b[1] + b[3], 10);
    expect(v("total")[t]).toBeCloseTo(
      b.reduce((a, c) => a + c, 0),
      10,
    );
  }
}

function withIntervals(y: number[], half: number): IntervalForecast {
  return {
    dates: ["2025-01-06", "2025-01-13"],
    yhat: y,
    lo80: y.map((v) => v - half),
    hi80: y.map((v) => v + half),
    lo95: y.map((v) => v - 2 * half),
    hi95: y.map((v) => v + 2 * half),
  };
}

describe("hierarchy", () => {
  it("builds total, channel totals, region totals and bottom rows of S", () => {
    const h = buildHierarchy(Object.keys(bottom));
    expect(h.nodes).toEqual(["total", "search|all", "social|all", "all|north", "all|south", "search|north", "search|south", "social|north", "social|south"]);
    expect(h.S[1]).toEqual([1, 1, 0, 0]);
    expect(h.S[3]).toEqual([1, 0, 1, 0]);
    expect(() => buildHierarchy(["search"])).toThrow(/channel\|region/);
  });

  it("bottom-up sums exactly", () => {
    const out = reconcileBottomUp(bottom);
    expect(out.total).toEqual([19, 33]);
    expectCoherent(out);
  });

  it.each<ReconcileMethod>(["bottom-up", "ols", "mint-shrink"])("%s gives coherent means from incoherent base forecasts", (method) => {
    const base: Record<string, IntervalForecast> = Object.fromEntries(Object.entries(bottom).map(([k, v]) => [k, withIntervals(v, 1)]));
    // incoherent aggregates: off by a few units
    Object.assign(base, {
      "search|all": withIntervals([17, 25], 2),
      "social|all": withIntervals([5, 6], 1),
      "all|north": withIntervals([12, 21], 2),
      "all|south": withIntervals([9, 12], 1),
      total: withIntervals([25, 36], 3),
    });
    const rng = createRng(3);
    const residuals = Array.from({ length: 40 }, () => Array.from({ length: 9 }, () => rng.normal()));
    const out = reconcileForecasts(base, method, residuals);
    expectCoherent(out);
    // intervals keep their base width around the reconciled mean
    expect(out["search|north"].hi80[0] - out["search|north"].yhat[0]).toBeCloseTo(1, 10);
    if (method === "bottom-up") expect(out["search|north"].yhat).toEqual([10, 20]);
    else expect(out.total.yhat[0]).not.toBeCloseTo(19, 3); // OLS/MinT use the aggregate forecasts too
  });

  it("bottom-up aggregates without base forecasts pool bottom half-widths in quadrature", () => {
    const base = Object.fromEntries(Object.entries(bottom).map(([k, v]) => [k, withIntervals(v, 1)]));
    const out = reconcileForecasts(base, "bottom-up");
    expect(out.total.hi80[0] - out.total.yhat[0]).toBeCloseTo(2, 10); // √(4·1²)
  });
});

describe("shrinkCovariance", () => {
  it("shrinks all the way to the diagonal for independent noise with few rows, keeps variances", () => {
    const rng = createRng(5);
    const r = Array.from({ length: 10 }, () => [rng.normal(), rng.normal(), rng.normal()]);
    const { W, lambda } = shrinkCovariance(r);
    expect(lambda).toBeGreaterThan(0.3);
    const mean = r.reduce((s, x) => s + x[0], 0) / 10;
    expect(W[0][0]).toBeCloseTo(r.reduce((s, x) => s + (x[0] - mean) ** 2, 0) / 9, 10);
  });
});

describe("backtestResiduals", () => {
  it("aligns residuals by week across nodes, in hierarchy order", () => {
    const h = buildHierarchy(["a|x", "b|x"]);
    const fold = (shift: number) => [{ origin: "o", dates: ["w1", "w2", "w3", "w4"], actual: [10, 10, 10, 10], yhat: [10 - shift, 10, 10 + shift, 10] }];
    const bt = Object.fromEntries(h.nodes.map((n, i) => [n, fold(i)]));
    bt["a|x"][0].dates = ["w0", "w1", "w2", "w3"]; // w4 missing for one node → dropped
    const r = backtestResiduals(h, bt);
    expect(r).toHaveLength(3);
    expect(r[0]).toHaveLength(h.nodes.length);
    expect(r[1][1]).toBe(0); // node 1, week w2
    expect(() => backtestResiduals(h, {})).toThrow(/no backtest/);
  });
});
