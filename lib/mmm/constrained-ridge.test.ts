import { describe, expect, it } from "vitest";
import { createRng } from "../math/random";
import { solveConstrainedRidge } from "./constrained-ridge";

function gram(X: number[][], y: number[]) {
  const p = X[0].length;
  const G = new Float64Array(p * p),
    c = new Float64Array(p);
  for (let t = 0; t < X.length; t++)
    for (let i = 0; i < p; i++) {
      c[i] += X[t][i] * y[t];
      for (let j = 0; j < p; j++) G[i * p + j] += X[t][i] * X[t][j];
    }
  return { G, c };
}

/** ½‖y − Xb‖² + ½ Σ pen b² */
function objective(X: number[][], y: number[], pen: number[], b: ArrayLike<number>) {
  let s = 0;
  for (let t = 0; t < X.length; t++) {
    let r = y[t];
    for (let j = 0; j < b.length; j++) r -= X[t][j] * b[j];
    s += r * r;
  }
  for (let j = 0; j < b.length; j++) s += pen[j] * b[j] * b[j];
  return s / 2;
}

describe("solveConstrainedRidge", () => {
  it("solves a hand-checked NNLS problem", () => {
    // Unconstrained least squares gives [−1.5, 1.5]; NNLS (as scipy.optimize.nnls) gives [0, 1.5].
    const X = [
      [1, 0],
      [1, 0],
      [0, 1],
    ];
    const y = [-1, -2, 1.5];
    const { G, c } = gram(X, y);
    const b = solveConstrainedRidge(G, c, new Float64Array(2), new Int8Array([1, 1]));
    expect(b[0]).toBe(0);
    expect(b[1]).toBeCloseTo(1.5, 12);
  });

  it("matches the closed-form ridge solution when the constraints are inactive", () => {
    // X'X = [[2,1],[1,2]], X'y = [3,3], penalty 1 → (X'X + I)^{-1} X'y = [1, 1]·3/4 = [0.75, 0.75].
    const G = new Float64Array([2, 1, 1, 2]),
      c = new Float64Array([3, 3]);
    const b = solveConstrainedRidge(G, c, new Float64Array([1, 1]), new Int8Array([1, 0]));
    expect(b[0]).toBeCloseTo(0.75, 12);
    expect(b[1]).toBeCloseTo(0.75, 12);
  });

  it("a one-sided constraint binds and the free column re-optimises (hand-computed KKT point)", () => {
    // min ½b'Gb − c'b, G = [[2,1],[1,2]], c = [-1, 2], b0 ≥ 0: b0 = 0, b1 = 2/2 = 1; gradient check: c0 − G01·b1 = −2 < 0.
    const b = solveConstrainedRidge(new Float64Array([2, 1, 1, 2]), new Float64Array([-1, 2]), new Float64Array(2), new Int8Array([1, 0]));
    expect(b[0]).toBe(0);
    expect(b[1]).toBeCloseTo(1, 12);
    // Sign −1: c = [2, −1] has unconstrained solution [5/3, −4/3], which violates b0 ≤ 0 → b0 = 0, b1 = −1/2.
    const m = solveConstrainedRidge(new Float64Array([2, 1, 1, 2]), new Float64Array([2, -1]), new Float64Array(2), new Int8Array([-1, 0]));
    expect(m[0]).toBe(0);
    expect(m[1]).toBeCloseTo(-0.5, 12);
  });

  it("keeps fixed columns at zero", () => {
    const b = solveConstrainedRidge(new Float64Array([2, 1, 1, 2]), new Float64Array([3, 3]), new Float64Array(2), new Int8Array([2, 0]));
    expect(b[0]).toBe(0);
    expect(b[1]).toBeCloseTo(1.5, 12);
  });

  it("satisfies the KKT conditions and beats random feasible points on random collinear problems", () => {
    const rng = createRng(11);
    for (let trial = 0; trial < 20; trial++) {
      const n = 40,
        p = 6;
      const X: number[][] = [];
      const y: number[] = [];
      for (let t = 0; t < n; t++) {
        const base = rng.normal();
        const row = Array.from({ length: p }, (_, j) => (j < 3 ? base + 0.05 * rng.normal() : rng.normal()));
        X.push(row);
        y.push(row[0] - 2 * row[3] + row[4] + rng.normal());
      }
      const pen = [0.1, 0.1, 0.1, 0.1, 0.1, 0];
      const sign = new Int8Array([1, 1, 1, 1, -1, 0]);
      const { G, c } = gram(X, y);
      const b = solveConstrainedRidge(G, c, pen, sign);
      // A warm start (from a wrong guess: every column passive) reaches the same optimum.
      const warm = solveConstrainedRidge(G, c, pen, sign, new Float64Array(p).fill(1));
      for (let j = 0; j < p; j++) expect(warm[j]).toBeCloseTo(b[j], 9);
      for (let j = 0; j < p; j++) {
        if (sign[j] === 1) expect(b[j]).toBeGreaterThanOrEqual(0);
        if (sign[j] === -1) expect(b[j]).toBeLessThanOrEqual(0);
        // KKT: gradient component zero where b_j ≠ 0; points outward where b_j = 0.
        let grad = -c[j] + pen[j] * b[j];
        for (let k = 0; k < p; k++) grad += G[j * p + k] * b[k];
        if (b[j] !== 0 || sign[j] === 0) expect(Math.abs(grad)).toBeLessThan(1e-8);
        else expect(grad * sign[j]).toBeGreaterThan(-1e-8);
      }
      const f = objective(X, y, pen, b);
      for (let k = 0; k < 50; k++) {
        const q = Array.from(b, (v, j) => {
          const w = v + 0.3 * rng.normal();
          return sign[j] === 1 ? Math.max(0, w) : sign[j] === -1 ? Math.min(0, w) : w;
        });
        expect(objective(X, y, pen, q)).toBeGreaterThanOrEqual(f - 1e-9);
      }
    }
  });

  it("a warm start on a column that is a multiple of the unpenalised intercept returns numbers, not NaN", () => {
    // A channel whose spend is constant on a bootstrap replicate's weeks: its column is 2 × the intercept's. Hand
    // solution: the intercept takes it all (b = [c₀ / G₀₀, 0]); the channel's passive solution is exactly 0, and the
    // old warm-start step divided 0 by 0 and returned NaN for every coefficient.
    const G = [4, 8, 8, 16],
      c = [4, 8];
    const b = solveConstrainedRidge(G, c, [0, 0.5], [1, 1], [1, 1]);
    expect(Array.from(b)).toEqual([1, 0]);
    expect(Array.from(solveConstrainedRidge(G, c, [0, 0.5], [1, 1]))).toEqual([1, 0]);
  });
});
