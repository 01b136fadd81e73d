/**
 * Point and interval accuracy measures. Definitions follow the M4 competition
 * (`Benchmarks and Evaluation.R`, Makridakis et al. 2018) for sMAPE and MASE, Hyndman &
 * Koehler (2006) for MASE's in-sample scaling, and Gneiting & Raftery (2007) for pinball loss.
 * Every function throws when the arrays differ in length or are empty, naming itself.
 */

function check(name: string, actual: number[], forecast: number[]): void {
  if (actual.length === 0) throw new Error(`${name}: empty input`);
  if (actual.length !== forecast.length) throw new Error(`${name}: actual has ${actual.length} values, forecast ${forecast.length}`);
}

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

/** Mean absolute percentage error in %; points with actual = 0 are skipped (undefined there). */
export function mape(actual: number[], forecast: number[]): number {
  check("mape", actual, forecast);
  const terms = actual.flatMap((a, i) => (a === 0 ? [] : [Math.abs((a - forecast[i]) / a)]));
  return terms.length ? 100 * mean(terms) : Number.NaN;
}

/** M4 sMAPE in %: mean of 200·|Y−F|/(|Y|+|F|); a 0/0 point counts as 0 error. */
export function smape(actual: number[], forecast: number[]): number {
  check("smape", actual, forecast);
  return mean(
    actual.map((a, i) => {
      const d = Math.abs(a) + Math.abs(forecast[i]);
      return d === 0 ? 0 : (200 * Math.abs(a - forecast[i])) / d;
    }),
  );
}

/**
 * MASE scale: in-sample mean absolute error of the seasonal-naive forecast with lag m,
 * divided by n − m as in M4's R code. m = 1 for weekly in M4.
 */
export function maseScale(insample: number[], m = 1): number {
  if (insample.length <= m) throw new Error(`maseScale: need more than ${m} in-sample values, got ${insample.length}`);
  let s = 0;
  for (let j = m; j < insample.length; j++) s += Math.abs(insample[j] - insample[j - m]);
  return s / (insample.length - m);
}

/** MASE = mean |Y−F| / scale; NaN when the scale is 0 (a constant history). */
export function mase(actual: number[], forecast: number[], scale: number): number {
  check("mase", actual, forecast);
  return scale > 0 ? mae(actual, forecast) / scale : Number.NaN;
}

export function mae(actual: number[], forecast: number[]): number {
  check("mae", actual, forecast);
  return mean(actual.map((a, i) => Math.abs(a - forecast[i])));
}

export function rmse(actual: number[], forecast: number[]): number {
  check("rmse", actual, forecast);
  return Math.sqrt(mean(actual.map((a, i) => (a - forecast[i]) ** 2)));
}

/** Mean of forecast − actual: positive = over-forecasting. */
export function bias(actual: number[], forecast: number[]): number {
  check("bias", actual, forecast);
  return mean(actual.map((a, i) => forecast[i] - a));
}

/**
 * Share (0..1) of steps whose direction of change from the previous value matches the
 * actual direction. `last` is the last observed value before the window (direction of step 1).
 */
export function directionalAccuracy(actual: number[], forecast: number[], last: number): number {
  check("directionalAccuracy", actual, forecast);
  let hits = 0;
  for (let i = 0; i < actual.length; i++) {
    const prev = i === 0 ? last : actual[i - 1];
    if (Math.sign(actual[i] - prev) === Math.sign(forecast[i] - prev)) hits++;
  }
  return hits / actual.length;
}

/** Share (0..1) of actuals inside [lo, hi]. */
export function coverage(actual: number[], lo: number[], hi: number[]): number {
  check("coverage", actual, lo);
  check("coverage", actual, hi);
  return mean(actual.map((a, i) => (a >= lo[i] && a <= hi[i] ? 1 : 0)));
}

/** Pinball (quantile) loss at quantile q: mean of max(q·(y−f), (q−1)·(y−f)). */
export function pinball(actual: number[], quantileForecast: number[], q: number): number {
  check("pinball", actual, quantileForecast);
  if (!(q > 0 && q < 1)) throw new Error(`pinball: q must be in (0, 1), got ${q}`);
  return mean(
    actual.map((a, i) => {
      const u = a - quantileForecast[i];
      return Math.max(q * u, (q - 1) * u);
    }),
  );
}
