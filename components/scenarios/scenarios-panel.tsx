"use client";

import { formatMoney, formatNumber, formatRatio, formatSignedPercent } from "@/lib/format";
import Link from "next/link";
import { useMemo, useState } from "react";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { InfoTip } from "@/components/ui/info-tip";
import { Badge } from "@/components/ui/badge";
import { OBJECTIVE_LABELS, type ScenarioPredicted, type ScenarioView } from "@/lib/planner/scenario-schema";
import { allocationBarRows, weeklyPathRows } from "@/lib/planner/chart-rows";
import { compareScenarios, type ComparableScenario, type ComparisonRow } from "@/lib/planner/compare-scenarios";
import { BASELINE_KEY, BASELINE_NAME, baselineComparable, comparableFromView } from "@/lib/planner/scenario-predicted";
import { AllocationBars, WeeklyOutcomeLines } from "./comparison-charts";
import { ForecastCompare } from "./forecast-compare";
import type { ScenarioForecastSet } from "@/lib/data/reads/scenario-forecasts";
import { ScenarioActions } from "./scenario-actions";
import { Table, TableBody, TableHead, TableRow } from "@/components/ui/table";

const MAX_COMPARED = 4;

type Baseline = { allocation: Record<string, number>; totalBudget: number; predicted: ScenarioPredicted; runId: number } | null;

function formatValue(unit: ComparisonRow["unit"], v: number | null): string {
  return unit === "money" ? formatMoney(v) : unit === "ratio" ? formatRatio(v) : formatNumber(v);
}

function formatDiff(unit: ComparisonRow["unit"], d: number | null): string {
  if (d === null) return "—";
  if (Math.abs(d) < 1e-9) return "±0";
  const sign = d > 0 ? "+" : "−";
  return `${sign}${formatValue(unit, Math.abs(d))}`;
}

/** Saved scenarios (plus the historical baseline) and a side-by-side comparison of 2–4 of them. */
export function ScenariosPanel({
  scenarios,
  baseline,
  initialCompare,
  channelLabels = {},
  forecasts = null,
}: {
  scenarios: ScenarioView[];
  baseline: Baseline;
  initialCompare: string[];
  channelLabels?: Record<string, string>;
  forecasts?: ScenarioForecastSet | null;
}) {
  const labelOf = (channel: string) => channelLabels[channel] ?? channel;
  const comparables = useMemo(() => {
    const m = new Map<string, ComparableScenario & { weeklyPath: { week: number; revenue: number }[] }>();
    if (baseline) m.set(BASELINE_KEY, { ...baselineComparable(baseline.predicted, baseline.allocation), weeklyPath: baseline.predicted.weeklyPath });
    for (const s of scenarios) {
      const c = comparableFromView(s);
      if (c) m.set(c.key, { ...c, weeklyPath: s.predicted?.weeklyPath ?? [] });
    }
    return m;
  }, [scenarios, baseline]);
  const [selected, setSelected] = useState<string[]>(() => initialCompare.filter((k) => comparables.has(k)).slice(0, MAX_COMPARED));
  const [baselineKey, setBaselineKey] = useState<string>(BASELINE_KEY);
  const chosen = selected.filter((k) => comparables.has(k));
  const effectiveBaseline = chosen.includes(baselineKey) ? baselineKey : chosen[0];
  const items = chosen.map((k) => comparables.get(k)!);
  const comparison = useMemo(() => (items.length >= 2 ? compareScenarios(items, effectiveBaseline) : null), [items, effectiveBaseline]);

  const toggle = (key: string, on: boolean) => setSelected((s) => (on ? [...s.filter((k) => k !== key), key] : s.filter((k) => k !== key)));
  const series = items.map((i) => ({ key: i.key, name: i.name }));
  const csvHref = `/api/v1/scenarios/compare.csv?ids=${chosen.join(",")}&baseline=${effectiveBaseline}`;

  const rows: {
    key: string;
    name: string;
    author: string;
    created: string | null;
    objective: string;
    budget: number;
    revenue: number | null;
    roi: number | null;
    view: ScenarioView | null;
  }[] = [
    ...(baseline
      ? [
          {
            key: BASELINE_KEY,
            name: BASELINE_NAME,
            author: "historical data",
            created: null,
            objective: "Mean of the last 13 weeks",
            budget: baseline.totalBudget,
            revenue: baseline.predicted.revenue,
            roi: baseline.predicted.roi,
            view: null,
          },
        ]
      : []),
    ...scenarios.map((s) => ({
      key: String(s.id),
      name: s.name,
      author: s.author || "—",
      created: s.createdAt,
      objective: OBJECTIVE_LABELS[s.objective as keyof typeof OBJECTIVE_LABELS] ?? s.objective,
      budget: s.totalBudget,
      revenue: s.predicted?.revenue ?? null,
      roi: s.predicted?.roi ?? null,
      view: s,
    })),
  ];

  return (
    <div className="flex flex-col gap-6">
      {scenarios.length === 0 && (
        <EmptyState
          title="No saved scenarios yet"
          action={
            <Link href="/planner" className="text-brand-600 underline">
              Make a plan in the Planner
            </Link>
          }
        >
          Save a plan from the Planner (sliders or the optimizer) and it appears here, ready to compare with the current allocation.
        </EmptyState>
      )}
      <Card
        title="Scenarios"
        description={`Tick 2–${MAX_COMPARED} to compare them side by side. Revenue is weekly media-driven revenue predicted by the mix model; budgets are USD per week.`}
      >
        <div className="overflow-x-auto">
          <Table data-testid="scenario-list">
            <TableHead small>
              <tr>
                <th className="py-1 pr-2 font-medium">Compare</th>
                <th className="py-1 pr-3 font-medium">Name</th>
                <th className="py-1 pr-3 font-medium">Author</th>
                <th className="py-1 pr-3 font-medium">Created (UTC)</th>
                <th className="py-1 pr-3 font-medium">Objective</th>
                <th className="py-1 pr-3 text-right font-medium">Budget/wk</th>
                <th className="py-1 pr-3 text-right font-medium">
                  <span className="inline-flex items-center gap-1">
                    Revenue/wk{" "}
                    <InfoTip text="Predicted weekly media revenue stored with the scenario (the baseline is predicted by the current champion mix model)." />
                  </span>
                </th>
                <th className="py-1 pr-3 text-right font-medium">ROI</th>
                <th className="py-1 text-right font-medium">Actions</th>
              </tr>
            </TableHead>
            <TableBody>
              {rows.map((r) => {
                const checked = selected.includes(r.key);
                const comparable = comparables.has(r.key);
                return (
                  <TableRow key={r.key} className="align-top">
                    <td className="py-2 pr-2">
                      <input
                        id={`compare-${r.key}`}
                        type="checkbox"
                        checked={checked}
                        disabled={!comparable || (!checked && selected.length >= MAX_COMPARED)}
                        onChange={(e) => toggle(r.key, e.target.checked)}
                        className="h-4 w-4 accent-brand-600"
                      />
                      <label htmlFor={`compare-${r.key}`} className="sr-only">
                        Compare {r.name}
                      </label>
                    </td>
                    <td className="py-2 pr-3 font-medium text-slate-800">
                      {r.name} {r.key === BASELINE_KEY && <Badge tone="info">baseline</Badge>}
                      {r.view && (
                        <div className="text-xs font-normal text-slate-500">
                          v{r.view.version}
                          {r.view.modelRunId ? ` · run #${r.view.modelRunId}` : ""}
                        </div>
                      )}
                    </td>
                    <td className="py-2 pr-3">{r.author}</td>
                    <td className="tabular py-2 pr-3">{r.created ? r.created.slice(0, 16).replace("T", " ") : "—"}</td>
                    <td className="py-2 pr-3">{r.objective}</td>
                    <td className="tabular py-2 pr-3 text-right">{formatMoney(r.budget)}</td>
                    <td className="tabular py-2 pr-3 text-right">{formatMoney(r.revenue)}</td>
                    <td className="tabular py-2 pr-3 text-right">{formatRatio(r.roi)}</td>
                    <td className="py-2 text-right">
                      {r.view ? (
                        <ScenarioActions id={r.view.id} name={r.view.name} version={r.view.version} />
                      ) : (
                        <Link href="/planner" className="text-sm text-brand-600 underline">
                          Open in Planner
                        </Link>
                      )}
                    </td>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </div>
        {!baseline && <p className="mt-2 text-xs text-slate-500">The baseline pseudo-scenario appears once a mix model has been fitted (Channel ROI).</p>}
      </Card>

      {chosen.length === 1 && <p className="text-sm text-slate-600">Tick one more scenario to compare.</p>}
      {comparison && (
        <Card
          title="Comparison"
          description="Weekly values; differences against the chosen baseline (absolute, and % where the baseline is positive and not tiny next to the change). Profit uses the margin each scenario was saved with (the baseline: the unit-economics margin)."
          actions={
            <div className="flex min-w-0 max-w-full flex-wrap items-end gap-x-3 gap-y-1 text-sm">
              <div className="min-w-0 max-w-full">
                <label htmlFor="comparison-baseline" className="mb-1 block text-xs font-medium text-slate-600">
                  Baseline
                </label>
                <select
                  id="comparison-baseline"
                  value={effectiveBaseline}
                  onChange={(e) => setBaselineKey(e.target.value)}
                  className="max-w-full rounded-md border border-slate-300 bg-white px-2 py-1.5"
                >
                  {items.map((i) => (
                    <option key={i.key} value={i.key}>
                      {i.name}
                    </option>
                  ))}
                </select>
              </div>
              <a href={csvHref} download className="pb-1.5 text-brand-600 underline">
                Export CSV
              </a>
              <Link
                href={`/reports/scenarios?ids=${chosen.join(",")}&baseline=${effectiveBaseline}`}
                className="pb-1.5 text-brand-600 underline"
                data-testid="report-link"
              >
                Report
              </Link>
            </div>
          }
        >
          <div className="overflow-x-auto">
            <Table data-testid="comparison-table">
              <TableHead small>
                <tr>
                  <th className="py-1 pr-3 font-medium">KPI (per week)</th>
                  {comparison.scenarios.map((s) => (
                    <th key={s.key} className="py-1 pr-3 text-right font-medium">
                      {s.name}
                      {s.key === effectiveBaseline && s.key !== BASELINE_KEY ? " (baseline)" : ""}
                    </th>
                  ))}
                </tr>
              </TableHead>
              <TableBody className="tabular">
                {[
                  ...comparison.kpis.map((r) => ({ ...r, judged: true })),
                  ...comparison.allocation.map((r) => ({ ...r, label: `Spend: ${labelOf(r.label)}`, judged: false })),
                ].map((r) => (
                  <TableRow key={r.label}>
                    <td className="py-1.5 pr-3">{r.label}</td>
                    {r.cells.map((c, i) => {
                      const isBase = comparison.scenarios[i].key === effectiveBaseline;
                      // Only KPIs are good or bad; a channel's spend moving is neither, and a rounding-size change is no change.
                      const moved = c.diff !== null && r.judged && Math.abs(c.diffPct ?? 1) >= 5e-4;
                      const good = moved && c.diff! > 0 === r.higherIsBetter;
                      return (
                        <td key={comparison.scenarios[i].key} className="py-1.5 pr-3 text-right">
                          {formatValue(r.unit, c.value)}
                          {!isBase && (
                            <div className={`text-xs ${!moved ? "text-slate-500" : good ? "text-emerald-700" : "text-rose-700"}`} data-testid="kpi-diff">
                              {formatDiff(r.unit, c.diff)}
                              {c.diffPct !== null && ` (${formatSignedPercent(c.diffPct)})`}
                            </div>
                          )}
                        </td>
                      );
                    })}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          <div className="mt-6 grid gap-6 xl:grid-cols-2">
            <div>
              <h3 className="mb-2 text-sm font-semibold">Allocation per channel (USD/week)</h3>
              <AllocationBars rows={allocationBarRows(items).map((r) => ({ ...r, channel: labelOf(String(r.channel)) }))} series={series} />
            </div>
            <div>
              <h3 className="mb-2 text-sm font-semibold">Media revenue per week over the horizon (mix model only)</h3>
              <WeeklyOutcomeLines rows={weeklyPathRows(items)} series={series} />
            </div>
          </div>
          <div className="mt-6 border-t border-slate-100 pt-4">
            {forecasts?.status === "ready" ? (
              <ForecastCompare
                forecasts={chosen.map((k) => forecasts.forecasts[k]).filter((f) => f !== undefined)}
                baselineKey={effectiveBaseline}
                csvHref={`/api/v1/scenarios/forecast.csv?ids=${chosen.join(",")}`}
                meta={{ forecastRunId: forecasts.forecastRunId, mmmRunId: forecasts.mmmRunId, origin: forecasts.origin, weeks: forecasts.weeks }}
              />
            ) : (
              <p className="text-sm text-slate-500" data-testid="scenario-forecasts-unavailable">
                Weekly total-revenue forecasts: {forecasts?.reason ?? "not available."}
              </p>
            )}
          </div>
        </Card>
      )}
    </div>
  );
}
