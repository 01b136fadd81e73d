"use client";

import { Area, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { seriesColor } from "@/components/charts/colors";
import { formatMoney, formatMoneyTick } from "@/lib/format";
import type { DecompositionRow } from "@/lib/mmm/view/decomposition-rows";

const GROUPS = [
  { key: "baseline", name: "Baseline (level, trend, season)", color: "#cbd5e1" },
  { key: "promotions", name: "Promotions", color: "#a3a3a3" },
  { key: "holidays", name: "Holidays", color: "#737373" },
  { key: "macro", name: "Macro (vs average)", color: "#525252" },
];

/**
 * Weekly revenue split into baseline, controls and each channel, stacked, with actual revenue as a line. Plain
 * stacking (not Recharts' "sign" offset): that offset draws a zero value at the axis, so every week without a
 * holiday would pull the holiday band down to 0 and draw spikes. A negative macro swing therefore overlaps the
 * band below it a little; the top of the stack is still the fitted revenue.
 */
export function DecompositionChart({ rows, channels }: { rows: DecompositionRow[]; channels: { name: string; label: string }[] }) {
  return (
    <div className="h-96 w-full" data-testid="decomposition-chart">
      <ResponsiveContainer>
        <ComposedChart data={rows} margin={{ top: 5, right: 16, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="date" tick={{ fontSize: 11 }} minTickGap={40} />
          <YAxis tickFormatter={(v) => formatMoneyTick(Number(v))} tick={{ fontSize: 11 }} width={70} />
          <Tooltip formatter={(v) => formatMoney(Number(v))} labelFormatter={(l) => `Week of ${l}`} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {GROUPS.map((g) => (
            <Area
              key={g.key}
              type="monotone"
              dataKey={g.key}
              name={g.name}
              stackId="d"
              stroke={g.color}
              fill={g.color}
              fillOpacity={0.7}
              isAnimationActive={false}
            />
          ))}
          {channels.map((c, i) => (
            <Area
              key={c.name}
              type="monotone"
              dataKey={c.name}
              name={c.label}
              stackId="d"
              stroke={seriesColor(i)}
              fill={seriesColor(i)}
              fillOpacity={0.75}
              isAnimationActive={false}
            />
          ))}
          <Line type="monotone" dataKey="actual" name="Actual revenue" stroke="#0f172a" strokeWidth={1.5} dot={false} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
