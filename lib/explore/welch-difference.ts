import { studentTQuantile } from "./student-t-quantile";

export type WelchDifference = {
  /** mean(a) − mean(b) */
  diff: number;
  low: number;
  high: number;
  meanA: number;
  meanB: number;
  nA: number;
  nB: number;
  /** Welch–Satterthwaite degrees of freedom */
  df: number;
  /** standard error of the difference */
  se: number;
  level: number;
};

function meanVariance(xs: readonly number[]): { mean: number; variance: number } {
  // Welford's update: stable for large values with small differences (weekly revenue in dollars).
  let mean = 0;
  let m2 = 0;
  xs.forEach((x, i) => {
    const d = x - mean;
    mean += d / (i + 1);
    m2 += d * (x - mean);
  });
  return { mean, variance: xs.length > 1 ? m2 / (xs.length - 1) : Number.NaN };
}

/**
 * Difference of two means with a Welch interval (unequal variances): se = √(s²a/na + s²b/nb), df by
 * Welch–Satterthwaite, diff ± t(df) · se. The same interval R's `t.test(a, b)` reports.
 * @throws {Error} when either group has fewer than 2 values or a value that is not finite.
 * @example welchDifference([10, 12, 14], [5, 6, 7, 8]) // diff 5.5, se 1.3229, df 3.2347
 */
export function welchDifference(a: readonly number[], b: readonly number[], level = 0.95): WelchDifference {
  if (a.length < 2 || b.length < 2) throw new Error(`welchDifference: each group needs at least 2 values, got ${a.length} and ${b.length}`);
  if ([...a, ...b].some((v) => !Number.isFinite(v))) throw new Error("welchDifference: values must be finite numbers");
  if (!(level > 0 && level < 1)) throw new Error(`welchDifference: level must be in (0, 1), got ${level}`);
  const A = meanVariance(a);
  const B = meanVariance(b);
  const va = A.variance / a.length;
  const vb = B.variance / b.length;
  const se = Math.sqrt(va + vb);
  const diff = A.mean - B.mean;
  if (se === 0) return { diff, low: diff, high: diff, meanA: A.mean, meanB: B.mean, nA: a.length, nB: b.length, df: a.length + b.length - 2, se, level };
  const df = (va + vb) ** 2 / (va ** 2 / (a.length - 1) + vb ** 2 / (b.length - 1));
  const half = studentTQuantile(0.5 + level / 2, df) * se;
  return { diff, low: diff - half, high: diff + half, meanA: A.mean, meanB: B.mean, nA: a.length, nB: b.length, df, se, level };
}
