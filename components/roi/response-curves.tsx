"use client";

import { Area, CartesianGrid, ComposedChart, Line, ReferenceDot, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ticksWithin } from "@/lib/charts/nice-ticks";
import { seriesColor } from "@/components/charts/colors";
import { formatMoney, formatMoneyTick } from "@/lib/format";
import type { ResponseCurveRow } from "@/lib/mmm/view/response-curve-rows";

/** `note` is formatted on the server: compact currency differs between Node's and the browser's ICU, which would break hydration. */
export type ResponseCurvePanel = { name: string; label: string; note: string; rows: ResponseCurveRow[]; current: { spend: number; kpi: number } | null };

/** One small chart per channel: weekly spend → weekly revenue with the 90 % band and today's mean weekly spend. */
export function ResponseCurves({ panels }: { panels: ResponseCurvePanel[] }) {
  return (
    <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3" data-testid="response-curves">
      {panels.map((p, i) => (
        <figure key={p.name} className="rounded-lg border border-slate-100 p-2">
          <figcaption className="mb-1 text-sm font-medium text-slate-700">
            {p.label}
            {p.note && <span className="ml-2 text-xs font-normal text-slate-500">{p.note}</span>}
          </figcaption>
          <div className="h-48 w-full">
            <ResponsiveContainer>
              <ComposedChart data={p.rows} margin={{ top: 5, right: 8, bottom: 0, left: 0 }}>
                <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
                <XAxis
                  dataKey="spend"
                  type="number"
                  domain={[0, "dataMax"]}
                  ticks={ticksWithin(0, Math.max(0, ...p.rows.map((r) => r.spend)))}
                  tickFormatter={(v) => formatMoneyTick(Number(v))}
                  tick={{ fontSize: 10 }}
                />
                <YAxis tickFormatter={(v) => formatMoneyTick(Number(v))} tick={{ fontSize: 10 }} width={56} />
                <Tooltip
                  formatter={(v, name) =>
                    Array.isArray(v) ? [`${formatMoney(Number(v[0]))}–${formatMoney(Number(v[1]))}`, "90 % band"] : [formatMoney(Number(v)), String(name)]
                  }
                  labelFormatter={(l) => `Spend ${formatMoney(Number(l))} per week`}
                />
                <Area dataKey="band" name="90 % band" stroke="none" fill={seriesColor(i)} fillOpacity={0.2} isAnimationActive={false} />
                <Line dataKey="kpi" name="Revenue per week" stroke={seriesColor(i)} strokeWidth={2} dot={false} isAnimationActive={false} />
                {p.current && <ReferenceDot x={p.current.spend} y={p.current.kpi} r={5} fill="#0f172a" stroke="#fff" />}
              </ComposedChart>
            </ResponsiveContainer>
          </div>
        </figure>
      ))}
    </div>
  );
}
