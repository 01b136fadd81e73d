/**
 * The oracle regression for the second family: OLS of the KPI on the TRUE media curves (each channel's adstock and
 * saturation known, only its scale fitted) plus intercept, trend, a two-harmonic season, price and the holiday
 * weeks. Its ROI error is what the data allow when every shape is known; its t says whether even that model can
 * tell a channel from zero. The regression misses only the trend's kink, so it is a floor, not an exact one.
 */
import { Matrix, inverse } from "ml-matrix";
import type { AltCase } from "./alt-case";

export type AltOracleChannel = { name: string; roi: number; t: number };

export function altOracle(c: AltCase): AltOracleChannel[] {
  const { media, price, holiday, kpi } = c.columns;
  const T = kpi.length;
  // A case without holiday weeks gets a one-week dummy in their place, which keeps the design full rank.
  const anyHoliday = holiday.some((h) => h > 0);
  const rows = kpi.map((_, t) => {
    const w = (2 * Math.PI * t) / 52.18;
    return [
      1,
      t / (T - 1) - 0.5,
      Math.sin(w),
      Math.cos(w),
      Math.sin(2 * w),
      Math.cos(2 * w),
      price[t],
      anyHoliday ? holiday[t] : t === 0 ? 1 : 0,
      ...media.map((m) => m[t]),
    ];
  });
  const X = new Matrix(rows);
  const y = Matrix.columnVector(kpi);
  const xtxInv = inverse(X.transpose().mmul(X));
  const b = xtxInv.mmul(X.transpose()).mmul(y).to1DArray();
  const fitted = X.mmul(Matrix.columnVector(b)).to1DArray();
  const s2 = kpi.reduce((s, v, t) => s + (v - fitted[t]) ** 2, 0) / (T - rows[0].length);
  const first = 8;
  return c.channels.map((ch, i) => {
    const j = first + i;
    const spend = ch.current * T;
    return { name: ch.name, roi: (b[j] * media[i].reduce((a, x) => a + x, 0)) / spend, t: b[j] / Math.sqrt(s2 * xtxInv.get(j, j)) };
  });
}
