"use client";

import { formatMoney, formatMoneyTick } from "@/lib/format";
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { seriesColor } from "@/components/charts/colors";
import { CATEGORY_TICK_HEIGHT, CategoryTick } from "@/components/charts/category-tick";

type Series = { key: string; name: string };

/** Weekly spend per channel, one bar per compared scenario. */
export function AllocationBars({ rows, series }: { rows: Record<string, string | number>[]; series: Series[] }) {
  const nameOf = (k: string) => series.find((s) => s.key === k)?.name ?? k;
  return (
    <div className="h-72 w-full" data-testid="allocation-bars">
      <ResponsiveContainer>
        <BarChart data={rows} margin={{ top: 5, right: 16, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="channel" tick={<CategoryTick />} interval={0} height={CATEGORY_TICK_HEIGHT} />
          <YAxis tickFormatter={(v) => formatMoneyTick(v)} tick={{ fontSize: 11 }} width={70} />
          <Tooltip formatter={(v, k) => [`${formatMoney(Number(v), "full")}/wk`, nameOf(String(k))]} />
          <Legend wrapperStyle={{ fontSize: 12 }} formatter={(k) => nameOf(String(k))} />
          {series.map((s, i) => (
            <Bar key={s.key} dataKey={s.key} fill={seriesColor(i)} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Predicted weekly media revenue over each scenario's horizon (carryover ramps from the baseline included). */
export function WeeklyOutcomeLines({ rows, series }: { rows: Record<string, number>[]; series: Series[] }) {
  const nameOf = (k: string) => series.find((s) => s.key === k)?.name ?? k;
  return (
    <div className="h-72 w-full" data-testid="weekly-outcome-lines">
      <ResponsiveContainer>
        <LineChart data={rows} margin={{ top: 5, right: 16, bottom: 16, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="week" tick={{ fontSize: 11 }} label={{ value: "Week of the plan", position: "insideBottom", offset: -10, fontSize: 11 }} />
          <YAxis tickFormatter={(v) => formatMoneyTick(v)} tick={{ fontSize: 11 }} width={70} domain={["auto", "auto"]} />
          <Tooltip formatter={(v, k) => [`${formatMoney(Number(v), "full")}`, nameOf(String(k))]} labelFormatter={(l) => `Week ${l}`} />
          <Legend verticalAlign="top" wrapperStyle={{ fontSize: 12, paddingBottom: 8 }} formatter={(k) => nameOf(String(k))} />
          {series.map((s, i) => (
            <Line key={s.key} type="monotone" dataKey={s.key} stroke={seriesColor(i)} dot={false} strokeWidth={2} isAnimationActive={false} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
