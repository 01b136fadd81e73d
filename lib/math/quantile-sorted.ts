/**
 * The linear-interpolation quantile of sorted values: R's type 7, numpy's and d3's default. For p in [0, 1] the
 * position is (n − 1)·p between the two neighbouring order statistics; p outside [0, 1] is clamped.
 * @param sorted ascending values (not checked: sorting is the caller's, so one sort serves many quantiles).
 * @throws {Error} when `sorted` is empty or p is NaN.
 * @example quantileSorted([1, 2, 3, 4], 0.5) // 2.5
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) throw new Error("quantileSorted: empty input");
  if (Number.isNaN(p)) throw new Error("quantileSorted: p is NaN");
  const pos = (sorted.length - 1) * Math.min(1, Math.max(0, p));
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/**
 * quantileSorted that answers NaN for no values (the mix models report that as "no interval"), for draws that may
 * all have failed.
 */
export function quantileOrNaN(sorted: ArrayLike<number>, p: number): number {
  return sorted.length ? quantileSorted(sorted, p) : Number.NaN;
}

/** The central 90 % interval [5 %, 95 %] of the finite values (type 7); NaN bounds when none is finite. */
export function interval90(values: readonly number[]): readonly [number, number] {
  const s = values.filter(Number.isFinite).sort((a, b) => a - b);
  return [quantileOrNaN(s, 0.05), quantileOrNaN(s, 0.95)];
}
