"use client";

import { Bar, BarChart, CartesianGrid, Cell, Label, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { niceTicks, tickDecimals } from "@/lib/charts/nice-ticks";

const COLOR = { stable: "#009E73", moderate: "#E69F00", drift: "#D55E00" } as const;

type Row = { feature: string; psi: number; status: keyof typeof COLOR; basis: "level" | "weekly change"; reason: string };

/**
 * PSI per feature (a unitless index: 0 = same distribution; conventionally ≥ 0.1 moderate, ≥ 0.25 large) with the
 * warning and critical thresholds drawn in. Weekly series are marked "Δ": their week-to-week changes are compared.
 */
export function DriftChart({ rows, warning, critical }: { rows: Row[]; warning: number; critical: number }) {
  const data = rows.map((r) => ({ ...r, label: r.basis === "weekly change" ? `${r.feature} (Δ)` : r.feature }));
  // Explicit ticks: Recharts' own steps under a fixed one-decimal label printed "0.1" twice.
  const ticks = niceTicks(0, Math.max(critical * 1.2, ...rows.map((r) => r.psi)), 5);
  const decimals = tickDecimals(ticks);
  return (
    <div className="w-full" style={{ height: Math.max(180, rows.length * 22 + 60) }} data-testid="drift-chart">
      <ResponsiveContainer>
        <BarChart data={data} layout="vertical" margin={{ top: 5, right: 16, bottom: 20, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis type="number" tick={{ fontSize: 11 }} domain={[0, ticks[ticks.length - 1]]} ticks={ticks} tickFormatter={(v: number) => v.toFixed(decimals)}>
            <Label
              value="PSI, population stability index (unitless; 0 = unchanged)"
              position="insideBottom"
              offset={-14}
              style={{ fontSize: 11, fill: "#64748b" }}
            />
          </XAxis>
          <YAxis type="category" dataKey="label" tick={{ fontSize: 11 }} width={200} interval={0} />
          <Tooltip
            formatter={(v, _name, item) => {
              const r = (item as { payload?: Row }).payload;
              return [
                `${Number(v).toFixed(3)} (${r?.status ?? ""}${r?.reason ? `: ${r.reason}` : ""})`,
                r?.basis === "weekly change" ? "PSI of weekly changes" : "PSI of values",
              ];
            }}
          />
          <ReferenceLine x={warning} stroke="#E69F00" strokeDasharray="4 4" />
          <ReferenceLine x={critical} stroke="#D55E00" strokeDasharray="4 4" />
          <Bar dataKey="psi" isAnimationActive={false}>
            {data.map((r) => (
              <Cell key={r.feature} fill={COLOR[r.status]} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
