/**
 * The best a regression can do on a case's data when it knows every shape: ordinary least squares of the KPI
 * on [1, trend, the true season shape, price, the true saturated adstock h_c,t of every channel (β = 1)],
 * only the linear coefficients unknown. Its ROI error is the floor set by the noise and the spend's
 * variation — a case where even this oracle misses by 30 % is one where no model can know the ROI, and
 * a good model's intervals should say so. (Same idea as lib/demo's oracle regression; own code.)
 */

/**
 * Least squares by the normal equations on unit-RMS-scaled columns (Cholesky). Returns the coefficients,
 * their standard errors and the residual variance. Columns are arrays of equal length.
 * @throws if the design is rank-deficient or has fewer rows than columns
 * @example solveLeastSquares([[1, 1, 1], [0, 1, 2]], [1, 3, 5]).coef // [1, 2]
 */
export function solveLeastSquares(columns: ArrayLike<number>[], y: ArrayLike<number>): { coef: number[]; se: number[]; sigma2: number } {
  const p = columns.length,
    n = y.length;
  if (n <= p) throw new Error(`solveLeastSquares: need more rows (${n}) than columns (${p})`);
  const scale = columns.map((c) => {
    let s = 0;
    for (let t = 0; t < n; t++) s += c[t] * c[t];
    return Math.sqrt(s / n) || 1;
  });
  const G = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const b = new Array<number>(p).fill(0);
  for (let i = 0; i < p; i++) {
    for (let t = 0; t < n; t++) b[i] += (columns[i][t] / scale[i]) * y[t];
    for (let j = 0; j <= i; j++) {
      let s = 0;
      for (let t = 0; t < n; t++) s += (columns[i][t] / scale[i]) * (columns[j][t] / scale[j]);
      G[i][j] = G[j][i] = s;
    }
  }
  // Cholesky G = L L'.
  const L = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let i = 0; i < p; i++) {
    for (let j = 0; j <= i; j++) {
      let s = G[i][j];
      for (let k = 0; k < j; k++) s -= L[i][k] * L[j][k];
      if (i === j) {
        if (!(s > 1e-10 * G[i][i])) throw new Error(`solveLeastSquares: design is rank-deficient at column ${i}`);
        L[i][i] = Math.sqrt(s);
      } else L[i][j] = s / L[j][j];
    }
  }
  const solve = (rhs: number[]) => {
    const z = rhs.slice();
    for (let i = 0; i < p; i++) {
      for (let k = 0; k < i; k++) z[i] -= L[i][k] * z[k];
      z[i] /= L[i][i];
    }
    for (let i = p - 1; i >= 0; i--) {
      for (let k = i + 1; k < p; k++) z[i] -= L[k][i] * z[k];
      z[i] /= L[i][i];
    }
    return z;
  };
  const scaled = solve(b);
  let sse = 0;
  for (let t = 0; t < n; t++) {
    let f = 0;
    for (let i = 0; i < p; i++) f += (scaled[i] * columns[i][t]) / scale[i];
    sse += (y[t] - f) ** 2;
  }
  const sigma2 = sse / (n - p);
  const se = scaled.map((_, i) => {
    const e = new Array<number>(p).fill(0);
    e[i] = 1;
    return Math.sqrt(sigma2 * solve(e)[i]) / scale[i];
  });
  return { coef: scaled.map((v, i) => v / scale[i]), se, sigma2 };
}

export type OracleChannel = {
  name: string;
  /** OLS estimate of the channel's ROI (true shapes, estimated β), its standard error, and |error| / true ROI. */
  roi: number;
  roiSe: number;
  roiError?: number;
  /** roi / roiSe: below 2 the data cannot tell the channel's effect from zero even knowing every shape. */
  t: number;
  /** The OLS coefficient of the channel's true shape (the estimated Hill beta, KPI per week at full saturation). */
  beta: number;
};

export type OracleRegression = { channels: OracleChannel[]; medianRoiError: number; unidentified: number };
