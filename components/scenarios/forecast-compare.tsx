"use client";

import { Area, CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { compactTickFormatter } from "@/lib/charts/compact-ticks";
import { niceTicks } from "@/lib/charts/nice-ticks";
import { seriesColor } from "@/components/charts/colors";
import type { ScenarioForecast } from "@/lib/planner/scenario-forecasts";
import { formatMoney, formatSignedPercent } from "@/lib/format";

/**
 * The compared scenarios' weekly total-revenue forecasts side by side: one small chart per scenario on a common scale
 * (median, 80 % and 95 % bands) with the comparison baseline dashed in each, and the totals over the weeks.
 */
export function ForecastCompare({
  forecasts,
  baselineKey,
  csvHref,
  meta,
}: {
  forecasts: ScenarioForecast[];
  baselineKey: string;
  csvHref: string;
  meta: { forecastRunId: number; mmmRunId: number; origin: string; weeks: number };
}) {
  const base = forecasts.find((f) => f.key === baselineKey) ?? forecasts[0];
  const lo = Math.min(...forecasts.flatMap((f) => f.weeks.map((w) => w.lo95)));
  const hi = Math.max(...forecasts.flatMap((f) => f.weeks.map((w) => w.hi95)));
  const pad = (hi - lo) * 0.05;
  // Shared round ticks, so the side-by-side charts read on one scale at round values (the raw padded bounds put ticks
  // at $1.38M, $1.67M… and labelled them "$1.4M", "$1.7M").
  const ticks = niceTicks(Math.max(0, lo - pad), hi + pad, 4);
  const domain: [number, number] = [ticks[0], ticks[ticks.length - 1]];
  const tickLabel = compactTickFormatter(ticks, "$");
  const total = (f: ScenarioForecast) => f.weeks.reduce((s, w) => s + w.yhat, 0);
  return (
    <div data-testid="scenario-forecasts">
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="text-sm font-semibold">Weekly total revenue forecast, next {meta.weeks} weeks</h3>
        <a href={csvHref} download className="text-sm text-brand-600 underline">
          Export weekly forecasts (CSV)
        </a>
      </div>
      <p className="mb-3 text-xs text-slate-500">
        The whole KPI, not only media: forecast run #{meta.forecastRunId}&apos;s baseline (demand without paid media, from {meta.origin}) + each plan&apos;s
        media under mix-model run #{meta.mmmRunId}, with the carryover of spend already made. Bands: 80 % and 95 % intervals (baseline error and the
        model&apos;s bootstrap draws). Dashed: {base.name}.
      </p>
      <div className="grid gap-4 md:grid-cols-2">
        {forecasts.map((f, i) => {
          const rows = f.weeks.map((w, t) => ({ week: w.week, yhat: w.yhat, band80: [w.lo80, w.hi80], band95: [w.lo95, w.hi95], base: base.weeks[t]?.yhat }));
          const diff = total(f) - total(base);
          return (
            <figure key={f.key} className="min-w-0 rounded-lg border border-slate-100 p-2" data-testid={`scenario-forecast-${f.key}`}>
              <figcaption className="mb-1 flex flex-wrap items-baseline justify-between gap-x-2 text-sm">
                <span className="font-medium text-slate-800">{f.name}</span>
                <span className="tabular text-xs text-slate-600">
                  {formatMoney(total(f))} in {f.weeks.length} wk
                  {f.key !== base.key && ` · ${diff >= 0 ? "+" : "−"}${formatMoney(Math.abs(diff))} (${formatSignedPercent(diff / total(base))})`}
                </span>
              </figcaption>
              <div className="h-48 w-full">
                <ResponsiveContainer>
                  <ComposedChart data={rows} margin={{ top: 4, right: 8, bottom: 0, left: 4 }}>
                    <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
                    <XAxis dataKey="week" tick={{ fontSize: 10 }} minTickGap={30} />
                    <YAxis domain={domain} ticks={ticks} tickFormatter={tickLabel} tick={{ fontSize: 10 }} width={58} />
                    <Tooltip
                      formatter={(v, name) => [
                        Array.isArray(v) ? `${formatMoney(Number(v[0]), "full")} – ${formatMoney(Number(v[1]), "full")}` : formatMoney(Number(v), "full"),
                        name,
                      ]}
                      labelFormatter={(l) => `Week of ${l}`}
                    />
                    <Area dataKey="band95" name="95 % interval" stroke="none" fill={seriesColor(i)} fillOpacity={0.12} isAnimationActive={false} />
                    <Area dataKey="band80" name="80 % interval" stroke="none" fill={seriesColor(i)} fillOpacity={0.25} isAnimationActive={false} />
                    {f.key !== base.key && (
                      <Line dataKey="base" name={base.name} stroke="#64748b" strokeDasharray="5 4" dot={false} strokeWidth={1.5} isAnimationActive={false} />
                    )}
                    <Line dataKey="yhat" name={f.name} stroke={seriesColor(i)} dot={false} strokeWidth={2} isAnimationActive={false} />
                  </ComposedChart>
                </ResponsiveContainer>
              </div>
            </figure>
          );
        })}
      </div>
    </div>
  );
}
