"use client";

import { formatMoney, formatMoneyTick, formatPercent, formatRatio } from "@/lib/format";
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ticksWithin } from "@/lib/charts/nice-ticks";
import { seriesColor } from "@/components/charts/colors";
import type { AllocationCurve } from "@/lib/optimize";
import { curvePointAt } from "@/lib/planner/chart-rows";

/**
 * Weekly revenue and profit of the best allocation at each budget, with the typed budget marked. The labels follow
 * the objective the curve was optimized for: under "profit" it is the best profit (and the revenue that comes
 * with it), not the best revenue.
 */
export function AllocationCurveChart({
  curve,
  budget,
  planRevenue,
  planProfit,
  objective = "revenue",
}: {
  curve: AllocationCurve;
  budget: number;
  planRevenue: number;
  planProfit?: number;
  objective?: "revenue" | "profit";
}) {
  const here = curvePointAt(curve.points, budget, planRevenue);
  const byProfit = objective === "profit";
  const data = curve.points.map((p) => ({ budget: p.totalBudget, revenue: p.revenue, profit: p.profit, roi: p.roi, marginalRoi: p.marginalRoi }));
  // Round budget ticks: the curve runs from 50 % to 200 % of the budget, and ticks at its ends read "$97.13K".
  const budgetTicks = ticksWithin(Math.min(...data.map((d) => d.budget)), Math.max(...data.map((d) => d.budget)));
  return (
    <div>
      <div className="h-72 w-full" data-testid="allocation-curve">
        <ResponsiveContainer>
          <LineChart data={data} margin={{ top: 10, right: 16, bottom: 16, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
            <XAxis
              dataKey="budget"
              type="number"
              domain={["dataMin", "dataMax"]}
              ticks={budgetTicks}
              tickFormatter={(v) => formatMoneyTick(v)}
              tick={{ fontSize: 11 }}
              label={{ value: "Weekly budget (USD)", position: "insideBottom", offset: -10, fontSize: 11 }}
            />
            <YAxis tickFormatter={(v) => formatMoneyTick(v)} tick={{ fontSize: 11 }} width={70} />
            <Tooltip
              formatter={(v, name) => [formatMoney(Number(v), "full"), name === "revenue" ? "Revenue / week" : "Profit / week"]}
              labelFormatter={(l, payload) => {
                const p = payload?.[0]?.payload as (typeof data)[number] | undefined;
                return `Budget ${formatMoney(Number(l), "full")}/wk${p ? ` · ROI ${formatRatio(p.roi)} · marginal ROI ${formatRatio(p.marginalRoi)}` : ""}`;
              }}
            />
            <Legend
              verticalAlign="top"
              wrapperStyle={{ fontSize: 12, paddingBottom: 8 }}
              formatter={(v) =>
                v === "revenue" ? (byProfit ? "Revenue / week" : "Optimal revenue / week") : byProfit ? "Optimal profit / week" : "Profit / week"
              }
            />
            <ReferenceLine
              x={budget}
              stroke="#475569"
              strokeDasharray="4 4"
              label={{ value: "your budget", position: "insideTopLeft", fontSize: 11, fill: "#475569" }}
            />
            <Line type="monotone" dataKey="revenue" stroke={seriesColor(0)} dot={false} strokeWidth={2} isAnimationActive={false} />
            <Line type="monotone" dataKey="profit" stroke={seriesColor(2)} dot={false} strokeWidth={2} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      {here && (
        <dl className="mt-3 grid grid-cols-3 gap-3 text-sm" data-testid="curve-summary">
          <div>
            <dt className="text-xs text-slate-500">{byProfit ? "Best profit at your budget" : "Best revenue at your budget"}</dt>
            <dd className="tabular font-medium">{formatMoney(byProfit ? here.point.profit : here.point.revenue)}/wk</dd>
          </div>
          <div>
            <dt className="text-xs text-slate-500">{byProfit ? "Your sliders' profit" : "Your sliders reach"}</dt>
            <dd className="tabular font-medium">
              {byProfit
                ? planProfit === undefined
                  ? "—"
                  : `${formatMoney(planProfit)}/wk`
                : here.shareOfOptimum === null
                  ? "—"
                  : `${formatPercent(here.shareOfOptimum)} of it`}
            </dd>
          </div>
          <div>
            <dt className="text-xs text-slate-500">Marginal ROI there</dt>
            <dd className="tabular font-medium">
              {formatRatio(here.point.marginalRoi)} <span className="text-xs font-normal text-slate-500">per extra $1/wk</span>
            </dd>
          </div>
        </dl>
      )}
      {curve.skipped.length > 0 && (
        <p className="mt-1 text-xs text-amber-700">
          {curve.skipped.length} budgets skipped: {curve.skipped[0].reason}
        </p>
      )}
    </div>
  );
}
