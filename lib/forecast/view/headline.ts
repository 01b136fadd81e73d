/**
 * The page's headline numbers for a series and horizon: forecast activations over the next
 * `horizon` weeks against the actuals of the last `horizon` weeks (or as many as exist).
 */
export type ForecastHeadline = { weeks: number; forecastTotal: number; recentTotal: number; recentWeeks: number; change: number | null };

export function forecastHeadline(history: number[], forecast: number[], horizon: number): ForecastHeadline {
  const weeks = Math.min(horizon, forecast.length);
  const forecastTotal = forecast.slice(0, weeks).reduce((a, b) => a + b, 0);
  const recent = history.slice(-weeks);
  const recentTotal = recent.reduce((a, b) => a + b, 0);
  // Compare weekly averages so a history shorter than the horizon still compares like with like.
  const change = recent.length && weeks && recentTotal > 0 ? forecastTotal / weeks / (recentTotal / recent.length) - 1 : null;
  return { weeks, forecastTotal, recentTotal, recentWeeks: recent.length, change };
}

/** Plan rows for the first `count` weeks: the median forecast and the cost-minimising plan number. */
export function planRows(dates: string[], yhat: number[], plan: number[], count: number): { week: string; forecast: number; plan: number }[] {
  const n = Math.min(count, dates.length, yhat.length, plan.length);
  return Array.from({ length: n }, (_, i) => ({ week: dates[i], forecast: yhat[i], plan: plan[i] }));
}
