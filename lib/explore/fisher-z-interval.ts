import { normalQuantile } from "../forecast/normal-quantile";

/**
 * Confidence interval of a correlation through Fisher's z = atanh(r), which is close to normal with standard error
 * √(varianceFactor / (n − 3)). varianceFactor is 1 for Pearson's r; 1.06 for Spearman's ρ (Fieller, Hartley &
 * Pearson 1957, the usual choice for rank correlations).
 * @returns [low, high]; [NaN, NaN] when n ≤ 3 or r is not a number (too few pairs for an interval).
 * @throws {Error} when level is not in (0, 1).
 * @example fisherZInterval(0.7745966692, 5) // [-0.3402, 0.9843] (R: cor.test)
 */
export function fisherZInterval(r: number, n: number, level = 0.95, varianceFactor = 1): [number, number] {
  if (!(level > 0 && level < 1)) throw new Error(`fisherZInterval: level must be in (0, 1), got ${level}`);
  if (!Number.isFinite(r) || n <= 3) return [Number.NaN, Number.NaN];
  if (Math.abs(r) >= 1) return [r, r];
  const z = Math.atanh(r);
  const half = normalQuantile(0.5 + level / 2) * Math.sqrt(varianceFactor / (n - 3));
  return [Math.tanh(z - half), Math.tanh(z + half)];
}
