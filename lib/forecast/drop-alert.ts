/**
 * Demand-drop warning: compares the mean forecast of the next `weeks` weeks with the mean of
 * the last `weeks` actual weeks and flags a fall of more than `thresholdPct` percent
 * (product brief: "a warning when a drop > 20 % is coming").
 */
export type DropAlert = {
  alert: boolean;
  thresholdPct: number;
  weeks: number;
  recentMean: number;
  forecastMean: number;
  /** 100·(forecastMean − recentMean)/recentMean; NaN when the recent mean is not positive */
  changePct: number;
};

export const DEFAULT_DROP_THRESHOLD_PCT = 20;
export const DEFAULT_DROP_WEEKS = 4;

/**
 * @param actual history, oldest first
 * @param forecast point forecast, first step = the week after the last actual
 * @throws when either series is shorter than `weeks` or the threshold is outside 0..100
 * @example detectDrop([100, 100, 100, 100], [70, 70, 70, 70]).alert // true (−30 %)
 */
export function detectDrop(actual: number[], forecast: number[], options: { thresholdPct?: number; weeks?: number } = {}): DropAlert {
  const thresholdPct = options.thresholdPct ?? DEFAULT_DROP_THRESHOLD_PCT;
  const weeks = options.weeks ?? DEFAULT_DROP_WEEKS;
  if (!(thresholdPct >= 0 && thresholdPct <= 100)) throw new Error(`detectDrop: thresholdPct must be in 0..100, got ${thresholdPct}`);
  if (!Number.isInteger(weeks) || weeks < 1) throw new Error(`detectDrop: weeks must be a positive integer, got ${weeks}`);
  if (actual.length < weeks) throw new Error(`detectDrop: need ${weeks} actual weeks, got ${actual.length}`);
  if (forecast.length < weeks) throw new Error(`detectDrop: need ${weeks} forecast weeks, got ${forecast.length}`);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const recentMean = mean(actual.slice(-weeks));
  const forecastMean = mean(forecast.slice(0, weeks));
  const changePct = recentMean > 0 ? (100 * (forecastMean - recentMean)) / recentMean : Number.NaN;
  return { alert: Number.isFinite(changePct) && changePct < -thresholdPct, thresholdPct, weeks, recentMean, forecastMean, changePct };
}
