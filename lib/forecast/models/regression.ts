import { Matrix, solve } from "ml-matrix";
import type { ForecastModel, ModelForecast } from "../types";
import { parseIsoDate, weekHasHoliday, yearFraction } from "../dates";
import { SEASON } from "./seasonal-naive";

/**
 * Ridge regression on lags, rolling means, Fourier terms (period 365.25 days = 52.18 weeks, so
 * the yearly cycle does not drift as a 52-step lag would), a holiday-week flag and exogenous
 * drivers; multi-step forecasts are recursive (each prediction feeds the next step's lags).
 * Columns are standardised before the ridge penalty so λ means the same for every column; the
 * intercept is not penalised. Driver contributions are in series units relative to an average
 * week: coefficient × (future value − historical mean) for regressors (as Prophet reports its
 * regressors), coefficient × flag for holidays, and the Fourier sum for seasonality.
 */
export type RegressionFitted = {
  kind: "regression";
  lags: number[];
  rolls: number[];
  fourierOrder: number;
  useHoliday: boolean;
  holidayMs: number[];
  regressorNames: string[];
  /** historical mean of each regressor (baseline of its contribution) */
  regressorMeans: number[];
  featureNames: string[];
  /** coefficients on the original (unstandardised) scale, intercept first */
  beta: number[];
  sigma: number;
  /** last max-lag observations, oldest first: the state the recursion starts from */
  tail: number[];
};

export const RIDGE_LAMBDA = 1e-2;

type Design = Omit<RegressionFitted, "kind" | "beta" | "sigma" | "tail" | "featureNames" | "regressorMeans">;

function features(d: Design, y: number[], t: number, date: string, reg: Record<string, number>): number[] {
  const row: number[] = [];
  for (const l of d.lags) row.push(y[t - l]);
  for (const r of d.rolls) {
    let s = 0;
    for (let k = 1; k <= r; k++) s += y[t - k];
    row.push(s / r);
  }
  const yf = yearFraction(date);
  for (let k = 1; k <= d.fourierOrder; k++) {
    row.push(Math.sin(2 * Math.PI * k * yf), Math.cos(2 * Math.PI * k * yf));
  }
  if (d.useHoliday) row.push(weekHasHoliday(date, d.holidayMs) ? 1 : 0);
  for (const name of d.regressorNames) row.push(reg[name]);
  return row;
}

function featureNames(d: Design): string[] {
  return [
    ...d.lags.map((l) => `lag${l}`),
    ...d.rolls.map((r) => `mean${r}`),
    ...Array.from({ length: d.fourierOrder }, (_, i) => [`sin${i + 1}`, `cos${i + 1}`]).flat(),
    ...(d.useHoliday ? ["holiday"] : []),
    ...d.regressorNames,
  ];
}

/** Ridge solution with standardised columns; returns coefficients on the original scale. */
export function ridge(X: number[][], y: number[], lambda: number): number[] {
  const p = X[0].length;
  const n = X.length;
  const mu = new Array<number>(p).fill(0);
  const sd = new Array<number>(p).fill(0);
  for (const row of X) row.forEach((v, j) => (mu[j] += v / n));
  for (const row of X) row.forEach((v, j) => (sd[j] += (v - mu[j]) ** 2 / n));
  const s = sd.map((v) => (v > 1e-12 ? Math.sqrt(v) : 0));
  const yMean = y.reduce((a, b) => a + b, 0) / n;
  const Z = new Matrix(X.map((row) => row.map((v, j) => (s[j] ? (v - mu[j]) / s[j] : 0))));
  const Zt = Z.transpose();
  const A = Zt.mmul(Z);
  for (let j = 0; j < p; j++) A.set(j, j, A.get(j, j) + lambda * n + (s[j] ? 0 : 1));
  const b = Zt.mmul(Matrix.columnVector(y.map((v) => v - yMean)));
  const g = solve(A, b).getColumn(0);
  const beta = g.map((v, j) => (s[j] ? v / s[j] : 0));
  const intercept = yMean - beta.reduce((acc, v, j) => acc + v * mu[j], 0);
  return [intercept, ...beta];
}

export const regressionModel: ForecastModel<RegressionFitted> = {
  name: "regression",
  minLength: 16,
  seasonal: false,
  fit({ y, dates, regressors, holidays }) {
    const n = y.length;
    const seasonal = n >= 2 * SEASON;
    const holidayMs = holidays.map((h) => parseIsoDate(h.date)).filter(Number.isFinite);
    const design: Design = {
      lags: seasonal ? [1, 2, SEASON] : [1, 2],
      rolls: n >= 40 ? [4, 13] : [4],
      fourierOrder: seasonal ? 3 : 0,
      useHoliday: dates.some((d) => weekHasHoliday(d, holidayMs)),
      holidayMs,
      regressorNames: Object.keys(regressors).sort(),
    };
    const start = Math.max(...design.lags, ...design.rolls);
    const X: number[][] = [];
    const target: number[] = [];
    for (let t = start; t < n; t++) {
      const reg = Object.fromEntries(design.regressorNames.map((k) => [k, regressors[k][t]]));
      X.push(features(design, y, t, dates[t], reg));
      target.push(y[t]);
    }
    const beta = ridge(X, target, RIDGE_LAMBDA);
    let sse = 0;
    X.forEach((row, i) => {
      const f = row.reduce((acc, v, j) => acc + v * beta[j + 1], beta[0]);
      sse += (target[i] - f) ** 2;
    });
    const sigma = Math.sqrt(sse / Math.max(1, X.length - beta.length));
    const regressorMeans = design.regressorNames.map((k) => regressors[k].reduce((a, b) => a + b, 0) / n);
    return { kind: "regression", ...design, regressorMeans, featureNames: featureNames(design), beta, sigma, tail: y.slice(-start) };
  },
  predict(f, { horizon, dates, regressors }): ModelForecast {
    const y = [...f.tail];
    const yhat: number[] = [];
    const names = f.featureNames;
    const contributions: Record<string, number[]> = {};
    const driverNames = [...f.regressorNames, ...(f.useHoliday ? ["holiday"] : []), ...(f.fourierOrder ? ["seasonality"] : [])];
    for (const d of driverNames) contributions[d] = [];
    for (let h = 0; h < horizon; h++) {
      const t = y.length;
      const reg = Object.fromEntries(f.regressorNames.map((k) => [k, regressors[k][h]]));
      const row = features(f, y, t, dates[h], reg);
      let v = f.beta[0];
      let season = 0;
      row.forEach((x, j) => {
        const c = x * f.beta[j + 1];
        v += c;
        const name = names[j];
        const r = f.regressorNames.indexOf(name);
        if (r >= 0) contributions[name].push(c - f.regressorMeans[r] * f.beta[j + 1]);
        else if (name in contributions) contributions[name].push(c);
        else if (/^(sin|cos)\d+$/.test(name)) season += c;
      });
      if (f.fourierOrder) contributions.seasonality.push(season);
      yhat.push(v);
      y.push(v);
    }
    return { yhat, sd: yhat.map((_, h) => f.sigma * Math.sqrt(h + 1)), contributions };
  },
};
