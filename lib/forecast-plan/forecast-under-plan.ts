import { forecastSeries } from "../forecast/forecast-series";
import { addWeeks, firstNonWeeklyGap, parseIsoDate } from "../forecast/dates";
import type { ForecastOptions, Holiday, IntervalForecast } from "../forecast/types";
import type { ResponseModel } from "../mmm/types";
import { combineBaselineAndMedia } from "./combine-intervals";
import { channelMediaHistory } from "./media-path";
import { channelPlanPaths, combinePlanMedia, type PlanMedia } from "./plan-media";

export type PlanForecastHistory = {
  /** Weekly ISO dates, ascending, 7 days apart. */
  dates: string[];
  /** The mix model's KPI per week. */
  kpi: number[];
  /** Weekly spend per model channel, aligned with dates. */
  spend: Record<string, number[]>;
  /** Control columns (price, macro, promotions, events …), aligned with dates. */
  controls?: Record<string, number[]>;
  holidays?: Holiday[];
};

export type PlanInput = {
  /** One ISO date per plan week, starting the week after the history ends. */
  dates: string[];
  /** Planned weekly spend per model channel. */
  spend: Record<string, number[]>;
  /** Planned control values; NaN (or a missing column) = not planned → the last known value is carried forward. */
  controls?: Record<string, number[]>;
};

export type PlanForecastOptions = Pick<ForecastOptions, "models" | "seed" | "folds" | "maxHistory"> & {
  /** Past weeks the bootstrap draws are anchored on (plan-media.ts). */
  anchorWeeks?: number;
};

export type PlanForecast = IntervalForecast & {
  /** The baseline forecast (KPI without the mix model's media), one value per plan week. */
  baseline: number[];
  /** The media response of the plan (carryover from before the plan included), one value per plan week. */
  media: number[];
  baselineForecast: IntervalForecast;
  /** The forecasting engine's choice for the baseline. */
  baselineModel: string;
  mediaDetail: PlanMedia;
  /** Media the selected model attributes to each history week (the part taken out before forecasting). */
  historyMedia: number[];
  notes: string[];
};

/** Thrown for inputs a person can fix (the CLI prints the message and exits 1). */
export class PlanInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PlanInputError";
  }
}

function checkWeekly(dates: string[], what: string): void {
  const bad = dates.findIndex((d) => Number.isNaN(parseIsoDate(d)));
  if (bad >= 0) throw new PlanInputError(`${what}: date ${bad + 1} "${dates[bad]}" is not a YYYY-MM-DD date`);
  const gap = firstNonWeeklyGap(dates);
  if (gap >= 0) throw new PlanInputError(`${what}: weeks must be consecutive, 7 days apart: ${dates[gap - 1]} is followed by ${dates[gap]}`);
}

/**
 * Checks that history and plan line up: weekly dates, the plan starting the week after the history ends, every model
 * channel in both, no unknown channel, equal lengths, finite non-negative spend, controls planned only if known.
 * @throws {PlanInputError} with a message naming the offending week, channel or control
 */
export function validatePlanInput(model: ResponseModel, history: PlanForecastHistory, plan: PlanInput): void {
  const names = model.channels.map((c) => c.name);
  const n = history.dates.length;
  if (n < 2) throw new PlanInputError(`history: ${n} week(s); a forecast needs a history`);
  checkWeekly(history.dates, "history");
  if (history.kpi.length !== n) throw new PlanInputError(`history: ${history.kpi.length} KPI values for ${n} weeks`);
  const badKpi = history.kpi.findIndex((v) => !Number.isFinite(v));
  if (badKpi >= 0) throw new PlanInputError(`history: KPI of ${history.dates[badKpi]} is not a number`);
  if (plan.dates.length < 1) throw new PlanInputError("plan: no weeks to forecast");
  checkWeekly(plan.dates, "plan");
  const expected = addWeeks(history.dates[n - 1], 1);
  if (plan.dates[0] !== expected) {
    const gapWeeks = (parseIsoDate(plan.dates[0]) - parseIsoDate(history.dates[n - 1])) / (7 * 86_400_000);
    throw new PlanInputError(
      gapWeeks > 1
        ? `plan starts ${plan.dates[0]}, ${gapWeeks - 1} week(s) after the week after the history ends (${expected}): a gap between history and plan cannot be forecast; start the plan on ${expected}`
        : `plan starts ${plan.dates[0]} but must start the week after the history ends, ${expected}`,
    );
  }
  for (const [what, spend, length, dates] of [
    ["history", history.spend, n, history.dates],
    ["plan", plan.spend, plan.dates.length, plan.dates],
  ] as const) {
    const unknown = Object.keys(spend).find((k) => !names.includes(k));
    if (unknown !== undefined) throw new PlanInputError(`${what}: unknown channel "${unknown}"; the model's channels are ${names.join(", ")}`);
    for (const name of names) {
      const xs = spend[name];
      if (!xs) throw new PlanInputError(`${what}: no spend for channel "${name}" (the model's channels are ${names.join(", ")})`);
      if (xs.length !== length) throw new PlanInputError(`${what}: channel "${name}" has ${xs.length} weeks of spend, expected ${length}`);
      const bad = xs.findIndex((v) => !(Number.isFinite(v) && v >= 0));
      if (bad >= 0) throw new PlanInputError(`${what}: spend of "${name}" in week ${dates[bad]} must be a number ≥ 0, got ${xs[bad]}`);
    }
  }
  const controls = history.controls ?? {};
  for (const [name, xs] of Object.entries(controls)) {
    if (xs.length !== n) throw new PlanInputError(`history: control "${name}" has ${xs.length} values for ${n} weeks`);
    const bad = xs.findIndex((v) => !Number.isFinite(v));
    if (bad >= 0) throw new PlanInputError(`history: control "${name}" in week ${history.dates[bad]} is not a number`);
  }
  for (const [name, xs] of Object.entries(plan.controls ?? {})) {
    if (!Object.hasOwn(controls, name))
      throw new PlanInputError(`plan: control "${name}" is not a control of the history (${Object.keys(controls).join(", ") || "none"})`);
    if (xs.length !== plan.dates.length) throw new PlanInputError(`plan: control "${name}" has ${xs.length} values for ${plan.dates.length} weeks`);
  }
}

/**
 * KPI forecast per future week under a spend plan = baseline forecast + media response of the plan.
 *
 * 1. Media history: the selected mix model's response to the history's spend, week by week (spend before the
 *    history = 0, as in the fit). Baseline history = KPI − media.
 * 2. Baseline forecast: the forecasting engine (backtests, model choice, calibrated 80/95 % intervals) on the
 *    baseline history, with the controls as regressors: planned values where given, the last known value otherwise.
 * 3. Media of the plan through the model's adstock and saturation, starting from the adstock built up by the
 *    history's spend; the weeks after the plan (its own carryover, no further spend) are in `mediaDetail.tail`.
 * 4. yhat = baseline + media; intervals mix the baseline's calibrated distribution over the model's bootstrap draws
 *    (combine-intervals.ts), anchored on the recent past (plan-media.ts).
 *
 * @throws {PlanInputError} when history and plan do not line up (see validatePlanInput)
 * @example const f = await forecastUnderPlan(model, history, { dates: ["2025-01-06"], spend: { tv: [1000] } });
 */
export async function forecastUnderPlan(
  model: ResponseModel,
  history: PlanForecastHistory,
  plan: PlanInput,
  options: PlanForecastOptions = {},
): Promise<PlanForecast> {
  validatePlanInput(model, history, plan);
  const n = history.dates.length,
    H = plan.dates.length;
  const historyMedia = new Array<number>(n).fill(0);
  for (const c of model.channels) channelMediaHistory(c, history.spend[c.name]).forEach((v, t) => (historyMedia[t] += v));
  const baselineHistory = history.kpi.map((v, t) => v - historyMedia[t]);

  const notes: string[] = [];
  const regressors: Record<string, number[]> = {};
  for (const [name, xs] of Object.entries(history.controls ?? {})) {
    const planned = plan.controls?.[name];
    const future = Array.from({ length: H }, (_, h) => (planned && Number.isFinite(planned[h]) ? planned[h] : Number.NaN));
    const given = future.filter(Number.isFinite).length;
    if (given < H) notes.push(`control "${name}": ${H - given} of ${H} plan weeks not planned, last known value (${xs[n - 1]}) carried forward`);
    regressors[name] = [...xs, ...future];
  }
  const result = await forecastSeries(
    { key: "baseline", dates: history.dates, values: baselineHistory, regressors, holidays: history.holidays },
    { horizon: H, seed: options.seed ?? 1, models: options.models, folds: options.folds, maxHistory: options.maxHistory },
  );
  const baselineForecast = result.forecasts[result.chosen];
  const media = combinePlanMedia(channelPlanPaths(model, { past: history.spend, plan: plan.spend }, { anchorWeeks: options.anchorWeeks }));
  const floor = history.kpi.every((v) => v >= 0) ? 0 : null;
  const total = combineBaselineAndMedia(baselineForecast, { center: media.point, drawOffsets: media.drawOffsets }, { floor });
  notes.push(`baseline forecast by the ${result.chosen} model (KPI minus the mix model's media, ${n} weeks)`);
  notes.push(...result.notes.filter((x) => !/carried forward/.test(x)));
  if (!model.draws?.length) notes.push("the model has no bootstrap draws: intervals hold the baseline's uncertainty only");
  return {
    ...total,
    dates: plan.dates.slice(),
    baseline: baselineForecast.yhat.slice(),
    media: media.point,
    baselineForecast,
    baselineModel: result.chosen,
    mediaDetail: media,
    historyMedia,
    notes,
  };
}
