/**
 * One case of bench:forecast-plan. The last HOLD_OUT weeks of a generated case are held out; the mix model is fitted
 * on the rest exactly as `mixcast mmm --controls price` fits it, and:
 *
 * 1. accuracy: forecastUnderPlan with the held-out weeks' actual spend and price as the plan, against a forecast
 *    given the TRUE media effects (the same engine on KPI − true media, plus the true media of the held-out weeks);
 * 2. sensitivity: a plan with one channel's spend set to 0 over the held-out weeks lowers the forecast by what, vs
 *    the true contribution of that spend over the plan weeks and the weeks its carryover lasts (no spend after);
 * 3. flighting: compareFlighting on the TRUE curves (in lib's units) for a 13-week horizon and one total budget,
 *    starting from the adstock of the case's whole history, its optimized schedule scored under the truth against
 *    the reference optimum of true-schedule.ts (which imports nothing from lib/). Geometric-truth cases only: the
 *    generator's Weibull weights have no exact form in lib's adstock contract.
 */
import { generateCase, type GeneratedCase } from "../decisions";
import { applyTruthAdstock, truthHill } from "../decisions/truth-curves";
import { forecastSeries } from "@/lib/forecast";
import { channelPlanPaths, combinePlanMedia, forecastUnderPlan } from "@/lib/forecast-plan";
import { fitMarketingMixModel } from "@/lib/mmm";
import type { ResponseModel } from "@/lib/mmm/types";
import { compareFlighting } from "@/lib/optimize";
import { bestChannelSchedule, bestJointSchedule, truthScheduleValue, truthTiming } from "./true-schedule";

export const HOLD_OUT = 13;
export const FLIGHT_WEEKS = 13;

export type ChannelSensitivity = {
  name: string;
  isNull: boolean;
  /** The oracle regression's t of the channel's ROI: ≥ 2 = the data can identify it. */
  oracleT: number;
  /** The fitted model's own flag (absent in models that do not set one). */
  modelIdentified: boolean | null;
  trueDrop: number;
  ourDrop: number;
  /** ourDrop / trueDrop − 1 (null for a null channel). */
  error: number | null;
  /** The same over the plan weeks only (carryover after the plan left out). */
  trueDropPlanWeeks: number;
  ourDropPlanWeeks: number;
  /** The drop expected over the model's bootstrap draws (instead of the selected model's curves), and its error. */
  ourDropExpected: number;
  errorExpected: number | null;
};

export type FlightScore = { ours: number; reference: number; gap: number; alwaysOn: number; pulsed: number };

export type CaseResult = {
  name: string;
  weeks: number;
  channels: number;
  ok: boolean;
  error?: string;
  accuracy?: {
    mape: number;
    mapeTrueMedia: number;
    ratio: number;
    covered80: number;
    covered95: number;
    coveredTrue80: number;
    weeks: number;
    baselineModel: string;
    trueBaselineModel: string;
    mapeExpected: number;
  };
  sensitivity?: ChannelSensitivity[];
  flighting?: { fixed: FlightScore; joint: FlightScore } | { skipped: string };
  seconds?: { fit: number; forecast: number; flighting: number };
};

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** True media of every channel along `spend` (window spend, spend before it 0) per week, plus `tail` weeks of no spend. */
function trueMedia(g: GeneratedCase, spend: Record<string, number[]>, tail = 0): Record<string, number[]> {
  return Object.fromEntries(
    g.truth.channels.map((c) => {
      const s = [...spend[c.name], ...new Array<number>(tail).fill(0)];
      return [c.name, applyTruthAdstock(s, c.weights).map((a) => truthHill(a, c.hill))];
    }),
  );
}

/** The truth as a lib ResponseModel: weights normalised, gamma in normalised-adstock units (gamma / Σw). Geometric only. */
function truthModel(g: GeneratedCase): ResponseModel | null {
  if (!g.truth.channels.every((c) => c.adstock.type === "geometric")) return null;
  return {
    kpi: "kpi",
    weeks: g.truth.weeks,
    channels: g.truth.channels.map((c) => ({
      name: c.name,
      adstock: { type: "geometric", theta: (c.adstock as { theta: number }).theta, maxLag: c.adstock.maxLag },
      saturation: { type: "hill", alpha: c.hill.alpha, gamma: c.hill.gamma / c.weightSum, beta: c.hill.beta },
      meanWeeklySpend: c.meanWeeklySpend,
      spend: c.totalSpend,
    })),
  };
}

function flighting(g: GeneratedCase): CaseResult["flighting"] {
  const model = truthModel(g);
  if (!model) return { skipped: "Weibull truth (no exact form in lib's adstock contract)" };
  const H = FLIGHT_WEEKS;
  const tail = Math.max(...g.truth.channels.map((c) => c.adstock.maxLag));
  const totalBudget = g.truth.budget * H;
  const history = g.spend;
  const timings = g.truth.channels.map((c) => truthTiming(c, history[c.name], H + tail));
  const zero = new Array<number>(H).fill(0);
  const carryIn = sum(timings.map((t) => truthScheduleValue(t, zero)));
  const trueValue = (schedule: Record<string, number[]>) => sum(g.truth.channels.map((c, i) => truthScheduleValue(timings[i], schedule[c.name]))) - carryIn;
  const score = (split: "fixed" | "optimize"): FlightScore => {
    const r = compareFlighting(model, { weeks: H, totalBudget, allocation: g.truth.currentMix, history, split });
    let reference: number;
    if (split === "fixed") {
      reference =
        sum(g.truth.channels.map((c, i) => bestChannelSchedule(timings[i], H, (totalBudget * g.truth.currentMix[c.name]) / g.truth.budget).value)) - carryIn;
    } else {
      reference = bestJointSchedule(timings, H, totalBudget).value - carryIn;
    }
    const ours = trueValue(r.optimized.schedule);
    return { ours, reference, gap: (reference - ours) / reference, alwaysOn: trueValue(r.alwaysOn.schedule), pulsed: trueValue(r.pulsed.schedule) };
  };
  return { fixed: score("fixed"), joint: score("optimize") };
}

export async function runCase(name: string): Promise<CaseResult> {
  const g = generateCase(name);
  const n = g.dates.length - HOLD_OUT;
  const names = g.truth.channels.map((c) => c.name);
  const base: CaseResult = { name, weeks: g.dates.length, channels: names.length, ok: false };
  try {
    const slice = (xs: number[], from: number, to: number) => xs.slice(from, to);
    const t0 = performance.now();
    const fit = fitMarketingMixModel(
      {
        dates: g.dates.slice(0, n),
        kpi: g.kpi.slice(0, n),
        kpiName: "kpi",
        media: names.map((c) => ({ name: c, spend: slice(g.spend[c], 0, n) })),
        controls: [{ name: "price", values: g.price.slice(0, n) }],
      },
      { seed: 1 },
    );
    const tFit = performance.now();
    const model = fit.responseModel;
    const history = {
      dates: g.dates.slice(0, n),
      kpi: g.kpi.slice(0, n),
      spend: Object.fromEntries(names.map((c) => [c, g.spend[c].slice(0, n)])),
      controls: { price: g.price.slice(0, n) },
    };
    const planSpend = Object.fromEntries(names.map((c) => [c, g.spend[c].slice(n)]));
    const plan = { dates: g.dates.slice(n), spend: planSpend, controls: { price: g.price.slice(n) } };
    const ours = await forecastUnderPlan(model, history, plan, { seed: 1 });

    // Given the true media: the same engine on KPI − true media (spend before the window, the generator's burn-in,
    // is not in the case, so the first weeks' true media miss its carryover — as every model's do), + true media ahead.
    const media = trueMedia(g, g.spend);
    const mediaTotal = g.dates.map((_, t) => sum(names.map((c) => media[c][t])));
    const ref = await forecastSeries(
      { key: "true-baseline", dates: history.dates, values: history.kpi.map((v, t) => v - mediaTotal[t]), regressors: { price: g.price } },
      { horizon: HOLD_OUT, seed: 1 },
    );
    const refForecast = ref.forecasts[ref.chosen];
    const actual = g.kpi.slice(n);
    const refYhat = refForecast.yhat.map((b, h) => b + mediaTotal[n + h]);
    const mape = (yhat: number[]) => sum(yhat.map((y, h) => Math.abs(y - actual[h]) / Math.abs(actual[h]))) / HOLD_OUT;
    const inside = (lo: number[], hi: number[], shift = 0) =>
      actual.filter((a, h) => a >= lo[h] + (shift ? mediaTotal[n + h] : 0) && a <= hi[h] + (shift ? mediaTotal[n + h] : 0)).length;
    const m1 = mape(ours.yhat),
      m0 = mape(refYhat);
    // The same forecast centred on the media expected over the draws (point + mean draw offset).
    const expectedYhat = ours.yhat.map(
      (y, h) =>
        y + (ours.mediaDetail.drawOffsets.length ? ours.mediaDetail.drawOffsets.reduce((a, d) => a + d[h], 0) / ours.mediaDetail.drawOffsets.length : 0),
    );
    base.accuracy = {
      mape: m1,
      mapeTrueMedia: m0,
      ratio: m1 / m0,
      covered80: inside(ours.lo80, ours.hi80),
      covered95: inside(ours.lo95, ours.hi95),
      coveredTrue80: inside(refForecast.lo80, refForecast.hi80, 1),
      weeks: HOLD_OUT,
      baselineModel: ours.baselineModel,
      trueBaselineModel: ref.chosen,
      mapeExpected: mape(expectedYhat),
    };
    const tForecast = performance.now();

    // Sensitivity: the baseline does not depend on the plan, so the change is all media (plan weeks + tail).
    const paths = channelPlanPaths(model, { past: history.spend, plan: planSpend });
    const full = combinePlanMedia(paths);
    const truthTail = Math.max(...g.truth.channels.map((c) => c.adstock.maxLag));
    const withPlan = trueMedia(g, g.spend, truthTail);
    base.sensitivity = g.truth.channels.map((c, i) => {
      const zeroed = channelPlanPaths(model, { past: history.spend, plan: { ...planSpend, [c.name]: new Array<number>(HOLD_OUT).fill(0) } });
      const cut = combinePlanMedia(zeroed);
      const ourDropPlanWeeks = sum(full.point) - sum(cut.point);
      const ourDrop = ourDropPlanWeeks + sum(full.tail) - sum(cut.tail);
      const ourDropExpected = sum(full.expected.media) - sum(cut.expected.media) + sum(full.expected.tail) - sum(cut.expected.tail);
      const spendCut = [...g.spend[c.name].slice(0, n), ...new Array<number>(HOLD_OUT + truthTail).fill(0)];
      const without = applyTruthAdstock(spendCut, c.weights).map((a) => truthHill(a, c.hill));
      const diff = withPlan[c.name].map((v, t) => v - without[t]).slice(n);
      const trueDropPlanWeeks = sum(diff.slice(0, HOLD_OUT));
      const trueDrop = sum(diff);
      const fitted = fit.channels[i] as { identified?: boolean };
      return {
        name: c.name,
        isNull: c.isNull,
        oracleT: g.truth.oracle.channels[i].t,
        modelIdentified: typeof fitted.identified === "boolean" ? fitted.identified : null,
        trueDrop,
        ourDrop,
        error: c.isNull ? null : ourDrop / trueDrop - 1,
        trueDropPlanWeeks,
        ourDropPlanWeeks,
        ourDropExpected,
        errorExpected: c.isNull ? null : ourDropExpected / trueDrop - 1,
      };
    });

    const tFlight0 = performance.now();
    base.flighting = flighting(g);
    const tFlight = performance.now();
    base.seconds = { fit: (tFit - t0) / 1000, forecast: (tForecast - tFit) / 1000, flighting: (tFlight - tFlight0) / 1000 };
    base.ok = true;
  } catch (error) {
    base.error = error instanceof Error ? `${error.message}\n${error.stack ?? ""}` : String(error);
  }
  return base;
}
