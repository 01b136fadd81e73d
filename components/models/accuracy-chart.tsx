"use client";

import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/** MAPE (%) of stored forecasts per week, as actuals arrived. */
export function AccuracyChart({ data }: { data: { week: string; mape: number | null; n: number }[] }) {
  return (
    <div className="h-56 w-full">
      <ResponsiveContainer>
        <LineChart data={data} margin={{ top: 5, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="week" tick={{ fontSize: 11 }} minTickGap={30} />
          <YAxis tickFormatter={(v) => `${v} %`} tick={{ fontSize: 11 }} width={50} />
          <Tooltip formatter={(v) => [`${Number(v).toFixed(1)} %`, "MAPE"]} labelFormatter={(l) => `Week of ${l}`} />
          <Line type="monotone" dataKey="mape" stroke="#0072B2" dot={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
