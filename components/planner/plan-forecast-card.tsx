"use client";

import { useMemo, useState } from "react";
import { Area, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { seriesColor } from "@/components/charts/colors";
import { Card } from "@/components/ui/card";
import { InfoTip } from "@/components/ui/info-tip";
import type { StoredIntervalForecast } from "@/lib/forecast/view/forecast-artifacts";
import { planChartRows } from "@/lib/forecast-plan/plan-chart-rows";
import { nationalPlanView, type StoredPlanContext } from "@/lib/forecast-plan/plan-view";
import type { ResponseModel } from "@/lib/mmm/types";
import { formatMoney, formatMoneyTick, formatNumber, formatNumberTick, formatSignedPercent } from "@/lib/format";
import { useDebouncedValue } from "./use-debounced-value";

/** What the Planner's weekly forecast needs from the champion forecast run (lib/data/reads/plan-forecast.ts). */
export type PlanForecastInputs = StoredPlanContext & {
  forecastRunId: number;
  mmmRunId: number;
  origin: string;
  revenue: StoredIntervalForecast | null;
  activations: StoredIntervalForecast;
};

const PLAN = seriesColor(0);
const CURRENT = "#64748b";

/**
 * Total revenue (or activations) week by week over the horizon under the plan on the sliders and under the current
 * mix: the champion forecast's baseline (demand without paid media) + each plan's media through the mix model, with
 * the carryover of the spend already made; 80/95 % bands over baseline error and the model's bootstrap draws.
 */
export function PlanForecastCard({
  model,
  inputs,
  allocation,
  currentMix,
  horizonWeeks,
}: {
  model: ResponseModel;
  inputs: PlanForecastInputs;
  allocation: Record<string, number>;
  currentMix: Record<string, number>;
  horizonWeeks: number;
}) {
  const [unit, setUnit] = useState<"revenue" | "activations">(inputs.revenue ? "revenue" : "activations");
  const settled = useDebouncedValue(allocation, 300);
  const baseline = unit === "revenue" && inputs.revenue ? inputs.revenue : inputs.activations;
  const weeks = Math.min(horizonWeeks, baseline.yhat.length);
  const result = useMemo(() => {
    try {
      const plan = nationalPlanView(model, inputs, settled, baseline, unit, weeks);
      const current = nationalPlanView(model, inputs, currentMix, baseline, unit, weeks);
      return { ...planChartRows(plan, current), error: null };
    } catch (error) {
      return { rows: [], totals: null, error: error instanceof Error ? error.message : String(error) };
    }
  }, [model, inputs, settled, currentMix, baseline, unit, weeks]);
  const full = unit === "revenue" ? (v: number) => formatMoney(v, "full") : (v: number) => formatNumber(v, "full");
  const tick = unit === "revenue" ? formatMoneyTick : formatNumberTick;
  const t = result.totals;
  return (
    <Card
      title={`Weekly ${unit === "revenue" ? "total revenue" : "total activations"}: plan vs current mix`}
      description={
        <>
          Forecast of the whole KPI (not only media) for the next {weeks} weeks from {inputs.origin}: forecast run #{inputs.forecastRunId}&apos;s baseline +
          each plan&apos;s media under mix-model run #{inputs.mmmRunId}, starting from the adstock of the spend already made.
          {horizonWeeks > weeks ? ` The forecast covers ${weeks} weeks, so the chart stops there.` : ""}
        </>
      }
      actions={
        <div className="flex gap-1 text-sm" role="radiogroup" aria-label="Unit">
          {(["revenue", "activations"] as const).map((u) => (
            <label
              key={u}
              className={`cursor-pointer rounded-md border px-2 py-1 ${unit === u ? "border-brand-600 bg-brand-50 text-brand-700" : "border-slate-300 bg-white"} ${u === "revenue" && !inputs.revenue ? "opacity-50" : ""}`}
            >
              <input
                type="radio"
                name="plan-forecast-unit"
                value={u}
                checked={unit === u}
                disabled={u === "revenue" && !inputs.revenue}
                onChange={() => setUnit(u)}
                className="sr-only"
              />
              {u === "revenue" ? "Revenue" : "Activations"}
            </label>
          ))}
        </div>
      }
    >
      {result.error ? (
        <p role="alert" className="text-sm text-rose-700">
          {result.error}
        </p>
      ) : (
        <>
          {t && (
            <dl className="mb-3 grid grid-cols-2 gap-3 text-sm sm:grid-cols-4" data-testid="plan-forecast-totals">
              <div>
                <dt className="text-xs text-slate-500">Plan, {weeks} wk</dt>
                <dd className="tabular font-semibold">{full(t.plan)}</dd>
              </div>
              <div>
                <dt className="text-xs text-slate-500">Current mix, {weeks} wk</dt>
                <dd className="tabular font-semibold">{full(t.current)}</dd>
              </div>
              <div>
                <dt className="text-xs text-slate-500">Difference</dt>
                <dd className={`tabular font-semibold ${t.plan - t.current >= 0 ? "text-emerald-700" : "text-rose-700"}`}>
                  {t.plan - t.current >= 0 ? "+" : "−"}
                  {full(Math.abs(t.plan - t.current))} {t.current > 0 ? `(${formatSignedPercent((t.plan - t.current) / t.current)})` : ""}
                </dd>
              </div>
              <div>
                <dt className="flex items-center gap-1 text-xs text-slate-500">
                  Of which paid media{" "}
                  <InfoTip text="Sum over the weeks shown of the plan's media (with the carryover of past spend); the rest is the baseline: demand without paid media, forecast by the champion forecast run." />
                </dt>
                <dd className="tabular font-semibold">{full(t.planMedia)}</dd>
              </div>
            </dl>
          )}
          <div className="h-72 w-full" data-testid="plan-forecast-chart">
            <ResponsiveContainer>
              <ComposedChart data={result.rows} margin={{ top: 5, right: 16, bottom: 0, left: 8 }}>
                <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
                <XAxis dataKey="week" tick={{ fontSize: 11 }} minTickGap={40} />
                <YAxis tickFormatter={tick} tick={{ fontSize: 11 }} width={70} domain={["auto", "auto"]} />
                <Tooltip
                  formatter={(v, name) => [Array.isArray(v) ? `${full(Number(v[0]))} – ${full(Number(v[1]))}` : full(Number(v)), name]}
                  labelFormatter={(l) => `Week of ${l}`}
                />
                <Legend wrapperStyle={{ fontSize: 12 }} />
                <Area dataKey="plan95" name="Plan, 95 % interval" stroke="none" fill={PLAN} fillOpacity={0.12} isAnimationActive={false} />
                <Area dataKey="plan80" name="Plan, 80 % interval" stroke="none" fill={PLAN} fillOpacity={0.25} isAnimationActive={false} />
                <Area
                  dataKey="current80"
                  name="Current mix, 80 % interval"
                  stroke={CURRENT}
                  strokeDasharray="2 3"
                  strokeWidth={1}
                  fill="none"
                  isAnimationActive={false}
                />
                <Line dataKey="current" name="Current mix" stroke={CURRENT} strokeDasharray="6 4" strokeWidth={2} dot={false} isAnimationActive={false} />
                <Line dataKey="plan" name="Plan" stroke={PLAN} strokeWidth={2} dot={false} isAnimationActive={false} />
              </ComposedChart>
            </ResponsiveContainer>
          </div>
          <p className="mt-2 text-xs text-slate-500">
            {unit === "revenue" ? "USD per week" : "Activations per week (media converted at each channel's revenue per activation)"}. Bands: 80 % and 95 %
            prediction intervals combining the baseline&apos;s backtest-calibrated error with the mix model&apos;s bootstrap draws.
          </p>
        </>
      )}
    </Card>
  );
}
