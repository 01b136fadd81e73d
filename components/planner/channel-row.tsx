"use client";

import { Badge } from "@/components/ui/badge";
import { formatMoney, formatRatio } from "@/lib/format";
import { HOLD_BAND } from "@/lib/optimize/data-range-guard";
import type { BoundsInput } from "@/lib/planner/bounds-from-inputs";
import type { ChannelRange } from "@/lib/planner/plan-risk-view";
import { TableRow } from "@/components/ui/table";

type Props = {
  name: string;
  label: string;
  value: number;
  baseline: number;
  max: number;
  step: number;
  revenue: number;
  roi: number | null;
  marginalRoi: number;
  bounds: BoundsInput;
  boundsError?: string;
  locked: boolean;
  /** Where the planned spend sits against the data's range, and whether the fit could tell the channel from zero. */
  range?: ChannelRange;
  onValue: (v: number) => void;
  onBounds: (b: BoundsInput) => void;
  onLocked: (locked: boolean) => void;
};

/**
 * One channel: a keyboard-operable range slider (native input), its exact amount, bounds and lock for the optimizer.
 * A table row from sm up; on phones the cells stack into a card (block display), so nothing scrolls sideways.
 */
export function ChannelRow(p: Props) {
  const id = `spend-${p.name}`;
  const pctOfBaseline = p.baseline > 0 ? p.value / p.baseline : null;
  return (
    <TableRow className="block py-2 align-top sm:table-row sm:py-0" data-testid={`channel-row-${p.name}`}>
      <td className="block py-1 sm:table-cell sm:py-2 sm:pr-3">
        <label htmlFor={id} className="font-medium text-slate-800">
          {p.label}
        </label>
        <div className="text-xs text-slate-500">baseline {formatMoney(p.baseline)}/wk</div>
        {p.range && p.range.dataMax !== null && (
          <div className="text-[11px] text-slate-400">
            data {formatMoney(p.range.dataMin)}–{formatMoney(p.range.dataMax)}/wk
          </div>
        )}
        <div className="mt-0.5 flex flex-wrap gap-1">
          {p.range?.position === "above" && (
            <span
              data-testid={`outside-data-${p.name}`}
              title="Planned spend above the highest (adstocked) weekly level in the data: the response curve is extrapolated here."
            >
              <Badge tone="warn">above data range</Badge>
            </span>
          )}
          {p.range?.position === "below" && (
            <span
              data-testid={`outside-data-${p.name}`}
              title="Planned spend below the lowest (adstocked) weekly level in the data: the response curve is extrapolated here."
            >
              <Badge tone="warn">below data range</Badge>
            </span>
          )}
          {p.range && !p.range.identified && (
            <span
              data-testid={`unidentified-${p.name}`}
              title={`The mix model cannot tell this channel's effect from zero; unless you unlock it, the optimizer never raises it above its current spend + ${HOLD_BAND * 100} % and cuts it only as far as 9 bootstrap draws in 10 agree the plan gains.`}
            >
              <Badge tone="info">≈ 0 effect · held</Badge>
            </span>
          )}
        </div>
      </td>
      <td className="block py-1 sm:table-cell sm:w-full sm:min-w-48 sm:py-2 sm:pr-3">
        <input
          id={id}
          type="range"
          min={0}
          max={p.max}
          step={p.step}
          value={Math.min(p.value, p.max)}
          onChange={(e) => p.onValue(Number(e.target.value))}
          aria-valuetext={`${formatMoney(p.value, "full")} per week`}
          className="w-full accent-brand-600"
        />
        <div className="flex justify-between text-[11px] text-slate-400">
          <span>$0</span>
          <span>{formatMoney(p.max)}</span>
        </div>
      </td>
      <td className="flex items-center gap-3 py-1 sm:table-cell sm:py-2 sm:pr-3 sm:text-right">
        <label htmlFor={`${id}-amount`} className="sr-only">
          {p.label} weekly spend in USD
        </label>
        <input
          id={`${id}-amount`}
          type="number"
          min={0}
          step={p.step}
          value={Math.round(p.value)}
          onChange={(e) => {
            const v = Number(e.target.value);
            if (Number.isFinite(v) && v >= 0) p.onValue(v);
          }}
          className="tabular w-28 rounded-md border border-slate-300 px-2 py-1 text-right text-sm"
        />
        <div className="tabular text-xs text-slate-500" data-testid={`spend-pct-${p.name}`}>
          {pctOfBaseline === null ? "new channel" : `${(pctOfBaseline * 100).toFixed(0)} % of baseline`}
        </div>
      </td>
      <td className="tabular block py-1 text-sm sm:table-cell sm:py-2 sm:pr-3 sm:text-right">
        <span className="text-xs text-slate-500 sm:hidden">Revenue </span>
        {formatMoney(p.revenue)}
        <div className="text-xs text-slate-500">
          ROI {formatRatio(p.roi)} · mROI {formatRatio(p.marginalRoi)}
        </div>
      </td>
      <td className="block py-1 sm:table-cell sm:py-2 sm:pr-3">
        <span className="text-xs text-slate-500 sm:hidden">Bounds (USD/wk)</span>
        <div className="flex gap-1">
          <label htmlFor={`${id}-min`} className="sr-only">
            {p.label} minimum USD/week
          </label>
          <input
            id={`${id}-min`}
            inputMode="decimal"
            placeholder="min"
            value={p.bounds.min}
            onChange={(e) => p.onBounds({ ...p.bounds, min: e.target.value })}
            className="tabular w-20 rounded-md border border-slate-300 px-2 py-1 text-sm"
            aria-invalid={Boolean(p.boundsError)}
          />
          <label htmlFor={`${id}-max`} className="sr-only">
            {p.label} maximum USD/week
          </label>
          <input
            id={`${id}-max`}
            inputMode="decimal"
            placeholder="max"
            value={p.bounds.max}
            onChange={(e) => p.onBounds({ ...p.bounds, max: e.target.value })}
            className="tabular w-20 rounded-md border border-slate-300 px-2 py-1 text-sm"
            aria-invalid={Boolean(p.boundsError)}
          />
        </div>
        {p.boundsError && <p className="mt-1 max-w-44 text-xs text-rose-700">{p.boundsError}</p>}
      </td>
      <td className="flex items-center gap-2 py-1 sm:table-cell sm:py-2 sm:text-center">
        <input id={`${id}-lock`} type="checkbox" checked={p.locked} onChange={(e) => p.onLocked(e.target.checked)} className="h-4 w-4 accent-brand-600" />
        <label htmlFor={`${id}-lock`} className="text-xs text-slate-600 sm:sr-only">
          Lock {p.label} at its current spend
        </label>
      </td>
    </TableRow>
  );
}
