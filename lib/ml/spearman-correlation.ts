import { averageRanks } from "./average-ranks";

/**
 * Spearman's rank correlation: Pearson correlation of the average ranks (ties handled), so it
 * measures whether two quantities are ordered alike regardless of scale.
 *
 * @returns rho in [−1, 1], NaN when either side is constant.
 * @throws {Error} when arrays differ in length or have fewer than 2 values.
 * @example spearmanCorrelation([1, 2, 3, 4], [10, 20, 40, 30]) // 0.8
 */
export function spearmanCorrelation(x: readonly number[], y: readonly number[]): number {
  if (x.length !== y.length) throw new Error("spearmanCorrelation: arrays differ in length");
  if (x.length < 2) throw new Error("spearmanCorrelation: need at least 2 pairs");
  const rx = averageRanks(x);
  const ry = averageRanks(y);
  const n = x.length;
  const mx = rx.reduce((s, v) => s + v, 0) / n;
  const my = ry.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (rx[i] - mx) * (ry[i] - my);
    sxx += (rx[i] - mx) ** 2;
    syy += (ry[i] - my) ** 2;
  }
  return sxx === 0 || syy === 0 ? Number.NaN : sxy / Math.sqrt(sxx * syy);
}
