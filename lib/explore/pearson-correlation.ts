import type { CorrelationEstimate } from "./correlation-types";
import { fisherZInterval } from "./fisher-z-interval";

/**
 * Pearson's correlation with a Fisher-z confidence interval. Sums are taken around the means (two passes), which
 * keeps precision for large values such as weekly revenue in dollars.
 * @param x driver values; @param y KPI values (same length, finite numbers).
 * @returns r in [−1, 1] (NaN when either side is constant) and its `level` interval.
 * @throws {Error} when the arrays differ in length, hold fewer than 2 pairs or a value that is not finite.
 * @example pearsonCorrelation([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]) // { r: 0.7746, low: −0.3402, high: 0.9843, n: 5 }
 */
export function pearsonCorrelation(x: readonly number[], y: readonly number[], level = 0.95): CorrelationEstimate {
  checkPairs("pearsonCorrelation", x, y);
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i];
    my += y[i];
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i] - mx;
    const dy = y[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  const r = sxx === 0 || syy === 0 ? Number.NaN : Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
  const [low, high] = fisherZInterval(r, n, level);
  return { r, low, high, n, level };
}

export function checkPairs(fn: string, x: readonly number[], y: readonly number[]) {
  if (x.length !== y.length) throw new Error(`${fn}: arrays differ in length (${x.length} vs ${y.length})`);
  if (x.length < 2) throw new Error(`${fn}: need at least 2 pairs, got ${x.length}`);
  for (let i = 0; i < x.length; i++) if (!Number.isFinite(x[i]) || !Number.isFinite(y[i])) throw new Error(`${fn}: pair ${i} is not a finite number`);
}
