/**
 * Solves A x = b for a symmetric positive-definite A by Cholesky factorisation (A = L Lᵀ).
 * Used by the Newton steps of logistic regression and by ridge regression, where A is a
 * penalised Gram/Hessian matrix (p ≲ 100), so a dense O(p³) factorisation is cheap and stable.
 *
 * @param a p×p matrix (only the lower triangle is read).
 * @param b right-hand side of length p.
 * @throws {Error} when A is not positive definite (a pivot ≤ 0), e.g. an unpenalised singular design.
 * @example solveSymmetricPositiveDefinite([[4, 2], [2, 3]], [2, 1]) // [0.5, 0]
 */
export function solveSymmetricPositiveDefinite(a: readonly (readonly number[])[], b: readonly number[]): number[] {
  const p = b.length;
  const l: number[][] = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let i = 0; i < p; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i][j];
      for (let k = 0; k < j; k++) sum -= l[i][k] * l[j][k];
      if (i === j) {
        if (!(sum > 0)) throw new Error(`solveSymmetricPositiveDefinite: matrix is not positive definite (pivot ${i} = ${sum})`);
        l[i][i] = Math.sqrt(sum);
      } else {
        l[i][j] = sum / l[j][j];
      }
    }
  }
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
