"use client";

import { useMemo, useState } from "react";
import { Area, AreaChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { seriesColor } from "@/components/charts/colors";
import { formatMoney, formatMoneyTick, formatNumber, formatNumberTick } from "@/lib/format";
import type { WeeklyChannelTable } from "@/lib/overview/weekly-channel-table";

const METRICS = {
  revenue: { label: "Revenue", money: true },
  spend: { label: "Spend", money: true },
  activations: { label: "Activations", money: false },
} as const;
type Metric = keyof typeof METRICS;

export function TrendChart({ table }: { table: WeeklyChannelTable }) {
  const [metric, setMetric] = useState<Metric>("revenue");
  const data = useMemo(
    () => table.weeks.map((week, w) => Object.fromEntries([["week", week], ...table.channels.map((c, i) => [c, table[metric][i][w]])])),
    [table, metric],
  );
  const shown = table.channels;
  const fmt = (v: number) => (METRICS[metric].money ? formatMoney(v) : formatNumber(v));

  return (
    <div>
      <div role="radiogroup" aria-label="Metric" className="mb-3 inline-flex rounded-md border border-slate-300 bg-white p-0.5 text-sm">
        {(Object.keys(METRICS) as Metric[]).map((m) => (
          <button
            key={m}
            role="radio"
            aria-checked={metric === m}
            onClick={() => setMetric(m)}
            className={`rounded px-3 py-1 outline-none focus-visible:ring-2 focus-visible:ring-brand-500 ${metric === m ? "bg-brand-600 text-white" : "text-slate-700 hover:bg-slate-100"}`}
          >
            {METRICS[m].label}
          </button>
        ))}
      </div>
      <div className="h-80 w-full">
        <ResponsiveContainer>
          <AreaChart data={data} margin={{ top: 5, right: 16, bottom: 0, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
            <XAxis dataKey="week" tick={{ fontSize: 11 }} minTickGap={40} />
            <YAxis tickFormatter={(v: number) => (METRICS[metric].money ? formatMoneyTick(v) : formatNumberTick(v))} tick={{ fontSize: 11 }} width={70} />
            <Tooltip formatter={(v) => fmt(Number(v))} labelFormatter={(l) => `Week of ${l}`} />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            {shown.map((c, i) => (
              <Area
                key={c}
                type="monotone"
                dataKey={c}
                stackId="1"
                stroke={seriesColor(i)}
                fill={seriesColor(i)}
                fillOpacity={0.55}
                isAnimationActive={false}
              />
            ))}
          </AreaChart>
        </ResponsiveContainer>
      </div>
      <p className="mt-2 text-xs text-slate-500">
        Weekly {METRICS[metric].label.toLowerCase()} by channel{METRICS[metric].money ? " in USD" : ""}, stacked.
      </p>
    </div>
  );
}
