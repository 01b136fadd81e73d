import { formatMoney, formatNumber, formatRatio, formatSignedMoney, formatSignedPercent } from "@/lib/format";
import { relativeChange } from "@/lib/planner/relative-change";
import { Stat } from "@/components/ui/stat";
import type { PlanOutcome } from "@/lib/planner/plan-outcome";

/**
 * The change against the baseline: the absolute change always, the percentage only where it means something
 * (relativeChange: a positive base the change does not dwarf — no "+1,413 %" on a profit of a few hundred dollars).
 */
function delta(
  value: number | null,
  base: number | null,
  unit: "money" | "count" | "ratio",
  goodWhenUp = true,
): { text: string; tone: "good" | "bad" | "neutral" } {
  if (value === null || base === null) return { text: "vs baseline: —", tone: "neutral" };
  const diff = value - base;
  const scale = Math.max(Math.abs(base), Math.abs(value), 1e-9);
  if (Math.abs(diff) / scale < 5e-4) return { text: "same as baseline", tone: "neutral" };
  const absolute =
    unit === "money"
      ? formatSignedMoney(diff)
      : unit === "ratio"
        ? `${diff > 0 ? "+" : ""}${formatRatio(diff)}`
        : `${diff > 0 ? "+" : ""}${formatNumber(diff)}`;
  const pct = relativeChange(value, base);
  return { text: `${absolute}${pct === null ? "" : ` (${formatSignedPercent(pct)})`} vs baseline`, tone: diff > 0 === goodWhenUp ? "good" : "bad" };
}

/** The plan's predicted KPIs against the historical baseline, weekly with the horizon total underneath. */
export function PlannerKpis({ outcome, baseline, computeMs }: { outcome: PlanOutcome; baseline: PlanOutcome; computeMs: number }) {
  const h = outcome.horizonWeeks;
  const rev = delta(outcome.revenue, baseline.revenue, "money");
  const profit = delta(outcome.profit, baseline.profit, "money");
  const roi = delta(outcome.roi, baseline.roi, "ratio");
  const acts = delta(outcome.activations, baseline.activations, "count");
  const cpa = delta(outcome.cpa, baseline.cpa, "money", false);
  const band =
    outcome.draws > 0
      ? `90 % interval ${formatMoney(outcome.low)} – ${formatMoney(outcome.high)} per week (${outcome.draws} bootstrap draws)`
      : "no bootstrap draws in this model, so no interval";
  return (
    <div>
      <div className="grid grid-cols-2 gap-4 md:grid-cols-3 xl:grid-cols-5" aria-live="polite">
        <div data-testid="kpi-revenue">
          <Stat
            label="Revenue / week"
            value={formatMoney(outcome.revenue)}
            delta={
              <>
                <span>{rev.text}</span>
                <br />
                <span className="text-slate-500">
                  {formatMoney(outcome.horizon.revenue)} over {h} wk
                </span>
              </>
            }
            tone={rev.tone}
            hint="Weekly revenue driven by media at steady state, predicted by the champion mix model's response curves averaged over its bootstrap draws — the expected outcome the optimizer maximizes (excludes demand that comes without marketing)."
          />
        </div>
        <div data-testid="kpi-profit">
          <Stat
            label="Profit / week"
            value={formatMoney(outcome.profit)}
            delta={
              <>
                <span>{profit.text}</span>
                <br />
                <span className="text-slate-500">
                  {formatMoney(outcome.horizon.profit)} over {h} wk
                </span>
              </>
            }
            tone={profit.tone}
            hint={`Media revenue × margin (${(outcome.margin * 100).toFixed(1)} %) − spend, per week.`}
          />
        </div>
        <Stat
          label="ROI"
          value={formatRatio(outcome.roi)}
          delta={roi.text}
          tone={roi.tone}
          hint="Media revenue per dollar of spend (ROAS) for the whole plan."
        />
        <Stat
          label="Activations / week"
          value={formatNumber(outcome.activations)}
          delta={
            outcome.activations === null ? (
              "needs unit economics for every channel"
            ) : (
              <>
                <span>{acts.text}</span>
                <br />
                <span className="text-slate-500">
                  {formatNumber(outcome.horizon.activations)} over {h} wk
                </span>
              </>
            )
          }
          tone={acts.tone}
          hint="Media revenue per channel divided by that channel's revenue per activation (unit economics)."
        />
        <Stat
          label="Cost per activation"
          value={formatMoney(outcome.cpa, "precise")}
          delta={cpa.text}
          tone={cpa.tone}
          hint="Total weekly spend divided by weekly activations from media."
        />
      </div>
      <p className="mt-2 flex flex-wrap justify-between gap-2 text-xs text-slate-500">
        <span data-testid="kpi-interval">Revenue: {band}.</span>
        <span data-testid="compute-time" suppressHydrationWarning>
          computed in your browser in {computeMs < 0.1 ? "< 0.1" : computeMs.toFixed(1)} ms
        </span>
      </p>
    </div>
  );
}
