import { normalQuantile } from "./normal-quantile";
import type { BacktestFold, ForecastResult, IntervalForecast } from "./types";
import { Z80, Z95 } from "./calibrate-intervals";

/**
 * Money impact of forecast error (newsvendor model, e.g. Porteus, "Foundations of Stochastic
 * Inventory Theory", ch. 1). Over-forecasting by one unit costs `co` (wasted spend/stock),
 * under-forecasting costs `cu` (lost margin). The expected cost is minimised by planning the
 * quantile of the predictive distribution at the critical ratio cu/(cu + co).
 */
export type CostRates = { co: number; cu: number };
export type ErrorCost = { total: number; perPeriod: number; over: number; under: number; periods: number };

function checkRates(fn: string, { co, cu }: CostRates): void {
  if (!(co >= 0 && cu >= 0 && co + cu > 0)) throw new Error(`${fn}: co and cu must be non-negative and not both 0, got co=${co}, cu=${cu}`);
}

/** Newsvendor critical ratio cu/(cu + co). */
export function criticalRatio(rates: CostRates): number {
  checkRates("criticalRatio", rates);
  return rates.cu / (rates.cu + rates.co);
}

/** Cost in currency of planning `forecast` when `actual` happened: co per unit over, cu per unit under. */
export function forecastErrorCost(actual: number[], forecast: number[], rates: CostRates): ErrorCost {
  checkRates("forecastErrorCost", rates);
  if (actual.length !== forecast.length) throw new Error(`forecastErrorCost: ${actual.length} actuals, ${forecast.length} forecasts`);
  let over = 0;
  let under = 0;
  actual.forEach((a, i) => {
    const d = forecast[i] - a;
    if (d > 0) over += rates.co * d;
    else under += rates.cu * -d;
  });
  const total = over + under;
  return { total, perPeriod: actual.length ? total / actual.length : 0, over, under, periods: actual.length };
}

/** Cost of a model's walk-forward backtest errors (all folds pooled). */
export function backtestCost(folds: BacktestFold[], rates: CostRates): ErrorCost {
  return forecastErrorCost(
    folds.flatMap((f) => f.actual),
    folds.flatMap((f) => f.yhat),
    rates,
  );
}

/**
 * Quantile τ of the calibrated predictive distribution, per step: piecewise-linear in normal
 * score z = Φ⁻¹(τ) through the five known quantiles (2.5 %, 10 %, 50 %, 90 %, 97.5 % =
 * lo95, lo80, yhat, hi80, hi95), extrapolated linearly beyond the 95 % bounds. Linear in z
 * reproduces a normal distribution exactly and follows skewed (clipped) intervals otherwise.
 */
export function forecastQuantile(f: Pick<IntervalForecast, "yhat" | "lo80" | "hi80" | "lo95" | "hi95">, tau: number): number[] {
  if (!(tau > 0 && tau < 1)) throw new Error(`forecastQuantile: tau must be in (0, 1), got ${tau}`);
  const z = normalQuantile(tau);
  const knots = [-Z95, -Z80, 0, Z80, Z95];
  return f.yhat.map((_, i) => {
    const v = [f.lo95[i], f.lo80[i], f.yhat[i], f.hi80[i], f.hi95[i]];
    let k = 0;
    while (k < knots.length - 2 && z > knots[k + 1]) k++;
    const t = (z - knots[k]) / (knots[k + 1] - knots[k]);
    return v[k] + t * (v[k + 1] - v[k]);
  });
}

/** The cost-minimising plan: the forecast quantile at the critical ratio. */
export function planNumbers(f: IntervalForecast, rates: CostRates): { ratio: number; plan: number[] } {
  const ratio = criticalRatio(rates);
  // τ = 0 or 1 has no finite quantile; clamp to the 0.1 % tails
  return { ratio, plan: forecastQuantile(f, Math.min(0.999, Math.max(0.001, ratio))) };
}

/** Backtest cost of `model` against the seasonal-naive baseline (falls back to naive if snaive did not run). */
export function costSaving(
  result: ForecastResult,
  model: string,
  rates: CostRates,
): {
  model: string;
  baseline: string;
  modelCost: ErrorCost;
  baselineCost: ErrorCost;
  saving: number;
  savingPct: number;
} {
  const baseline = result.backtests.snaive?.length ? "snaive" : "naive";
  const mine = result.backtests[model];
  if (!mine?.length) throw new Error(`costSaving: no backtest for model "${model}"`);
  const base = result.backtests[baseline];
  if (!base?.length) throw new Error("costSaving: no baseline backtest (snaive or naive)");
  const modelCost = backtestCost(mine, rates);
  const baselineCost = backtestCost(base, rates);
  const saving = baselineCost.total - modelCost.total;
  return { model, baseline, modelCost, baselineCost, saving, savingPct: baselineCost.total > 0 ? (100 * saving) / baselineCost.total : 0 };
}
