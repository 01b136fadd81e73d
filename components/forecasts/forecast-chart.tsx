"use client";

import { Area, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { seriesColor } from "@/components/charts/colors";
import type { ChartRow } from "@/lib/forecast/view/chart-rows";
import { formatNumber, formatNumberTick } from "@/lib/format";

const FORECAST = seriesColor(0);
const BACKTEST = seriesColor(5);

/** Actuals, the forecast with 80 % and 95 % bands, and dashed walk-forward backtest fits, in activations/week. */
export function ForecastChart({
  rows,
  foldCount,
  forecastName,
  origin,
  compareName,
}: {
  rows: ChartRow[];
  foldCount: number;
  forecastName: string;
  origin: string;
  compareName?: string;
}) {
  const full = (v: number) => formatNumber(v, "full");
  const show = (v: unknown) => (Array.isArray(v) ? `${full(Number(v[0]))} – ${full(Number(v[1]))}` : full(Number(v)));
  return (
    <figure>
      <div className="h-96 w-full" data-testid="forecast-chart">
        <ResponsiveContainer>
          <ComposedChart data={rows} margin={{ top: 5, right: 16, bottom: 0, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
            <XAxis dataKey="week" tick={{ fontSize: 11 }} minTickGap={48} />
            <YAxis
              tickFormatter={formatNumberTick}
              tick={{ fontSize: 11 }}
              width={72}
              label={{
                value: "activations/week",
                angle: -90,
                position: "insideLeft",
                offset: 0,
                style: { fontSize: 11, fill: "#64748b", textAnchor: "middle" },
              }}
            />
            <Tooltip formatter={(v, name) => [show(v), name]} labelFormatter={(l) => `Week of ${l}${String(l) > origin ? " (forecast)" : ""}`} />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            <Area dataKey="band95" name="95 % interval" stroke="none" fill={FORECAST} fillOpacity={0.12} isAnimationActive={false} />
            <Area dataKey="band80" name="80 % interval" stroke="none" fill={FORECAST} fillOpacity={0.25} isAnimationActive={false} />
            <Line dataKey="actual" name="Actual" stroke="#0f172a" strokeWidth={1.5} dot={false} isAnimationActive={false} />
            {Array.from({ length: foldCount }, (_, k) => (
              <Line
                key={k}
                dataKey={`backtest${k}`}
                name={k === 0 ? "Backtest fits" : `Backtest fit ${k + 1}`}
                legendType={k === 0 ? "plainline" : "none"}
                stroke={BACKTEST}
                strokeDasharray="5 4"
                strokeWidth={1.5}
                dot={false}
                isAnimationActive={false}
              />
            ))}
            {compareName && (
              <Line dataKey="compare" name={compareName} stroke="#64748b" strokeDasharray="2 3" strokeWidth={1.5} dot={false} isAnimationActive={false} />
            )}
            <Line dataKey="forecast" name={`Forecast (${forecastName})`} stroke={FORECAST} strokeWidth={2} dot={false} isAnimationActive={false} />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="mt-2 text-xs text-slate-500">
        Weekly activations (units per week). Forecast from the week after {origin}; shaded bands are 80 % and 95 % prediction intervals; dashed lines are the
        model&apos;s walk-forward backtest forecasts, each made only from data before its fold.
      </figcaption>
    </figure>
  );
}
