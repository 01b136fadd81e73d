import { CholeskyDecomposition, Matrix } from "ml-matrix";
import { describe, expect, it } from "vitest";
import { createRng } from "./random";
import { choleskyFactor, choleskyInPlace, choleskySolve, choleskySolveInPlace, solveSymmetricPositiveDefinite } from "./cholesky";

const DIGITS = 10;

describe("cholesky", () => {
  it("factors a hand-worked 3×3 matrix", () => {
    // A = L Lᵀ with L = [[2, 0, 0], [6, 1, 0], [-8, 5, 3]] (the textbook example).
    const a = [
      [4, 12, -16],
      [12, 37, -43],
      [-16, -43, 98],
    ];
    const l = choleskyFactor(a);
    [
      [2, 0, 0],
      [6, 1, 0],
      [-8, 5, 3],
    ].forEach((row, i) => row.forEach((v, j) => expect(l[i][j]).toBeCloseTo(v, DIGITS)));
    expect(
      solveSymmetricPositiveDefinite(
        [
          [4, 2],
          [2, 3],
        ],
        [2, 1],
      ).map((v) => v + 0),
    ).toEqual([0.5, 0]);
  });

  it("agrees with ml-matrix's Cholesky on random SPD systems", () => {
    const rng = createRng(7);
    for (const p of [1, 4, 12]) {
      const x = Matrix.from1DArray(
        p + 5,
        p,
        Array.from({ length: (p + 5) * p }, () => rng.next() * 2 - 1),
      );
      const a = x.transpose().mmul(x).add(Matrix.eye(p).mul(0.1));
      const b = Array.from({ length: p }, () => rng.next() * 10 - 5);
      const ours = choleskySolve(choleskyFactor(a.to2DArray()), b);
      const theirs = new CholeskyDecomposition(a).solve(Matrix.columnVector(b)).getColumn(0);
      ours.forEach((v, i) => expect(v).toBeCloseTo(theirs[i], DIGITS));
    }
  });

  it("refuses a matrix that is not positive definite, naming the caller and the pivot", () => {
    expect(() =>
      choleskyFactor([
        [1, 2],
        [2, 1],
      ]),
    ).toThrow(/^choleskyFactor: matrix is not positive definite \(pivot 1/);
    expect(() => solveSymmetricPositiveDefinite([[0]], [1])).toThrow(/^solveSymmetricPositiveDefinite: /);
    // A relative pivot floor treats a numerically dependent column as rank deficiency.
    expect(() =>
      choleskyFactor(
        [
          [1, 1],
          [1, 1 + 1e-12],
        ],
        { relativePivot: 1e-10 },
      ),
    ).toThrow(/pivot 1/);
    expect(
      choleskyFactor([
        [1, 1],
        [1, 1 + 1e-12],
      ])[1][1],
    ).toBeGreaterThan(0);
  });

  it("factors and solves the packed row-major form in place: the hand-worked factor, ml-matrix's solution, the same bits as the row form", () => {
    const a = new Float64Array([4, 12, -16, 12, 37, -43, -16, -43, 98]);
    expect(choleskyInPlace(a, 3)).toBe(-1);
    // Lower triangle = L of the textbook example; the strict upper triangle is left as it was.
    expect(Array.from(a)).toEqual([2, 12, -16, 6, 1, -43, -8, 5, 3]);
    const rng = createRng(11);
    for (const p of [1, 5, 13]) {
      const x = Matrix.from1DArray(
        p + 4,
        p,
        Array.from({ length: (p + 4) * p }, () => rng.next() * 2 - 1),
      );
      const m = x.transpose().mmul(x).add(Matrix.eye(p).mul(0.05));
      const b = Array.from({ length: p }, () => rng.next() * 4 - 2);
      const packed = Float64Array.from(m.to1DArray());
      expect(choleskyInPlace(packed, p)).toBe(-1);
      const rows = choleskyFactor(m.to2DArray());
      for (let i = 0; i < p; i++) for (let j = 0; j <= i; j++) expect(packed[i * p + j]).toBe(rows[i][j]);
      const sol = Float64Array.from(b);
      choleskySolveInPlace(packed, sol, p);
      expect(Array.from(sol)).toEqual(choleskySolve(rows, b));
      const theirs = new CholeskyDecomposition(m).solve(Matrix.columnVector(b)).getColumn(0);
      sol.forEach((v, i) => expect(v).toBeCloseTo(theirs[i], DIGITS));
    }
  });

  it("reports the first failing pivot of the packed form and leaves its value on the diagonal", () => {
    // [[1, 2], [2, 1]]: pivot 1 = 1 − 2² = −3.
    const a = new Float64Array([1, 2, 2, 1]);
    expect(choleskyInPlace(a, 2)).toBe(1);
    expect(a[3]).toBe(-3);
    expect(choleskyInPlace(new Float64Array([1, 1, 1, 1 + 1e-12]), 2, 1e-10)).toBe(1);
    expect(choleskyInPlace(new Float64Array([1, 1, 1, 1 + 1e-12]), 2)).toBe(-1);
  });
});
