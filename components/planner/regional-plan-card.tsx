import Link from "next/link";
import { Card } from "@/components/ui/card";
import { formatMoney, formatPercent, formatSignedMoney } from "@/lib/format";
import type { RegionalPlan } from "@/lib/optimize/plan-by-region";
import { Table, TableBody, TableHead, TableRow } from "@/components/ui/table";

/** National plan (default) or the plan by region: two links, so the choice is in the URL and survives a reload. */
export function PlannerViewToggle({ view, available }: { view: "national" | "regions"; available: boolean }) {
  if (!available) return null;
  const tab = (target: "national" | "regions", label: string) => (
    <Link
      href={target === "regions" ? "/planner?view=regions" : "/planner"}
      aria-current={view === target ? "page" : undefined}
      className={`rounded-md px-3 py-1.5 text-sm ${view === target ? "bg-brand-600 text-white" : "border border-slate-300 bg-white hover:bg-slate-50"}`}
      data-testid={`planner-view-${target}`}
    >
      {label}
    </Link>
  );
  return (
    <div className="mb-4 flex flex-wrap items-center gap-2" role="navigation" aria-label="Plan view">
      {tab("national", "National plan")}
      {tab("regions", "By region")}
    </div>
  );
}

/** The optimized weekly budget by channel × region at the current total weekly budget (geo-level mix model). */
export function RegionalPlanCard({ plan, labels }: { plan: RegionalPlan; labels: Record<string, string> }) {
  return (
    <Card
      title="Budget by region"
      description={`The optimizer splits ${formatMoney(plan.budget)} a week over every channel in every region with the same rules as the national plan: expected revenue over the model's draws, each region kept inside the spend range its data have seen, channels the model cannot tell from zero held near their current spend.`}
    >
      <p className="mb-3 text-sm text-slate-700" data-testid="regional-plan-summary">
        Expected gain vs the current mix <strong className="tabular">{formatSignedMoney(plan.gainVsCurrent.mean)}</strong>/week (90 %:{" "}
        {formatSignedMoney(plan.gainVsCurrent.low)} to {formatSignedMoney(plan.gainVsCurrent.high)})
        {plan.probBeatsCurrent !== null ? `; P(beats the current mix) ${formatPercent(plan.probBeatsCurrent, 0)}` : ""}.
        {plan.safeguard?.kept
          ? " The plan keeps the current split (scaled to this budget): no move away from it pays in enough of the draws."
          : plan.safeguard && plan.safeguard.transfers > 0
            ? ` It includes ${plan.safeguard.transfers === 1 ? "one transfer" : `${plan.safeguard.transfers} transfers`} between cells, kept only because the move gains in every draw the choice did not use.`
            : ""}
      </p>
      <div className="overflow-x-auto">
        <Table className="tabular" data-testid="regional-plan-table">
          <TableHead small>
            <tr>
              <th className="sticky left-0 bg-white px-2 py-1.5 font-medium" scope="col">
                Region
              </th>
              {plan.channels.map((c) => (
                <th key={c} className="px-2 py-1.5 text-right font-medium" scope="col">
                  {labels[c] ?? c}
                </th>
              ))}
            </tr>
          </TableHead>
          <TableBody>
            {plan.regions.map((r) => (
              <TableRow key={r.name} data-region={r.name}>
                <th className="sticky left-0 bg-white px-2 py-1.5 text-left font-medium" scope="row">
                  {r.name}
                </th>
                {r.cells.map((c) => (
                  <td key={c.channel} className="whitespace-nowrap px-2 py-1.5 text-right">
                    {formatMoney(c.planned)}
                    {c.outsideData && (
                      <span className="ml-1 text-amber-700" title="Planned above the spend this region's data have seen">
                        ▲
                      </span>
                    )}
                    <span className="block text-[11px] text-slate-500">now {formatMoney(c.current)}</span>
                  </td>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <p className="mt-2 text-xs text-slate-500">
        Weekly spend (USD); &ldquo;now&rdquo; = the region&apos;s mean weekly spend in the model&apos;s window
        {Math.abs(plan.currentScale - 1) > 0.005
          ? `; the current mix the gain is measured against is "now" × ${plan.currentScale.toFixed(2)}, scaled to this budget`
          : ""}
        . The sliders work on the national plan.
      </p>
    </Card>
  );
}
