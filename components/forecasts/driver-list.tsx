import { InfoTip } from "@/components/ui/info-tip";
import type { DriverRow } from "@/lib/forecast/view/driver-summary";
import { formatNumber } from "@/lib/format";

/** Driver contributions over the horizon: activations/week above (+) or below (−) an average week, with bars scaled to the largest. */
export function DriverList({ rows, model, horizon }: { rows: DriverRow[]; model: string; horizon: number }) {
  return (
    <div data-testid="drivers">
      <p className="mb-2 flex items-center gap-1 text-xs text-slate-500">
        From the {model} model, mean over the next {horizon} weeks, activations/week
        <InfoTip text="Each driver's effect relative to an average week: coefficient × (planned value − historical average) for spend, budgets, promotions and macro indicators; the seasonal profile for seasonality. Other models do not break their forecast down." />
      </p>
      <ul className="flex flex-col gap-1.5 text-sm">
        {rows.map((d) => (
          <li key={d.name} className="grid grid-cols-[minmax(0,12rem)_1fr_5rem] items-center gap-2">
            <span className="truncate" title={d.label}>
              {d.label}
            </span>
            <span className="h-2.5 rounded bg-slate-100" aria-hidden>
              <span
                className={`block h-full rounded ${d.meanPerWeek >= 0 ? "bg-emerald-500" : "bg-rose-500"}`}
                style={{ width: `${Math.max(2, d.relative * 100)}%` }}
              />
            </span>
            <span className="tabular text-right">
              {d.meanPerWeek >= 0 ? "+" : "−"}
              {formatNumber(Math.abs(d.meanPerWeek))}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
