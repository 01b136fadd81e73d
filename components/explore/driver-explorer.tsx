"use client";

import { useMemo, useState } from "react";
import { Bar, BarChart, CartesianGrid, ComposedChart, ErrorBar, ReferenceLine, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis } from "recharts";
import type { DriverRelationship } from "@/lib/explore";
import { capitalize, formatInUnit, formatInUnitTick, formatR } from "./format-unit";

export type ExplorerKpi = { label: string; unit: string; values: number[] };

const OLS_COLOR = "#D55E00";
const ROBUST_COLOR = "#009E73";

/**
 * Pick a driver: the KPI against it as a scatter with the least-squares and robust (Theil–Sen) lines, its Pearson and
 * Spearman correlations with 95 % intervals, and the lag view (correlation with the driver 0–8 weeks earlier).
 */
export function DriverExplorer({ weeks, kpi, drivers, initialKey }: { weeks: string[]; kpi: ExplorerKpi; drivers: DriverRelationship[]; initialKey: string }) {
  const [key, setKey] = useState(initialKey);
  const d = drivers.find((x) => x.key === key) ?? drivers[0];
  const points = useMemo(
    () =>
      d ? weeks.flatMap((week, i) => (Number.isFinite(d.values[i]) && Number.isFinite(kpi.values[i]) ? [{ x: d.values[i], y: kpi.values[i], week }] : [])) : [],
    [d, weeks, kpi.values],
  );
  if (!d) return <p className="text-sm text-slate-500">No driver has enough weeks to explore.</p>;
  const lags = d.lags.map((l) => ({
    lag: l.lag,
    r: Number.isFinite(l.r) ? l.r : 0,
    err: Number.isFinite(l.low) ? [l.r - l.low, l.high - l.r] : [0, 0],
    low: l.low,
    high: l.high,
    n: l.n,
  }));
  const line = (slope: number, intercept: number) =>
    d.lines
      ? ([
          { x: d.lines.xMin, y: intercept + slope * d.lines.xMin },
          { x: d.lines.xMax, y: intercept + slope * d.lines.xMax },
        ] as [{ x: number; y: number }, { x: number; y: number }])
      : null;
  const ols = d.lines ? line(d.lines.ols.slope, d.lines.ols.intercept) : null;
  const robust = d.lines ? line(d.lines.theilSen.slope, d.lines.theilSen.intercept) : null;

  return (
    <div className="flex flex-col gap-4" data-testid="driver-explorer">
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 max-w-full text-sm">
          <label htmlFor="explore-driver" className="mb-1 block text-xs font-medium text-slate-600">
            Driver
          </label>
          <select
            id="explore-driver"
            value={d.key}
            onChange={(e) => setKey(e.target.value)}
            className="w-full max-w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm sm:w-auto"
          >
            {drivers.map((x) => (
              <option key={x.key} value={x.key}>
                {capitalize(x.label)} ({x.unit})
              </option>
            ))}
          </select>
        </div>
        <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm" data-testid="driver-stats">
          <div>
            <dt className="text-xs text-slate-500">Pearson r (95 % CI)</dt>
            <dd className="tabular font-medium">
              {formatR(d.pearson.r)}{" "}
              <span className="text-xs font-normal text-slate-500">
                ({formatR(d.pearson.low)} to {formatR(d.pearson.high)})
              </span>
            </dd>
          </div>
          <div>
            <dt className="text-xs text-slate-500">Spearman ρ (95 % CI)</dt>
            <dd className="tabular font-medium">
              {formatR(d.spearman.r)}{" "}
              <span className="text-xs font-normal text-slate-500">
                ({formatR(d.spearman.low)} to {formatR(d.spearman.high)})
              </span>
            </dd>
          </div>
          <div>
            <dt className="text-xs text-slate-500">Weeks</dt>
            <dd className="tabular font-medium">{d.n}</dd>
          </div>
        </dl>
      </div>

      <div className="grid gap-6 lg:grid-cols-3">
        <figure className="min-w-0 lg:col-span-2">
          <figcaption className="mb-1 text-sm font-medium text-slate-700">
            {kpi.label} ({kpi.unit}) against {d.label} ({d.unit}), one dot per week
          </figcaption>
          <div className="h-72 w-full" data-testid="driver-scatter">
            <ResponsiveContainer>
              <ComposedChart margin={{ top: 8, right: 12, bottom: 16, left: 4 }}>
                <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
                <XAxis
                  dataKey="x"
                  type="number"
                  domain={["auto", "auto"]}
                  tickFormatter={(v) => formatInUnitTick(Number(v), d.unit)}
                  tick={{ fontSize: 11 }}
                  name={d.label}
                  label={{ value: `${d.label} (${d.unit})`, position: "insideBottom", offset: -10, fontSize: 11 }}
                />
                <YAxis
                  dataKey="y"
                  type="number"
                  domain={["auto", "auto"]}
                  tickFormatter={(v) => formatInUnitTick(Number(v), kpi.unit)}
                  tick={{ fontSize: 11 }}
                  width={60}
                  name={kpi.label}
                />
                <Tooltip
                  cursor={{ strokeDasharray: "3 3" }}
                  content={({ active, payload }) => {
                    const p = active && (payload?.[0]?.payload as { x: number; y: number; week: string } | undefined);
                    if (!p || typeof p.week !== "string") return null;
                    return (
                      <div className="rounded-md border border-slate-200 bg-white px-2 py-1 text-xs shadow">
                        <div className="font-medium">Week of {p.week}</div>
                        <div>
                          {d.label}: {formatInUnit(p.x, d.unit)}
                        </div>
                        <div>
                          {kpi.label}: {formatInUnit(p.y, kpi.unit)}
                        </div>
                      </div>
                    );
                  }}
                />
                <Scatter data={points} fill="#0072B2" fillOpacity={0.55} isAnimationActive={false} name="Weeks" />
                {ols && <ReferenceLine segment={ols} stroke={OLS_COLOR} strokeWidth={2} ifOverflow="extendDomain" />}
                {robust && <ReferenceLine segment={robust} stroke={ROBUST_COLOR} strokeWidth={2} strokeDasharray="6 4" ifOverflow="extendDomain" />}
              </ComposedChart>
            </ResponsiveContainer>
          </div>
          {d.lines && (
            <p className="mt-1 text-xs text-slate-500">
              <span style={{ color: OLS_COLOR }}>━</span> least squares: {formatInUnit(d.lines.ols.slope, kpi.unit.replace("/week", ""))} per unit of {d.label}{" "}
              (R² {d.lines.ols.r2.toFixed(2)}) · <span style={{ color: ROBUST_COLOR }}>╍</span> robust (Theil–Sen):{" "}
              {formatInUnit(d.lines.theilSen.slope, kpi.unit.replace("/week", ""))} per unit. How the two moved together, not what one does to the other.
            </p>
          )}
        </figure>
        <figure className="min-w-0">
          <figcaption className="mb-1 text-sm font-medium text-slate-700">Lag view: correlation with {d.label} 0–8 weeks earlier</figcaption>
          <div className="h-72 w-full" data-testid="lag-chart">
            <ResponsiveContainer>
              <BarChart data={lags} margin={{ top: 8, right: 8, bottom: 16, left: 0 }}>
                <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" vertical={false} />
                <XAxis dataKey="lag" tick={{ fontSize: 11 }} label={{ value: "weeks earlier", position: "insideBottom", offset: -10, fontSize: 11 }} />
                <YAxis domain={[-1, 1]} ticks={[-1, -0.5, 0, 0.5, 1]} tick={{ fontSize: 11 }} width={36} />
                <ReferenceLine y={0} stroke="#94a3b8" />
                <Tooltip
                  formatter={(_v, _n, item) => {
                    const p = item.payload as (typeof lags)[number];
                    return [`${formatR(p.r)} (95 %: ${formatR(p.low)} to ${formatR(p.high)}, ${p.n} weeks)`, "Pearson r"];
                  }}
                  labelFormatter={(l) => `${l} week${Number(l) === 1 ? "" : "s"} earlier`}
                />
                <Bar dataKey="r" fill="#56B4E9" isAnimationActive={false}>
                  <ErrorBar dataKey="err" width={4} stroke="#0f172a" isAnimationActive={false} />
                </Bar>
              </BarChart>
            </ResponsiveContainer>
          </div>
          <p className="mt-1 text-xs text-slate-500">
            Bars that stay high after week 0 mean the KPI moves with the driver’s past weeks too: carryover (or a slow common trend).
          </p>
        </figure>
      </div>
    </div>
  );
}
