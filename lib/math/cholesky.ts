/**
 * Cholesky factorisation (A = L Lᵀ) of a dense symmetric positive-definite matrix, and the solves built on it. The one
 * home of the factorisation outside the mix model's packed in-place solvers (lib/mmm). Used by the Newton steps of
 * logistic regression, ridge regression, Platt calibration and the benchmark's oracle least squares, where A is a
 * (penalised) Gram or Hessian matrix of p ≲ 100 columns, so a dense O(p³) factorisation is cheap and stable.
 */

export type CholeskyOptions = {
  /**
   * A pivot must exceed `relativePivot × A[i][i]` (default 0: any positive pivot). A small positive value (1e-10)
   * treats a column that is numerically a combination of earlier ones as rank deficiency instead of dividing by noise.
   */
  relativePivot?: number;
  /** The function an error names (the caller's, when it factors on someone's behalf). */
  caller?: string;
};

/**
 * The lower-triangular factor L with A = L Lᵀ.
 * @param a p×p matrix (only the lower triangle is read).
 * @throws {Error} naming the pivot when A is not positive definite (a pivot ≤ relativePivot × A[i][i]).
 * @example choleskyFactor([[4, 2], [2, 3]]) // [[2, 0], [1, 1.4142135623730951]]
 */
export function choleskyFactor(a: readonly (readonly number[])[], options: CholeskyOptions = {}): number[][] {
  const p = a.length;
  const tolerance = options.relativePivot ?? 0;
  const l: number[][] = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let i = 0; i < p; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i][j];
      for (let k = 0; k < j; k++) sum -= l[i][k] * l[j][k];
      if (i === j) {
        if (!(sum > tolerance * a[i][i])) throw new Error(`${options.caller ?? "choleskyFactor"}: matrix is not positive definite (pivot ${i} = ${sum})`);
        l[i][i] = Math.sqrt(sum);
      } else {
        l[i][j] = sum / l[j][j];
      }
    }
  }
  return l;
}

/**
 * Solves L Lᵀ x = b by forward then back substitution.
 * @param l the factor from choleskyFactor.
 * @example choleskySolve(choleskyFactor([[4, 2], [2, 3]]), [2, 1]) // [0.5, 0]
 */
export function choleskySolve(l: readonly (readonly number[])[], b: readonly number[]): number[] {
  const p = b.length;
  const z = new Array<number>(p);
  for (let i = 0; i < p; i++) {
    let sum = b[i];
    for (let k = 0; k < i; k++) sum -= l[i][k] * z[k];
    z[i] = sum / l[i][i];
  }
  const x = new Array<number>(p);
  for (let i = p - 1; i >= 0; i--) {
    let sum = z[i];
    for (let k = i + 1; k < p; k++) sum -= l[k][i] * x[k];
    x[i] = sum / l[i][i];
  }
  return x;
}

/**
 * Solves A x = b for a symmetric positive-definite A.
 * @param a p×p matrix (only the lower triangle is read).
 * @param b right-hand side of length p.
 * @throws {Error} when A is not positive definite (a pivot ≤ 0), e.g. an unpenalised singular design.
 * @example solveSymmetricPositiveDefinite([[4, 2], [2, 3]], [2, 1]) // [0.5, 0]
 */
export function solveSymmetricPositiveDefinite(a: readonly (readonly number[])[], b: readonly number[]): number[] {
  return choleskySolve(choleskyFactor(a, { caller: "solveSymmetricPositiveDefinite" }), b);
}
