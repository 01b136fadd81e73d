import type { IntervalForecast } from "../forecast/types";
import { nationalPlanView, type StoredPlanContext } from "../forecast-plan/plan-view";
import type { ResponseModel } from "../mmm/types";

/**
 * Weekly forecasts of total revenue under several plans (saved scenarios and the current allocation), from one
 * forecast baseline and one mix model, so Scenarios can put them side by side and export them.
 */
export type ScenarioForecastWeek = { week: string; yhat: number; lo80: number; hi80: number; lo95: number; hi95: number; baseline: number; media: number };
export type ScenarioForecast = { key: string; name: string; weeks: ScenarioForecastWeek[] };

export function scenarioForecasts(
  model: ResponseModel,
  ctx: StoredPlanContext,
  baseline: IntervalForecast,
  plans: { key: string; name: string; allocation: Record<string, number> }[],
  weeks: number,
): ScenarioForecast[] {
  return plans.map((p) => {
    const v = nationalPlanView(model, ctx, p.allocation, baseline, "revenue", weeks);
    const f = v.forecast;
    return {
      key: p.key,
      name: p.name,
      weeks: f.dates.map((week, t) => ({
        week,
        yhat: f.yhat[t],
        lo80: f.lo80[t],
        hi80: f.hi80[t],
        lo95: f.lo95[t],
        hi95: f.hi95[t],
        baseline: f.yhat[t] - v.media[t],
        media: v.media[t],
      })),
    };
  });
}

const round2 = (v: number) => Math.round(v * 100) / 100;

/** The comparison as CSV rows: one per scenario and week (USD per week). */
export function scenarioForecastTable(forecasts: ScenarioForecast[]): { header: string[]; rows: (string | number)[][] } {
  return {
    header: ["scenario", "week", "revenue", "lo80", "hi80", "lo95", "hi95", "baseline", "media"],
    rows: forecasts.flatMap((f) =>
      f.weeks.map((w) => [f.name, w.week, round2(w.yhat), round2(w.lo80), round2(w.hi80), round2(w.lo95), round2(w.hi95), round2(w.baseline), round2(w.media)]),
    ),
  };
}

/** Chart rows: one per week, each scenario's median as `<key>` and its 80 % band as `<key>:80`. */
export function scenarioForecastChartRows(forecasts: ScenarioForecast[]): Record<string, string | number | [number, number]>[] {
  const weeks = forecasts[0]?.weeks.map((w) => w.week) ?? [];
  return weeks.map((week, t) => {
    const row: Record<string, string | number | [number, number]> = { week };
    for (const f of forecasts) {
      const w = f.weeks[t];
      if (!w) continue;
      row[f.key] = w.yhat;
      row[`${f.key}:80`] = [w.lo80, w.hi80];
    }
    return row;
  });
}
