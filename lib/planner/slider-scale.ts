/**
 * Range of a channel's spend slider (USD/week): 0 … 3 × its baseline spend, or the total weekly
 * budget for a channel with no baseline; always wide enough to show the current value (an optimized
 * plan may put more than 3 × baseline into one channel). The step gives ~500 positions, rounded to
 * a 1-2-5 number so arrow keys move by amounts people read easily.
 * @example sliderScale(1000, 5000, 800) // { max: 3000, step: 5 }
 */
export function sliderScale(baseline: number, totalBudget: number, current: number): { max: number; step: number } {
  const base = baseline > 0 ? 3 * baseline : totalBudget;
  const raw = Math.max(base, current, 1);
  const step = niceStep(raw / 500);
  return { max: Math.ceil(raw / step) * step, step };
}

/** The 1-2-5 number at or below x; never below 1 (whole dollars per week are fine enough for a slider). */
export function niceStep(x: number): number {
  if (!(x > 1)) return 1;
  const p = Math.pow(10, Math.floor(Math.log10(x)));
  const m = x / p;
  return (m >= 5 ? 5 : m >= 2 ? 2 : 1) * p;
}
