/**
 * An "oracle" national regression for the demo data: OLS of national weekly revenue on the TRUE
 * media transforms (true adstock and Hill shape, β free) plus controls built only from the
 * dataset's own tables (trend, two yearly Fourier pairs, holiday-week dummies, macro indicators,
 * promotion sales spread over their days). It is the ceiling a national mix model can reach on this
 * data: its R² and recovered ROIs show how identifiable each channel is, and benchmarks can put a
 * fitted model next to it. Pure; ~30 ms.
 */
import { adstockWeights, applyAdstock, hillShape } from "../math/response-curve";
import { addDays, dayOfYear, daysBetween, mondayOf } from "./calendar";
import type { DemoDataset } from "./types";

/** Normal equations solved by Gauss–Jordan with partial pivoting (p ≈ 25, so conditioning is fine). */
function leastSquares(X: number[][], y: number[]): number[] {
  const p = X[0].length;
  const A = Array.from({ length: p }, () => new Array<number>(p + 1).fill(0));
  X.forEach((row, i) => {
    for (let a = 0; a < p; a++) {
      for (let b = 0; b < p; b++) A[a][b] += row[a] * row[b];
      A[a][p] += row[a] * y[i];
    }
  });
  for (let c = 0; c < p; c++) {
    let piv = c;
    for (let r = c + 1; r < p; r++) if (Math.abs(A[r][c]) > Math.abs(A[piv][c])) piv = r;
    [A[c], A[piv]] = [A[piv], A[c]];
    for (let r = 0; r < p; r++) {
      if (r === c) continue;
      const f = A[r][c] / A[c][c];
      for (let k = c; k <= p; k++) A[r][k] -= f * A[c][k];
    }
  }
  return A.map((row, i) => row[p] / row[i]);
}

export type OracleRegression = {
  r2: number;
  channels: { name: string; beta: number; roi: number; trueBeta: number; trueRoi: number }[];
};

export function fitOracleRegression(d: DemoDataset): OracleRegression {
  const weeks = [...new Set(d.demand.map((r) => r.week))].sort();
  const index = new Map(weeks.map((w, i) => [w, i]));
  const n = weeks.length;
  const y = new Array<number>(n).fill(0);
  for (const r of d.demand) y[index.get(r.week)!] += r.revenue;

  const media = d.truth.channels.map((c) => {
    const spend = new Array<number>(n).fill(0);
    for (const r of d.spend) if (r.channel === c.name) spend[index.get(r.week)!] += r.spend;
    return { c, spend, x: Array.from(applyAdstock(spend, adstockWeights(c.adstock)), (v) => hillShape(v, c.saturation.alpha, c.saturation.gamma)) };
  });
  const holidayNames = [...new Set(d.holidays.map((h) => h.name))];
  const macroNames = [...new Set(d.macro.map((m) => m.name))];
  const macro = new Map(d.macro.map((m) => [`${m.week}|${m.name}`, m.value]));
  const promo = new Array<number>(n).fill(0);
  for (const p of d.promotions) {
    if (!p.salesAmount) continue;
    const days = daysBetween(p.startDate, p.endDate) + 1;
    for (let k = 0; k < days; k++) {
      const t = index.get(mondayOf(addDays(p.startDate, k)));
      if (t !== undefined) promo[t] += p.salesAmount / days;
    }
  }
  const X = weeks.map((w, t) => {
    const doy = dayOfYear(w);
    const row = [1, t];
    for (const k of [1, 2]) row.push(Math.cos((2 * Math.PI * k * doy) / 365.25), Math.sin((2 * Math.PI * k * doy) / 365.25));
    for (const h of holidayNames) row.push(d.holidays.some((x) => x.name === h && mondayOf(x.date) === w) ? 1 : 0);
    for (const m of macroNames) row.push(macro.get(`${w}|${m}`)!);
    row.push(promo[t]);
    for (const m of media) row.push(m.x[t]);
    return row;
  });
  // Drop constant columns (a holiday outside a short window, a channel with no spend) except the
  // intercept, so the normal equations stay solvable; dropped columns get coefficient 0.
  const keep = X[0].map((_, j) => j === 0 || X.some((row) => row[j] !== X[0][j]));
  const kept = keep.flatMap((k, j) => (k ? [j] : []));
  const solved = leastSquares(
    X.map((row) => kept.map((j) => row[j])),
    y,
  );
  const coef = new Array<number>(X[0].length).fill(0);
  kept.forEach((j, i) => (coef[j] = solved[i]));
  const fitted = X.map((row) => row.reduce((s, x, j) => s + x * coef[j], 0));
  const mean = y.reduce((s, v) => s + v, 0) / n;
  const r2 = 1 - y.reduce((s, v, i) => s + (v - fitted[i]) ** 2, 0) / y.reduce((s, v) => s + (v - mean) ** 2, 0);
  const betas = coef.slice(coef.length - media.length);

  return {
    r2,
    channels: media.map((m, i) => ({
      name: m.c.name,
      beta: betas[i],
      roi: (betas[i] * m.x.reduce((s, v) => s + v, 0)) / m.spend.reduce((s, v) => s + v, 0),
      trueBeta: m.c.saturation.beta,
      trueRoi: m.c.roi,
    })),
  };
}
