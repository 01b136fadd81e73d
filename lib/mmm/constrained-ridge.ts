import { choleskyInPlace, choleskySolveInPlace } from "../math/cholesky";
/**
 * Ridge regression with sign constraints, solved exactly on the normal equations.
 *
 * Minimises ½·b'(G + diag(penalty))b − c'b — i.e. ½‖y − Xb‖² + ½Σ penalty_j b_j² with G = X'X, c = X'y —
 * subject to b_j ≥ 0 (sign 1), b_j ≤ 0 (sign −1), b_j free (sign 0) or b_j = 0 (sign 2).
 * Method: the Lawson–Hanson active-set algorithm (Lawson & Hanson 1974, "Solving Least Squares Problems",
 * ch. 23) generalised to a positive-definite quadratic with free variables; each sub-problem is a Cholesky
 * solve on the passive set. Exact (no tolerance-driven coordinate sweeps), and for the ~10–30 columns of a
 * mix model it costs a few small factorizations, which the hyperparameter search calls thousands of times.
 * Robyn gets non-negativity from glmnet's `lower.limits`; this is the same estimator.
 */
export type SignCode = -1 | 0 | 1 | 2;

/**
 * @param G p×p Gram matrix X'X (row-major)
 * @param c X'y (length p)
 * @param penalty ridge penalty added to each diagonal entry (0 for unpenalised columns such as the intercept)
 * @param sign per-column constraint code
 * @param warmStart optional previous solution of a similar problem: its non-zero constrained columns start
 *   in the passive set, which usually leaves one factorization instead of one per column entering (the
 *   bootstrap refits the same design on resampled weeks thousands of times). The answer is the same.
 * @returns coefficients b (length p)
 * @throws if the penalised Gram matrix restricted to the free columns is not positive definite
 * @example solveConstrainedRidge(new Float64Array([1,0,0,1]), new Float64Array([2,-3]), new Float64Array(2), new Int8Array([1,1])) // [2, 0]
 */
export function solveConstrainedRidge(
  G: ArrayLike<number>,
  c: ArrayLike<number>,
  penalty: ArrayLike<number>,
  sign: ArrayLike<number>,
  warmStart?: ArrayLike<number>,
): Float64Array {
  const p = c.length;
  const free: number[] = [],
    held: number[] = [];
  for (let j = 0; j < p; j++) (sign[j] === 0 ? free : held).push(j);
  if (free.length < 2 || !held.length) return activeSet(G, c, penalty, sign, warmStart);
  // The free columns are solved out first (their Schur complement), so the active set works on the constrained
  // columns alone. Why: a mix model's design has ~25 free controls (trend, season, macro, holidays) and ~6 constrained
  // media columns, and every change of the active set refactored all ~31; now it refactors ~7, after one factorization
  // of the free block per call. Same minimiser: for fixed constrained b_h the free part is b_f = H_ff⁻¹(c_f − H_fh b_h),
  // and substituting it leaves ½b_h'(H_hh − H_hf H_ff⁻¹ H_fh)b_h − (c_h − H_hf H_ff⁻¹ c_f)'b_h.
  const f = free.length,
    h = held.length;
  const Hff = new Float64Array(f * f);
  for (let a = 0; a < f; a++) for (let b = 0; b < f; b++) Hff[a * f + b] = G[free[a] * p + free[b]] + (a === b ? penalty[free[a]] : 0);
  if (choleskyInPlace(Hff, f) >= 0)
    throw new Error("solveConstrainedRidge: penalised Gram matrix is not positive definite (add a ridge penalty or drop collinear columns)");
  // W = H_ff⁻¹ H_fh (one column per constrained j) and u = H_ff⁻¹ c_f.
  const W = new Float64Array(h * f),
    col = new Float64Array(f);
  for (let k = 0; k < h; k++) {
    for (let a = 0; a < f; a++) col[a] = G[free[a] * p + held[k]];
    choleskySolveInPlace(Hff, col, f);
    W.set(col, k * f);
  }
  const u = new Float64Array(f);
  for (let a = 0; a < f; a++) u[a] = c[free[a]];
  choleskySolveInPlace(Hff, u, f);
  const Hr = new Float64Array(h * h),
    cr = new Float64Array(h),
    signR = new Int8Array(h),
    warmR = warmStart ? new Float64Array(h) : undefined;
  for (let k = 0; k < h; k++) {
    const j = held[k];
    let s = c[j];
    for (let a = 0; a < f; a++) s -= G[j * p + free[a]] * u[a];
    cr[k] = s;
    signR[k] = sign[j];
    if (warmR) warmR[k] = warmStart![j];
    for (let l = 0; l <= k; l++) {
      let v = G[j * p + held[l]] + (k === l ? penalty[j] : 0);
      for (let a = 0; a < f; a++) v -= G[j * p + free[a]] * W[l * f + a];
      Hr[k * h + l] = Hr[l * h + k] = v;
    }
  }
  const bh = activeSet(Hr, cr, new Float64Array(h), signR, warmR);
  const b = new Float64Array(p);
  for (let a = 0; a < f; a++) {
    let v = u[a];
    for (let k = 0; k < h; k++) v -= W[k * f + a] * bh[k];
    b[free[a]] = v;
  }
  for (let k = 0; k < h; k++) b[held[k]] = bh[k];
  return b;
}

/** Lawson–Hanson on the full system (the free columns stay in every passive set). */
function activeSet(
  G: ArrayLike<number>,
  c: ArrayLike<number>,
  penalty: ArrayLike<number>,
  sign: ArrayLike<number>,
  warmStart?: ArrayLike<number>,
): Float64Array {
  const p = c.length;
  // Flip columns constrained ≤ 0 so every constraint reads b ≥ 0.
  const flip = new Float64Array(p);
  for (let j = 0; j < p; j++) flip[j] = sign[j] === -1 ? -1 : 1;
  const H = new Float64Array(p * p);
  const g = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    g[i] = flip[i] * c[i];
    for (let j = 0; j < p; j++) H[i * p + j] = flip[i] * flip[j] * G[i * p + j];
    H[i * p + i] += penalty[i];
  }
  const constrained = new Uint8Array(p);
  const passive = new Uint8Array(p);
  for (let j = 0; j < p; j++) {
    constrained[j] = sign[j] === 0 ? 0 : 1;
    passive[j] = sign[j] === 0 ? 1 : 0;
  }
  const b = new Float64Array(p);
  const z = new Float64Array(p);
  const idx = new Int32Array(p);
  const sub = new Float64Array(p * p);
  const rhs = new Float64Array(p);

  const solvePassive = (): void => {
    let m = 0;
    for (let j = 0; j < p; j++) if (passive[j]) idx[m++] = j;
    for (let a = 0; a < m; a++) {
      rhs[a] = g[idx[a]];
      for (let bb = 0; bb < m; bb++) sub[a * m + bb] = H[idx[a] * p + idx[bb]];
    }
    if (choleskyInPlace(sub, m) >= 0)
      throw new Error("solveConstrainedRidge: penalised Gram matrix is not positive definite (add a ridge penalty or drop collinear columns)");
    choleskySolveInPlace(sub, rhs, m);
    z.fill(0);
    for (let a = 0; a < m; a++) z[idx[a]] = rhs[a];
  };

  // Solves on the passive set, stepping back from b toward each infeasible solution until the first constrained
  // variable hits zero and dropping it (Lawson–Hanson's inner loop), until the passive solution is feasible.
  const settle = (): void => {
    for (let inner = 0; inner < 3 * p + 10; inner++) {
      solvePassive();
      let feasible = true;
      for (let j = 0; j < p; j++) if (passive[j] && constrained[j] && z[j] <= 0) feasible = false;
      if (feasible) {
        b.set(z);
        return;
      }
      let alpha = 1;
      for (let j = 0; j < p; j++) {
        // b_j = 0 already sits on its bound (step 0). Dividing would give 0/0 = NaN when z_j is exactly 0 too, as it is
        // for a column that is a multiple of an unpenalised one on these weeks (a channel whose spend is constant, or
        // zero, over a bootstrap resample): the NaN then spread to every coefficient.
        if (passive[j] && constrained[j] && z[j] <= 0) alpha = Math.min(alpha, b[j] <= 0 ? 0 : b[j] / (b[j] - z[j]));
      }
      for (let j = 0; j < p; j++) b[j] += alpha * (z[j] - b[j]);
      for (let j = 0; j < p; j++) {
        if (passive[j] && constrained[j] && b[j] <= 1e-14 * (1 + Math.abs(z[j]))) {
          passive[j] = 0;
          b[j] = 0;
        }
      }
    }
  };

  solvePassive();
  b.set(z);
  if (warmStart) {
    // b (free columns solved, constrained at 0) is feasible; step toward the warm passive set's solution.
    for (let j = 0; j < p; j++) if (constrained[j] && sign[j] !== 2 && warmStart[j] !== 0) passive[j] = 1;
    settle();
  }
  let scaleC = 0;
  for (let j = 0; j < p; j++) scaleC = Math.max(scaleC, Math.abs(g[j]));
  const tol = 1e-11 * (scaleC || 1);
  for (let outer = 0; outer < 5 * p + 10; outer++) {
    // Negative gradient w = g − H b; a zero-set constrained variable with w_j > 0 would lower the objective.
    let best = -1,
      bestW = tol;
    for (let j = 0; j < p; j++) {
      if (passive[j] || !constrained[j] || sign[j] === 2) continue;
      let w = g[j];
      for (let k = 0; k < p; k++) w -= H[j * p + k] * b[k];
      if (w > bestW) {
        bestW = w;
        best = j;
      }
    }
    if (best < 0) break;
    passive[best] = 1;
    settle();
  }
  for (let j = 0; j < p; j++) b[j] = passive[j] ? b[j] * flip[j] : 0;
  return b;
}
