"use client";

import { formatMoney, formatMoneyTick } from "@/lib/format";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { seriesColor } from "@/components/charts/colors";

const LABELS = { alwaysOn: "Always-on", pulsed: "Pulsed", optimized: "Optimized schedule" } as const;

/** Weekly revenue of the three timing strategies for the same total budget. */
export function FlightingChart({
  rows,
  horizonWeeks,
}: {
  rows: { week: number; alwaysOn: number; pulsed: number; optimized: number }[];
  horizonWeeks: number;
}) {
  return (
    <div className="h-64 w-full" data-testid="flighting-chart">
      <ResponsiveContainer>
        <LineChart data={rows} margin={{ top: 10, right: 16, bottom: 16, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis
            dataKey="week"
            tick={{ fontSize: 11 }}
            label={{ value: `Week (plan runs ${horizonWeeks} wk; later weeks are carryover)`, position: "insideBottom", offset: -10, fontSize: 11 }}
          />
          <YAxis tickFormatter={(v) => formatMoneyTick(v)} tick={{ fontSize: 11 }} width={70} />
          <Tooltip formatter={(v, name) => [formatMoney(Number(v), "full"), LABELS[name as keyof typeof LABELS] ?? name]} labelFormatter={(l) => `Week ${l}`} />
          <Legend verticalAlign="top" wrapperStyle={{ fontSize: 12 }} formatter={(v) => LABELS[v as keyof typeof LABELS] ?? v} />
          {(Object.keys(LABELS) as (keyof typeof LABELS)[]).map((k, i) => (
            <Line key={k} type="monotone" dataKey={k} stroke={seriesColor(i)} dot={false} strokeWidth={2} isAnimationActive={false} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
