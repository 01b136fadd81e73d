import { backtestCost, costSaving, criticalRatio, planNumbers, type CostRates } from "@/lib/forecast/cost";
import type { ForecastResult, IntervalForecast } from "@/lib/forecast/types";

/**
 * Money impact of forecast error for one series, in USD: per model the cost of its walk-forward
 * backtest errors (over-forecast units × co + under-forecast units × cu) and its plan number per
 * horizon step (the forecast quantile at the newsvendor critical ratio cu/(cu+co)); and what the
 * shown model saves against seasonal naive over the same backtest weeks.
 */
export type ModelMoney = { cost: number; over: number; under: number; weeks: number; plan: number[] };
export type SeriesMoney = {
  co: number;
  cu: number;
  ratio: number;
  models: Record<string, ModelMoney>;
  saving: { model: string; baseline: string; modelCost: number; baselineCost: number; saving: number; savingPct: number } | null;
  /** plan numbers of the forecast the page shows by default (the reconciled one), when given */
  shownPlan?: number[];
};

const round2 = (v: number) => Math.round(v * 100) / 100;

export function seriesMoney(
  result: Pick<ForecastResult, "forecasts" | "backtests">,
  rates: CostRates,
  shownModel: string,
  shownForecast?: IntervalForecast,
): SeriesMoney {
  const models: Record<string, ModelMoney> = {};
  for (const [model, f] of Object.entries(result.forecasts)) {
    const folds = result.backtests[model] ?? [];
    const c = folds.length ? backtestCost(folds, rates) : null;
    models[model] = {
      cost: c ? round2(c.total) : Number.NaN,
      over: c ? round2(c.over) : Number.NaN,
      under: c ? round2(c.under) : Number.NaN,
      weeks: c?.periods ?? 0,
      plan: planNumbers(f, rates).plan.map(round2),
    };
  }
  let saving: SeriesMoney["saving"] = null;
  try {
    const s = costSaving(result as ForecastResult, shownModel, rates);
    saving = {
      model: s.model,
      baseline: s.baseline,
      modelCost: round2(s.modelCost.total),
      baselineCost: round2(s.baselineCost.total),
      saving: round2(s.saving),
      savingPct: round2(s.savingPct),
    };
  } catch {
    // no backtest for the shown model or the baseline (short series): there is nothing to compare
  }
  return {
    co: rates.co,
    cu: rates.cu,
    ratio: criticalRatio(rates),
    models,
    saving,
    ...(shownForecast ? { shownPlan: planNumbers(shownForecast, rates).plan.map(round2) } : {}),
  };
}

/**
 * What `model` saves against the seasonal-naive baseline (naive when seasonal naive did not run)
 * over the same backtest weeks, from the stored per-model costs; null without both costs.
 */
export function savingVsBaseline(
  money: Pick<SeriesMoney, "models">,
  model: string,
): { model: string; baseline: string; saving: number; savingPct: number | null; weeks: number } | null {
  const baseline = Number.isFinite(money.models.snaive?.cost) ? "snaive" : Number.isFinite(money.models.naive?.cost) ? "naive" : null;
  const mine = money.models[model];
  if (!baseline || !mine || !Number.isFinite(mine.cost)) return null;
  const base = money.models[baseline].cost;
  const saving = base - mine.cost;
  return { model, baseline, saving, savingPct: base > 0 ? saving / base : null, weeks: mine.weeks };
}

export function sumFirst(xs: number[], n: number): number {
  let s = 0;
  for (let i = 0; i < Math.min(n, xs.length); i++) s += xs[i];
  return s;
}
