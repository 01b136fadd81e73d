/**
 * Goodness-of-fit diagnostics reported with every model. NRMSE uses Robyn's normalisation by the KPI
 * range (robyn_mmm: nrmse = sqrt(mean(err²)) / (max(y) − min(y))).
 */
export function fitDiagnostics(actual: ArrayLike<number>, fitted: ArrayLike<number>, parameters: number) {
  const n = actual.length;
  let mean = 0,
    lo = Infinity,
    hi = -Infinity;
  for (let t = 0; t < n; t++) {
    mean += actual[t];
    lo = Math.min(lo, actual[t]);
    hi = Math.max(hi, actual[t]);
  }
  mean /= n;
  let sse = 0,
    sst = 0,
    ape = 0,
    apeN = 0,
    dwNum = 0;
  for (let t = 0; t < n; t++) {
    const e = actual[t] - fitted[t];
    sse += e * e;
    sst += (actual[t] - mean) ** 2;
    if (actual[t] !== 0) {
      ape += Math.abs(e / actual[t]);
      apeN++;
    }
    if (t > 0) dwNum += (e - (actual[t - 1] - fitted[t - 1])) ** 2;
  }
  const ll = n * Math.log(Math.max(sse, 1e-300) / n);
  return {
    r2: sst > 0 ? 1 - sse / sst : 0,
    nrmse: Math.sqrt(sse / n) / (hi - lo > 0 ? hi - lo : 1),
    /** Mean absolute percentage error over weeks with a non-zero KPI. */
    mape: apeN ? ape / apeN : 0,
    /** Durbin–Watson statistic: ≈ 2 for uncorrelated residuals, < 2 for positive autocorrelation. */
    dw: sse > 0 ? dwNum / sse : 2,
    /** Gaussian AIC/BIC up to a constant: n·ln(SSE/n) + 2k (resp. k·ln n). */
    aic: ll + 2 * parameters,
    bic: ll + parameters * Math.log(n),
  };
}

/**
 * Variance inflation factors: VIF_j = 1 / (1 − R²_j) of column j on the others, read off the diagonal of
 * the inverse correlation matrix. Constant columns get NaN; exactly collinear ones +∞.
 */
export function varianceInflation(columns: ArrayLike<number>[]): number[] {
  const k = columns.length;
  if (!k) return [];
  const n = columns[0].length;
  const z = columns.map((c) => {
    let m = 0;
    for (let t = 0; t < n; t++) m += c[t];
    m /= n;
    let v = 0;
    for (let t = 0; t < n; t++) v += (c[t] - m) ** 2;
    const sd = Math.sqrt(v);
    return { c, m, sd };
  });
  const live = z.map((_, i) => i).filter((i) => z[i].sd > 1e-12);
  const r = live.length;
  // Gauss–Jordan inverse of the correlation matrix of the non-constant columns.
  const A = new Float64Array(r * 2 * r);
  for (let a = 0; a < r; a++) {
    for (let b = 0; b < r; b++) {
      const ca = z[live[a]],
        cb = z[live[b]];
      let s = 0;
      for (let t = 0; t < n; t++) s += (ca.c[t] - ca.m) * (cb.c[t] - cb.m);
      A[a * 2 * r + b] = s / (ca.sd * cb.sd);
    }
    A[a * 2 * r + r + a] = 1;
  }
  const out = new Array<number>(k).fill(NaN);
  for (let col = 0; col < r; col++) {
    let piv = col;
    for (let i = col + 1; i < r; i++) if (Math.abs(A[i * 2 * r + col]) > Math.abs(A[piv * 2 * r + col])) piv = i;
    if (Math.abs(A[piv * 2 * r + col]) < 1e-12) {
      live.forEach((i) => (out[i] = Number.POSITIVE_INFINITY));
      return out;
    }
    if (piv !== col) for (let j = 0; j < 2 * r; j++) [A[col * 2 * r + j], A[piv * 2 * r + j]] = [A[piv * 2 * r + j], A[col * 2 * r + j]];
    const d = A[col * 2 * r + col];
    for (let j = 0; j < 2 * r; j++) A[col * 2 * r + j] /= d;
    for (let i = 0; i < r; i++) {
      if (i === col) continue;
      const f = A[i * 2 * r + col];
      if (f !== 0) for (let j = 0; j < 2 * r; j++) A[i * 2 * r + j] -= f * A[col * 2 * r + j];
    }
  }
  live.forEach((i, a) => (out[i] = A[a * 2 * r + r + a]));
  return out;
}
