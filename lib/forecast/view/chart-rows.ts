/**
 * Rows for the Forecasts chart, one per week: actuals, the forecast line and its 80 %/95 %
 * bands (as [low, high] pairs, which Recharts draws as range areas), and walk-forward backtest
 * fits, one column per fold (`backtest0`, `backtest1`, …) so separate folds are not joined.
 */
export type ChartForecast = { dates: string[]; yhat: number[]; lo80: number[]; hi80: number[]; lo95: number[]; hi95: number[] };
export type ChartFold = { origin: string; dates: string[]; yhat: number[] };
export type ChartRow = {
  week: string;
  actual?: number;
  forecast?: number;
  band80?: [number, number];
  band95?: [number, number];
  /** another forecast drawn for comparison (the shared forecast beside a scenario view) */
  compare?: number;
  [backtest: `backtest${number}`]: number | undefined;
};

export function buildChartRows(input: {
  history: { dates: string[]; values: number[] };
  forecast: ChartForecast | null;
  folds: ChartFold[];
  horizon: number;
  compare?: ChartForecast | null;
}): { rows: ChartRow[]; foldCount: number } {
  const rows = new Map<string, ChartRow>();
  const row = (week: string) => {
    let r = rows.get(week);
    if (!r) rows.set(week, (r = { week }));
    return r;
  };
  input.history.dates.forEach((d, i) => (row(d).actual = input.history.values[i]));
  const f = input.forecast;
  if (f) {
    const n = Math.min(input.horizon, f.dates.length);
    for (let t = 0; t < n; t++) {
      const r = row(f.dates[t]);
      r.forecast = f.yhat[t];
      r.band80 = [f.lo80[t], f.hi80[t]];
      r.band95 = [f.lo95[t], f.hi95[t]];
    }
    // Start the forecast line at the last actual so it does not float free of the history.
    const last = input.history.dates.length - 1;
    if (last >= 0 && n > 0) {
      const r = row(input.history.dates[last]);
      const v = input.history.values[last];
      r.forecast = v;
      r.band80 = [v, v];
      r.band95 = [v, v];
    }
  }
  const c = input.compare;
  if (c) {
    const n = Math.min(input.horizon, c.dates.length);
    for (let t = 0; t < n; t++) row(c.dates[t]).compare = c.yhat[t];
    const last = input.history.dates.length - 1;
    if (last >= 0 && n > 0) row(input.history.dates[last]).compare = input.history.values[last];
  }
  const firstWeek = input.history.dates[0] ?? "";
  const folds = input.folds.filter((fold) => fold.dates.length > 0 && fold.dates[fold.dates.length - 1] >= firstWeek);
  folds.forEach((fold, k) => fold.dates.forEach((d, t) => (row(d)[`backtest${k}`] = fold.yhat[t])));
  return { rows: [...rows.values()].sort((a, b) => (a.week < b.week ? -1 : a.week > b.week ? 1 : 0)), foldCount: folds.length };
}

/** Weekly dates from `start` (ISO Monday) for `count` weeks. */
export function weeksFrom(start: string, count: number): string[] {
  const t0 = Date.parse(`${start}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => new Date(t0 + i * 7 * 86_400_000).toISOString().slice(0, 10));
}
