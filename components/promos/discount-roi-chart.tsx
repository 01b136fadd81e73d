"use client";

import { CartesianGrid, Legend, Line, LineChart, ReferenceDot, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { seriesColor } from "@/components/charts/colors";
import { formatPercent, formatSignedPercent } from "@/lib/format";
import type { DiscountCurvePoint } from "@/lib/promo/discount-sweep";
import { MIN_P_SELLS, policyPercent } from "@/lib/promo/promo-policy";

/** Expected ROI and P(sells) across discounts, everything else held fixed; the planner's discount and the best one marked. */
export function DiscountRoiChart({ curve, chosen, best }: { curve: DiscountCurvePoint[]; chosen: number; best: DiscountCurvePoint | null }) {
  const data = curve.map((p) => ({ discount: p.discountPct, roi: p.roi, pSells: p.pSells }));
  // Ticks every 15 % up to the end of the curve, so its end (the largest allowed discount) is labelled.
  const maxDiscount = curve.at(-1)?.discountPct ?? 0;
  const ticks = Array.from({ length: Math.floor(maxDiscount / 15) + 1 }, (_, i) => i * 15).concat(maxDiscount % 15 ? [maxDiscount] : []);
  return (
    <figure>
      <div className="h-72 w-full" data-testid="discount-roi-chart">
        <ResponsiveContainer>
          <LineChart data={data} margin={{ top: 20, right: 16, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
            <XAxis dataKey="discount" type="number" domain={[0, "dataMax"]} ticks={ticks} tick={{ fontSize: 11 }} tickFormatter={(v: number) => `${v} %`} />
            <YAxis yAxisId="roi" tick={{ fontSize: 11 }} tickFormatter={(v: number) => formatSignedPercent(v, 0)} width={60} />
            <YAxis yAxisId="p" orientation="right" domain={[0, 1]} tick={{ fontSize: 11 }} tickFormatter={(v: number) => formatPercent(v, 0)} width={48} />
            <Tooltip
              labelFormatter={(l) => `Discount ${l} %`}
              formatter={(v, name) => (name === "Expected ROI" ? formatSignedPercent(Number(v)) : formatPercent(Number(v)))}
            />
            <Legend verticalAlign="bottom" wrapperStyle={{ fontSize: 12, paddingTop: 8 }} />
            <ReferenceLine
              yAxisId="roi"
              y={0}
              stroke="#64748b"
              strokeDasharray="4 4"
              label={{ value: "break-even", position: "insideTopLeft", fontSize: 10, fill: "#64748b" }}
            />
            <ReferenceLine
              yAxisId="roi"
              x={chosen}
              stroke={seriesColor(5)}
              strokeWidth={2}
              label={{ value: `your ${chosen} %`, position: "top", fontSize: 11, fill: seriesColor(5) }}
            />
            {best && <ReferenceDot yAxisId="roi" x={best.discountPct} y={best.roi} r={5} fill={seriesColor(2)} stroke="white" />}
            <Line
              yAxisId="roi"
              type="monotone"
              dataKey="roi"
              name="Expected ROI"
              stroke={seriesColor(0)}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
            <Line
              yAxisId="p"
              type="monotone"
              dataKey="pSells"
              name="P(sells)"
              stroke={seriesColor(1)}
              strokeDasharray="5 3"
              dot={false}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="mt-1 text-xs text-slate-500">
        Discount (x axis) against expected ROI (left axis) and probability of selling (right axis) if only the discount changed. Vertical line: your discount;
        green dot: the best discount among those with P(sells) ≥ {policyPercent(MIN_P_SELLS)}.
      </figcaption>
    </figure>
  );
}
