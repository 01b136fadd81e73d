"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatMoney, formatMoneyTick } from "@/lib/format";

/** Actual weekly revenue against the model's fitted revenue (in-sample). */
export function FitChart({ rows }: { rows: { date: string; actual: number; fitted: number }[] }) {
  return (
    <div className="h-72 w-full" data-testid="fit-chart">
      <ResponsiveContainer>
        <LineChart data={rows} margin={{ top: 5, right: 16, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="date" tick={{ fontSize: 11 }} minTickGap={40} />
          <YAxis tickFormatter={(v) => formatMoneyTick(Number(v))} tick={{ fontSize: 11 }} width={70} domain={["auto", "auto"]} />
          <Tooltip formatter={(v) => formatMoney(Number(v))} labelFormatter={(l) => `Week of ${l}`} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Line type="monotone" dataKey="actual" name="Actual revenue" stroke="#0f172a" strokeWidth={1.5} dot={false} isAnimationActive={false} />
          <Line type="monotone" dataKey="fitted" name="Fitted" stroke="#D55E00" strokeWidth={1.5} dot={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
