/**
 * The 90 % interval a fit reports next to a point estimate: the draws' interval, widened to hold the point (a point
 * chosen by another rule, such as the shape-averaged ROI or the selected shapes' marginal ROI, need not lie inside
 * the draws'), and starting at 0 for a channel the no-effect test cannot tell from zero (the test put 0 inside it).
 * Why one rule: the marginal ROI of a flagged channel was reported as 0 with an interval of [0.55, 2.16], and an
 * identified one as 2.43 with [1.19, 2.29]; a planner reading either sees a number its own interval denies.
 * @example reportedInterval(2.43, [1.19, 2.29], false) // [1.19, 2.43]
 * @example reportedInterval(0, [0.55, 2.16], true) // [0, 2.16]
 */
export function reportedInterval(point: number, [low, high]: readonly [number, number], fromZero: boolean): [number, number] {
  // Math.min/max keep NaN: without draws there is no interval (NaN), not a zero-width one.
  return [fromZero ? 0 : Math.min(low, point), Math.max(high, point)];
}
