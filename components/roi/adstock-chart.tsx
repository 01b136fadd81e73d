"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { seriesColor } from "@/components/charts/colors";
import { formatPercent } from "@/lib/format";

/** Share of a week's spend effect that lands 0, 1, 2 … weeks later, per channel (the fitted adstock). */
export function AdstockChart({ rows, channels }: { rows: ({ lag: number } & Record<string, number>)[]; channels: { name: string; label: string }[] }) {
  return (
    <div className="h-72 w-full" data-testid="adstock-chart">
      <ResponsiveContainer>
        <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 16, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="lag" tick={{ fontSize: 11 }} label={{ value: "weeks after the spend", position: "insideBottom", offset: -6, fontSize: 11 }} />
          <YAxis tickFormatter={(v) => formatPercent(Number(v), 0)} tick={{ fontSize: 11 }} width={56} domain={[0, 1]} />
          <Tooltip formatter={(v) => formatPercent(Number(v))} labelFormatter={(l) => `${l} week(s) after the spend`} />
          <Legend wrapperStyle={{ fontSize: 12, paddingTop: 8 }} />
          {channels.map((c, i) => (
            <Line
              key={c.name}
              type="monotone"
              dataKey={c.name}
              name={c.label}
              stroke={seriesColor(i)}
              strokeWidth={2}
              dot={{ r: 2 }}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
