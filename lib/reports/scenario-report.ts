import { SERIES_COLORS } from "../../components/charts/colors";
import { OBJECTIVE_LABELS, type ScenarioPredicted } from "../planner/scenario-schema";
import { formatMoney, formatNumber, formatPercent, formatRatio } from "../format";
import { compareScenarios, type ComparableScenario, type ComparisonRow } from "../planner/compare-scenarios";
import { signedPercent } from "./report-format";
import type { ReportBlock, ReportDocument } from "./report-types";

export type ReportScenario = ComparableScenario & {
  predicted: ScenarioPredicted;
  objective: string;
  author: string;
  createdAt: string | null;
  modelRunId: number | null;
  notes: string;
};

export type ScenarioReportInput = {
  generatedAt: string;
  dataset: { name: string; version: number };
  /** the champion mix-model run that predicts the baseline (and, usually, the scenarios) */
  run: { id: number; finishedAt: string | null; codeVersion: string } | null;
  scenarios: ReportScenario[];
  baselineKey: string;
  labels: Record<string, string>;
};

function cell(unit: ComparisonRow["unit"], v: number | null): string {
  return unit === "money" ? formatMoney(v) : unit === "ratio" ? formatRatio(v) : formatNumber(v);
}

/**
 * Scenario comparison: the compared plans side by side (weekly KPIs with the difference to the baseline, weekly spend
 * per channel) and their predicted weekly outcome over each plan's horizon, from the stored predictions.
 * @throws {Error} compareScenarios' errors: fewer than two scenarios or a baseline not among them.
 */
export function buildScenarioReport(input: ScenarioReportInput): ReportDocument {
  const { scenarios, labels } = input;
  const comparison = compareScenarios(scenarios, input.baselineKey);
  const base = scenarios.find((s) => s.key === input.baselineKey)!;
  const blocks: ReportBlock[] = [];
  const names = comparison.scenarios.map((s) => (s.key === input.baselineKey && !s.name.includes("(baseline)") ? `${s.name} (baseline)` : s.name));

  blocks.push({
    type: "stats",
    items: scenarios.slice(0, 4).map((s) => ({
      label: s.name,
      value: `${formatMoney(s.kpis.revenue)}/wk`,
      sub: `spend ${formatMoney(s.kpis.spend)}/wk · ROI ${formatRatio(s.kpis.roi)}${s.key === input.baselineKey ? " · baseline" : ` · ${signedPercent(base.kpis.revenue ? (s.kpis.revenue - base.kpis.revenue) / Math.abs(base.kpis.revenue) : null)} revenue`}`,
    })),
  });
  blocks.push({ type: "heading", text: "Side by side (weekly)" });
  const rowsFor = (rows: ComparisonRow[], label: (r: ComparisonRow) => string) =>
    rows.map((r) => [
      label(r),
      ...r.cells.map((c, i) => {
        const v = cell(r.unit, c.value);
        if (comparison.scenarios[i].key === input.baselineKey || c.diff === null) return v;
        const sign = c.diff > 0 ? "+" : c.diff < 0 ? "−" : "±";
        const diff = r.unit === "ratio" ? `${sign}${Math.abs(c.diff).toFixed(2)}` : `${sign}${cell(r.unit, Math.abs(c.diff))}`;
        return `${v} (${diff}${c.diffPct !== null ? `, ${signedPercent(c.diffPct, 0)}` : ""})`;
      }),
    ]);
  const columns = [{ label: "Per week", weight: 1.6 }, ...names.map((n) => ({ label: n, align: "right" as const, weight: 1.5 }))];
  blocks.push({
    type: "table",
    testId: "scenario-kpi-table",
    columns,
    rows: rowsFor(comparison.kpis, (r) => r.label),
    caption:
      "Predicted by the mix model: revenue is weekly media-driven revenue (USD) at steady state; 5 %/95 % quantiles over the bootstrap draws. In brackets: difference to the baseline.",
  });
  blocks.push({
    type: "table",
    testId: "scenario-allocation-table",
    columns,
    rows: rowsFor(comparison.allocation, (r) => `Spend: ${labels[r.label] ?? r.label}`),
  });
  const channels = comparison.allocation.map((r) => r.label);
  blocks.push({
    type: "chart",
    title: "Weekly spend per channel (USD)",
    chart: {
      kind: "bars",
      format: "money",
      categories: channels.map((c) => labels[c] ?? c),
      groups: scenarios.map((s, i) => ({ name: s.name, color: SERIES_COLORS[i % SERIES_COLORS.length], values: channels.map((c) => s.allocation[c] ?? 0) })),
    },
    aspect: 0.32,
  });

  blocks.push({ type: "heading", text: "Weekly outcome" });
  const maxWeeks = Math.max(...scenarios.map((s) => s.predicted.weeklyPath.length));
  blocks.push({
    type: "chart",
    title: "Predicted weekly media revenue over the plan's horizon (USD)",
    caption:
      "Each plan starts from the historical spend, so carryover ramps up (or down) over the first weeks before settling at the steady state in the table.",
    chart: {
      kind: "xy",
      x: { format: "number", label: "week of the plan", min: 1, max: Math.max(2, maxWeeks) },
      y: { format: "money" },
      series: scenarios.map((s, i) => ({
        type: "line" as const,
        name: s.name,
        color: SERIES_COLORS[i % SERIES_COLORS.length],
        points: s.predicted.weeklyPath.map((p) => [p.week, p.revenue] as [number, number]),
      })),
    },
    aspect: 0.34,
  });
  blocks.push({
    type: "table",
    testId: "scenario-weekly-table",
    columns: [{ label: "Week", weight: 0.6 }, ...scenarios.map((s) => ({ label: s.name, align: "right" as const }))],
    rows: Array.from({ length: maxWeeks }, (_, w) => [String(w + 1), ...scenarios.map((s) => formatMoney(s.predicted.weeklyPath[w]?.revenue))]),
  });

  blocks.push({ type: "heading", text: "The plans" });
  blocks.push({
    type: "table",
    columns: [
      { label: "Scenario", weight: 1.6 },
      { label: "Objective", weight: 1.3 },
      { label: "Author" },
      { label: "Saved (UTC)" },
      { label: "Mix-model run", align: "right" },
      { label: "Margin", align: "right", weight: 0.7 },
      { label: "Horizon", align: "right", weight: 0.7 },
    ],
    rows: scenarios.map((s) => [
      s.name,
      OBJECTIVE_LABELS[s.objective as keyof typeof OBJECTIVE_LABELS] ?? s.objective,
      s.author || "—",
      s.createdAt ? s.createdAt.slice(0, 16).replace("T", " ") : "—",
      s.modelRunId ? `#${s.modelRunId}` : "—",
      formatPercent(s.predicted.margin, 0),
      `${s.predicted.horizonWeeks} wk`,
    ]),
    caption: "Profit = revenue × margin − spend, with the margin each scenario was saved with.",
  });
  const notes = scenarios.filter((s) => s.notes.trim());
  if (notes.length) blocks.push({ type: "bullets", items: notes.map((s) => `${s.name}: ${s.notes.trim()}`) });
  const runs = [...new Set(scenarios.map((s) => s.modelRunId).filter((id): id is number => id !== null))];
  if (input.run && runs.some((id) => id !== input.run!.id)) {
    blocks.push({
      type: "paragraph",
      tone: "warning",
      text: `Some scenarios were predicted by an earlier mix-model run (${runs
        .filter((id) => id !== input.run!.id)
        .map((id) => `#${id}`)
        .join(", ")}) than the current champion (#${input.run.id}); their stored numbers are shown as saved.`,
    });
  }

  return {
    meta: {
      kind: "scenarios",
      title: "Scenario comparison",
      subtitle: `${scenarios.map((s) => s.name).join(" vs ")} · weekly budgets in USD · ${input.dataset.name}.`,
      datasetName: input.dataset.name,
      datasetVersion: input.dataset.version,
      runs: [
        ...(input.run ? [{ label: "Mix-model run", id: input.run.id, finishedAt: input.run.finishedAt }] : []),
        ...runs.filter((id) => id !== input.run?.id).map((id) => ({ label: "Scenario run", id, finishedAt: null })),
      ],
      codeVersion: input.run?.codeVersion ?? "",
      generatedAt: input.generatedAt,
    },
    blocks,
  };
}
