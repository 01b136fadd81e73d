"use client";

import { Area, Bar, BarChart, CartesianGrid, ComposedChart, ErrorBar, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { SeasonalPoint } from "@/lib/explore";
import { formatInUnit, formatInUnitTick } from "./format-unit";

/** Average KPI by ISO week of year (line, with the lowest–highest year as a band) and by month (bars with whiskers). */
export function SeasonalityCharts({
  byWeek,
  byMonth,
  unit,
  label,
  years,
}: {
  byWeek: SeasonalPoint[];
  byMonth: SeasonalPoint[];
  unit: string;
  label: string;
  years: number[];
}) {
  const weekRows = byWeek.map((p) => ({ label: p.period, mean: p.mean, band: [p.min, p.max], years: p.years }));
  const monthRows = byMonth.map((p) => ({ label: p.label, mean: p.mean, err: [p.mean - p.min, p.max - p.mean], min: p.min, max: p.max, years: p.years }));
  return (
    <div className="grid gap-6 xl:grid-cols-2" data-testid="seasonality">
      <figure className="min-w-0">
        <figcaption className="mb-1 text-sm font-medium text-slate-700">
          {label} by week of year ({unit}); band: lowest to highest of {years.length} year{years.length === 1 ? "" : "s"} ({years[0]}–{years.at(-1)})
        </figcaption>
        <div className="h-64 w-full">
          <ResponsiveContainer>
            <ComposedChart data={weekRows} margin={{ top: 8, right: 8, bottom: 16, left: 4 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
              <XAxis dataKey="label" tick={{ fontSize: 11 }} interval={7} label={{ value: "ISO week", position: "insideBottom", offset: -10, fontSize: 11 }} />
              <YAxis tickFormatter={(v) => formatInUnitTick(Number(v), unit)} tick={{ fontSize: 11 }} width={60} domain={["auto", "auto"]} />
              <Tooltip
                formatter={(v, name) =>
                  Array.isArray(v)
                    ? [`${formatInUnit(Number(v[0]), unit)} – ${formatInUnit(Number(v[1]), unit)}`, "Lowest – highest year"]
                    : [formatInUnit(Number(v), unit), String(name)]
                }
                labelFormatter={(l) => `Week ${l}`}
              />
              <Area dataKey="band" stroke="none" fill="#0072B2" fillOpacity={0.15} isAnimationActive={false} name="Spread across years" />
              <Line dataKey="mean" stroke="#0072B2" strokeWidth={2} dot={false} isAnimationActive={false} name="Average" />
            </ComposedChart>
          </ResponsiveContainer>
        </div>
      </figure>
      <figure className="min-w-0">
        <figcaption className="mb-1 text-sm font-medium text-slate-700">
          Average weekly {label.toLowerCase()} by month ({unit}); whiskers: lowest and highest year
        </figcaption>
        <div className="h-64 w-full">
          <ResponsiveContainer>
            <BarChart data={monthRows} margin={{ top: 8, right: 8, bottom: 16, left: 4 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" vertical={false} />
              <XAxis dataKey="label" tick={{ fontSize: 11 }} interval={0} />
              <YAxis tickFormatter={(v) => formatInUnitTick(Number(v), unit)} tick={{ fontSize: 11 }} width={60} />
              <Tooltip
                formatter={(_v, _n, item) => {
                  const p = item.payload as (typeof monthRows)[number];
                  return [
                    `${formatInUnit(p.mean, unit)} (years: ${formatInUnit(p.min, unit)} – ${formatInUnit(p.max, unit)}, ${p.years} years)`,
                    "Average week",
                  ];
                }}
              />
              <Bar dataKey="mean" fill="#E69F00" isAnimationActive={false}>
                <ErrorBar dataKey="err" width={4} stroke="#0f172a" isAnimationActive={false} />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </div>
      </figure>
    </div>
  );
}
