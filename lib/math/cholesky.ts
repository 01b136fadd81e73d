/**
 * Cholesky factorisation (A = L Lᵀ) of a symmetric positive-definite matrix, and the solves built on it: the one home
 * of the factorisation. The packed in-place form (a p×p row-major Float64Array) serves the mix model's solvers
 * (lib/mmm: the sign-constrained ridge, the profile-likelihood intervals, the geo model's pooled fit), which run it
 * thousands of times per fit without allocating; the array-of-rows form, built on it with the same arithmetic, serves
 * the Newton steps of logistic regression, ridge regression, Platt calibration and the benchmark's oracle least
 * squares. A is a (penalised) Gram or Hessian matrix of p ≲ 100 columns, so a dense O(p³) factorisation is cheap and
 * stable.
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
 * Factors a packed p×p row-major symmetric matrix in place: its lower triangle (diagonal included) becomes L with
 * A = L Lᵀ; the strict upper triangle is neither read nor written. Column by column (Cholesky–Crout), each entry
 * A_ij − Σ_{k<j} L_ik L_jk summed in increasing k.
 * @param relativePivot a pivot must exceed relativePivot × A_jj (default 0: any positive pivot).
 * @returns −1 when A is positive definite; otherwise the index of the first failing pivot, whose value is left on
 *   the diagonal (the entries after it are not factored).
 * @example const a = new Float64Array([4, 2, 2, 3]); choleskyInPlace(a, 2); // −1, a = [2, 2, 1, 1.4142135623730951]
 */
export function choleskyInPlace(a: Float64Array, p: number, relativePivot = 0): number {
  for (let j = 0; j < p; j++) {
    let d = a[j * p + j];
    for (let k = 0; k < j; k++) d -= a[j * p + k] * a[j * p + k];
    if (!(d > relativePivot * a[j * p + j])) {
      a[j * p + j] = d;
      return j;
    }
    const ljj = Math.sqrt(d);
    a[j * p + j] = ljj;
    for (let i = j + 1; i < p; i++) {
      let s = a[i * p + j];
      for (let k = 0; k < j; k++) s -= a[i * p + k] * a[j * p + k];
      a[i * p + j] = s / ljj;
    }
  }
  return -1;
}

/**
 * Solves L Lᵀ x = b in place (b becomes x) by forward then back substitution, L the packed factor of choleskyInPlace.
 * @example const l = new Float64Array([4, 2, 2, 3]); choleskyInPlace(l, 2); const b = new Float64Array([2, 1]); choleskySolveInPlace(l, b, 2); // b ≈ [0.5, 0]
 */
export function choleskySolveInPlace(l: Float64Array, b: Float64Array, p: number): void {
  for (let i = 0; i < p; i++) {
    let s = b[i];
    for (let k = 0; k < i; k++) s -= l[i * p + k] * b[k];
    b[i] = s / l[i * p + i];
  }
  for (let i = p - 1; i >= 0; i--) {
    let s = b[i];
    for (let k = i + 1; k < p; k++) s -= l[k * p + i] * b[k];
    b[i] = s / l[i * p + i];
  }
}

/**
 * The lower-triangular factor L with A = L Lᵀ.
 * @param a p×p matrix (only the lower triangle is read).
 * @throws {Error} naming the pivot when A is not positive definite (a pivot ≤ relativePivot × A[i][i]).
 * @example choleskyFactor([[4, 2], [2, 3]]) // [[2, 0], [1, 1.4142135623730951]]
 */
export function choleskyFactor(a: readonly (readonly number[])[], options: CholeskyOptions = {}): number[][] {
  const p = a.length;
  const packed = new Float64Array(p * p);
  for (let i = 0; i < p; i++) for (let j = 0; j <= i; j++) packed[i * p + j] = a[i][j];
  const failed = choleskyInPlace(packed, p, options.relativePivot ?? 0);
  if (failed >= 0) throw new Error(`${options.caller ?? "choleskyFactor"}: matrix is not positive definite (pivot ${failed} = ${packed[failed * p + failed]})`);
  return Array.from({ length: p }, (_, i) => Array.from({ length: p }, (_, j) => (j <= i ? packed[i * p + j] : 0)));
}

/**
 * Solves L Lᵀ x = b by forward then back substitution.
 * @param l the factor from choleskyFactor.
 * @example choleskySolve(choleskyFactor([[4, 2], [2, 3]]), [2, 1]) // [0.5, 0]
 */
export function choleskySolve(l: readonly (readonly number[])[], b: readonly number[]): number[] {
  const p = b.length;
  const packed = new Float64Array(p * p);
  for (let i = 0; i < p; i++) for (let j = 0; j <= i; j++) packed[i * p + j] = l[i][j];
  const x = Float64Array.from(b);
  choleskySolveInPlace(packed, x, p);
  return Array.from(x);
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
