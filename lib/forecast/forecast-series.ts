import type { FitInput, ForecastOptions, ForecastResult, IntervalForecast, ModelForecast, SeriesInput } from "./types";
import { backtestModel, fitAndPredict, foldTrainLengths, type FoldForecast, type PreparedSeries } from "./backtest";
import { applyCalibration, calibrate, type Calibration } from "./calibrate-intervals";
import { scoreBacktest, type BacktestMetrics } from "./score-backtest";
import { rankModels } from "./select-model";
import { prepareSeries } from "./prepare-series";
import { BUILTIN_MODELS, DEFAULT_MODELS, MODEL_NAMES, type AnyModel } from "./models/registry";
import { createProphetModel } from "./models/prophet";
import { SEASON } from "./models/seasonal-naive";
import { loadAugurs, loadProphet } from "./wasm-loader";

/**
 * Forecast one weekly series: walk-forward backtest of every candidate model, intervals
 * calibrated on the backtest errors, automatic choice by backtest score (see select-model.ts),
 * an equal-weight ensemble of the best `ensembleSize` single models, and a final refit of
 * each model on the full history.
 *
 * Fallbacks: < 8 points → naive only; < 104 points (2 seasons) → no seasonal models; too
 * short for a backtest → theta (≥ 4 points) or naive, chosen without a backtest. Every
 * fallback is reported in `notes`.
 */
export const MIN_POINTS = 8;
export const DEFAULT_FOLDS = 3;
export const DEFAULT_ENSEMBLE_SIZE = 3;
export const DEFAULT_ENSEMBLE_MARGIN = 0.15;
export const DEFAULT_ENSEMBLE_COMBINE: "mean" | "median" = "median";

type Progress = (fraction: number, stage: string) => void;

type ModelRun = { name: string; folds: FoldForecast[]; cal: Calibration; metrics?: BacktestMetrics; final: ModelForecast };

function allFinite(xs: number[]): boolean {
  return xs.every(Number.isFinite);
}

/** Non-negative histories (demand, counts) get non-negative forecasts and bounds. */
function clip(xs: number[], floor: number | null): number[] {
  return floor === null ? xs : xs.map((v) => Math.max(floor, v));
}

function meanOf(rows: number[][]): number[] {
  return rows[0].map((_, i) => rows.reduce((s, r) => s + r[i], 0) / rows.length);
}

/** Step-wise median: robust to one member going astray (Kourentzes et al. 2014 on combination operators). */
function medianOf(rows: number[][]): number[] {
  return rows[0].map((_, i) => {
    const v = rows.map((r) => r[i]).sort((a, b) => a - b);
    const m = v.length >> 1;
    return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
  });
}

export async function forecastSeries(input: SeriesInput, options: ForecastOptions, onProgress?: Progress): Promise<ForecastResult> {
  const requested = options.models?.length ? options.models : DEFAULT_MODELS;
  const unknown = requested.filter((m) => !(MODEL_NAMES as readonly string[]).includes(m));
  if (unknown.length) throw new Error(`forecastSeries: unknown model(s) ${unknown.join(", ")}; known: ${MODEL_NAMES.join(", ")}`);
  await loadAugurs();
  const prophet = requested.includes("prophet") ? createProphetModel(await loadProphet()) : null;
  return forecastSeriesLoaded(input, options, onProgress, prophet);
}

/** Synchronous core; the caller must have awaited `loadAugurs()` (and passed Prophet if wanted). */
export function forecastSeriesLoaded(input: SeriesInput, options: ForecastOptions, onProgress?: Progress, prophet: AnyModel | null = null): ForecastResult {
  const { horizon } = options;
  const p = prepareSeries(input, horizon, options.maxHistory);
  const notes = [...p.notes];
  const n = p.y.length;
  const seed = options.seed ?? 1;
  const requested = options.models?.length ? options.models : DEFAULT_MODELS;
  if (options.chosen && !requested.includes(options.chosen)) throw new Error(`forecastSeries: chosen model "${options.chosen}" is not among the models`);
  const registry: Record<string, AnyModel> = { ...BUILTIN_MODELS, ...(prophet ? { prophet } : {}) };
  const unavailable = requested.filter((m) => m !== "ensemble" && !registry[m]);
  if (unavailable.length) throw new Error(`forecastSeries: model(s) ${unavailable.join(", ")} not loaded (use forecastSeries, or pass the Prophet model)`);
  const otherLevels = (options.levels ?? []).filter((l) => l !== 80 && l !== 95);
  if (otherLevels.length) notes.push(`interval levels ${otherLevels.join(", ")} not supported: 80 % and 95 % intervals given`);

  // --- eligibility ---
  let singles = requested.filter((m) => m !== "ensemble");
  if (!singles.includes("naive")) singles = ["naive", ...singles]; // baseline for scoring, always run
  if (n < MIN_POINTS) {
    notes.push(`only ${n} points (< ${MIN_POINTS}): naive forecast only`);
    singles = ["naive"];
  }
  const seasonalDropped = singles.filter((m) => registry[m]?.seasonal && n < 2 * SEASON);
  if (seasonalDropped.length) notes.push(`${n} points < 2 seasons (${2 * SEASON}): no seasonal models (${seasonalDropped.join(", ")})`);
  singles = singles.filter((m) => !seasonalDropped.includes(m));

  const bh = Math.max(1, Math.min(options.backtestHorizon ?? Math.min(horizon, 13), Math.floor(n / 4)));
  const folds = Math.max(0, options.folds ?? DEFAULT_FOLDS);
  const trainLengths = n >= MIN_POINTS ? foldTrainLengths(n, folds, bh, MIN_POINTS) : [];
  if (trainLengths.length === 0 && n >= MIN_POINTS) notes.push("too short for a walk-forward backtest: model chosen without one");
  else if (trainLengths.length < folds && n >= MIN_POINTS) notes.push(`history allows ${trainLengths.length} of ${folds} backtest folds`);
  const firstTrain = trainLengths[0] ?? n;
  const tooShort = singles.filter((m) => {
    const model = registry[m];
    const need = Math.max(model.minLength, model.seasonal ? 2 * SEASON : 0);
    return m !== "naive" && (firstTrain < need || n < need);
  });
  if (tooShort.length) notes.push(`not enough history for ${tooShort.join(", ")} in the backtest folds: skipped`);
  singles = singles.filter((m) => !tooShort.includes(m));

  const series: PreparedSeries = { y: p.y, dates: p.dates, regressors: p.regressors, holidays: p.holidays };
  const floor = p.y.every((v) => v >= 0) ? 0 : null;
  const finalInput: FitInput = {
    y: p.y,
    dates: p.dates,
    regressors: p.regressors,
    holidays: p.holidays,
    horizon,
    future: { dates: p.futureDates, regressors: p.futureRegressors },
    seed,
  };

  // --- backtest + final fit per model ---
  const runs: ModelRun[] = [];
  singles.forEach((name, i) => {
    onProgress?.(i / (singles.length + 1), `backtesting ${name}`);
    try {
      const model = registry[name];
      const folds = backtestModel(model, series, trainLengths, bh, seed).map((f) => ({ ...f, yhat: clip(f.yhat, floor) }));
      const final = fitAndPredict(model, finalInput).forecast;
      if (!folds.every((f) => allFinite(f.yhat) && allFinite(f.sd)) || !allFinite(final.yhat) || !allFinite(final.sd)) {
        notes.push(`${name}: produced non-finite values, dropped`);
        return;
      }
      const cal = calibrate(folds);
      runs.push({ name, folds, cal, metrics: folds.length ? scoreBacktest(folds, cal) : undefined, final });
    } catch (error) {
      notes.push(`${name}: failed (${error instanceof Error ? error.message : String(error)}), dropped`);
    }
  });

  // --- ranking, ensemble ---
  const baseline = runs.find((r) => r.name === "naive")?.metrics;
  let ranked = baseline
    ? rankModels(
        runs.filter((r) => r.metrics).map((r) => ({ model: r.name, metrics: r.metrics! })),
        baseline,
      )
    : [];
  const k = options.ensembleSize ?? DEFAULT_ENSEMBLE_SIZE;
  if (requested.includes("ensemble") && ranked.length >= 2 && baseline) {
    const members = ranked.slice(0, Math.min(k, ranked.length)).map((r) => runs.find((x) => x.name === r.model)!);
    const combine = (options.ensembleCombine ?? DEFAULT_ENSEMBLE_COMBINE) === "median" ? medianOf : meanOf;
    const efolds: FoldForecast[] = members[0].folds.map((f, j) => ({
      ...f,
      yhat: combine(members.map((m) => m.folds[j].yhat)),
      sd: meanOf(members.map((m) => m.folds[j].sd)),
    }));
    const cal = calibrate(efolds);
    runs.push({
      name: "ensemble",
      folds: efolds,
      cal,
      metrics: scoreBacktest(efolds, cal),
      final: { yhat: combine(members.map((m) => m.final.yhat)), sd: meanOf(members.map((m) => m.final.sd)) },
    });
    notes.push(`ensemble = ${combine === medianOf ? "median" : "mean"} of ${members.map((m) => m.name).join(", ")} (best ${members.length} by backtest)`);
    ranked = rankModels(
      runs.filter((r) => r.metrics).map((r) => ({ model: r.name, metrics: r.metrics! })),
      baseline,
    );
  }

  let chosen: string;
  if (options.chosen) {
    if (!runs.some((r) => r.name === options.chosen))
      throw new Error(`forecastSeries: chosen model "${options.chosen}" could not be fitted (${notes.join("; ")})`);
    chosen = options.chosen;
    notes.push(`model "${chosen}" chosen by the caller`);
  } else if (ranked.length) {
    chosen = ranked[0].model;
    // Prefer the combination unless a single model beats it clearly: backtest choice among
    // close competitors is mostly noise, and combinations are the robust default (M4 findings).
    const margin = options.ensembleMargin ?? DEFAULT_ENSEMBLE_MARGIN;
    const ens = ranked.find((r) => r.model === "ensemble");
    if (ens && chosen !== "ensemble" && ens.metrics.score <= ranked[0].metrics.score * (1 + margin)) chosen = "ensemble";
  } else {
    chosen = runs.find((r) => r.name === "theta")?.name ?? "naive";
    if (n >= MIN_POINTS) notes.push(`chose ${chosen} without a backtest`);
  }

  // --- outputs ---
  const forecasts: Record<string, IntervalForecast> = {};
  const backtests: ForecastResult["backtests"] = {};
  for (const r of runs) {
    const yhat = clip(r.final.yhat, floor);
    const iv = applyCalibration(r.final.yhat, r.final.sd, r.cal);
    forecasts[r.name] = {
      dates: p.futureDates,
      yhat,
      lo80: clip(iv.lo80, floor),
      hi80: clip(iv.hi80, floor),
      lo95: clip(iv.lo95, floor),
      hi95: clip(iv.hi95, floor),
    };
    backtests[r.name] = r.folds.map((f) => ({ origin: f.origin, dates: f.dates, yhat: f.yhat, actual: f.actual }));
  }
  const leaderboard = ranked.length
    ? ranked.map((r) => ({ model: r.model, metrics: { ...r.metrics } as Record<string, number> }))
    : runs.map((r) => ({ model: r.name, metrics: {} }));
  const withDrivers = runs.find((r) => r.name === chosen && r.final.contributions) ?? runs.find((r) => r.name === "regression");
  const drivers = withDrivers?.final.contributions
    ? Object.entries(withDrivers.final.contributions).map(([name, contribution]) => ({ name, contribution }))
    : undefined;
  onProgress?.(1, "done");
  return { key: input.key, chosen, notes, leaderboard, forecasts, backtests, ...(drivers ? { drivers } : {}) };
}
