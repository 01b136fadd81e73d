"use client";

import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const COLOR = { stable: "#009E73", moderate: "#E69F00", drift: "#D55E00" } as const;

/** PSI per feature with the warning and critical thresholds drawn in. */
export function DriftChart({ rows, warning, critical }: { rows: { feature: string; psi: number; status: keyof typeof COLOR }[]; warning: number; critical: number }) {
  return (
    <div className="w-full" style={{ height: Math.max(160, rows.length * 22 + 40) }}>
      <ResponsiveContainer>
        <BarChart data={rows} layout="vertical" margin={{ top: 5, right: 24, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis type="number" tick={{ fontSize: 11 }} domain={[0, (max: number) => Math.ceil(Math.max(max, critical * 1.2) * 10) / 10]} tickFormatter={(v: number) => v.toFixed(1)} />
          <YAxis type="category" dataKey="feature" tick={{ fontSize: 11 }} width={170} />
          <Tooltip formatter={(v) => [Number(v).toFixed(3), "PSI"]} />
          <ReferenceLine x={warning} stroke="#E69F00" strokeDasharray="4 4" />
          <ReferenceLine x={critical} stroke="#D55E00" strokeDasharray="4 4" />
          <Bar dataKey="psi" isAnimationActive={false}>
            {rows.map((r) => (
              <Cell key={r.feature} fill={COLOR[r.status]} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
