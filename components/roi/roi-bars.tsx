"use client";

import { Bar, BarChart, CartesianGrid, ErrorBar, Rectangle, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { tickDecimals, ticksUpTo } from "@/lib/charts/nice-ticks";
import { formatRatio } from "@/lib/format";
import type { RoiBarRow } from "@/lib/mmm/view/roi-bar-rows";
import { CATEGORY_TICK_HEIGHT, CategoryTick } from "@/components/charts/category-tick";

type Measure = "roi" | "mroi";

function RoiBarChart({ rows, measure, color, axisMax }: { rows: RoiBarRow[]; measure: Measure; color: string; axisMax: number }) {
  const errorKey = measure === "roi" ? "roiError" : "mroiError";
  // Explicit ticks inside the page's axis top: Recharts' quarter steps under a rounded label read "0.002×" twice for a
  // KPI counted in units per dollar (an axis to 0.003×), and "1.3×" for 1.25.
  const ticks = ticksUpTo(axisMax);
  const decimals = tickDecimals(ticks);
  return (
    <div className="h-64 w-full">
      <ResponsiveContainer>
        <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" vertical={false} />
          <XAxis dataKey="label" tick={<CategoryTick />} interval={0} height={CATEGORY_TICK_HEIGHT} />
          <YAxis
            ticks={ticks}
            tickFormatter={(v: number) => `${v.toFixed(decimals)}×`}
            tick={{ fontSize: 11 }}
            width={56}
            domain={[0, axisMax]}
            allowDataOverflow
          />
          <Tooltip
            formatter={(v, _n, item) => {
              const row = item.payload as RoiBarRow;
              const [low, high] = measure === "roi" ? [row.roiLow, row.roiHigh] : [row.mroiLow, row.mroiHigh];
              return [`${formatRatio(Number(v))} (90 %: ${formatRatio(low)}–${formatRatio(high)})`, measure === "roi" ? "ROI" : "Marginal ROI"];
            }}
          />
          {/* A custom shape keeps zero-height bars (Recharts drops them otherwise), so a channel estimated at 0× still
              shows its interval whisker. */}
          <Bar
            dataKey={measure}
            fill={color}
            isAnimationActive={false}
            name={measure === "roi" ? "ROI" : "Marginal ROI"}
            shape={(props: object) => <Rectangle {...props} />}
          >
            <ErrorBar dataKey={errorKey} width={6} stroke="#0f172a" strokeWidth={1.5} isAnimationActive={false} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/**
 * ROI and marginal ROI per channel as bars with 90 % interval whiskers. Axis ranges are computed by the page
 * (lib/mmm/view/roi-bar-rows.ts) so a channel with a huge interval does not flatten the rest.
 */
export function RoiBars({ rows, roiAxisMax, mroiAxisMax }: { rows: RoiBarRow[]; roiAxisMax: number; mroiAxisMax: number }) {
  return (
    <div className="grid gap-6 lg:grid-cols-2" data-testid="roi-bars">
      <figure>
        <figcaption className="mb-2 text-sm font-medium text-slate-700">ROI: revenue per $1 spent in the window</figcaption>
        <RoiBarChart rows={rows} measure="roi" color="#0072B2" axisMax={roiAxisMax} />
      </figure>
      <figure>
        <figcaption className="mb-2 text-sm font-medium text-slate-700">Marginal ROI: revenue from the next $1 per week</figcaption>
        <RoiBarChart rows={rows} measure="mroi" color="#E69F00" axisMax={mroiAxisMax} />
      </figure>
    </div>
  );
}
