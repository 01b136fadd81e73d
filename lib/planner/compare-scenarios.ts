import { relativeChange } from "./relative-change";

/** The numbers of a scenario that a comparison needs (weekly USD unless noted). */
export type ComparableScenario = {
  /** "baseline" for the historical pseudo-scenario, else the scenario id as text. */
  key: string;
  name: string;
  allocation: Record<string, number>;
  kpis: {
    spend: number;
    revenue: number;
    profit: number;
    roi: number;
    activations: number | null;
    cpa: number | null;
    low: number | null;
    high: number | null;
  };
};

export type KpiKey = keyof ComparableScenario["kpis"];

export const COMPARED_KPIS: { key: KpiKey; label: string; unit: "money" | "ratio" | "count"; higherIsBetter: boolean }[] = [
  { key: "spend", label: "Weekly spend", unit: "money", higherIsBetter: false },
  { key: "revenue", label: "Weekly revenue from media", unit: "money", higherIsBetter: true },
  { key: "low", label: "Revenue, 5 % quantile", unit: "money", higherIsBetter: true },
  { key: "high", label: "Revenue, 95 % quantile", unit: "money", higherIsBetter: true },
  { key: "profit", label: "Weekly profit", unit: "money", higherIsBetter: true },
  { key: "roi", label: "ROI (revenue / spend)", unit: "ratio", higherIsBetter: true },
  { key: "activations", label: "Weekly activations", unit: "count", higherIsBetter: true },
  { key: "cpa", label: "Cost per activation", unit: "money", higherIsBetter: false },
];

/** One value against the baseline's: absolute difference and relative difference (null when undefined). */
export type Difference = { value: number | null; diff: number | null; diffPct: number | null };

export type ComparisonRow = { key: string; label: string; unit: "money" | "ratio" | "count"; higherIsBetter: boolean; cells: Difference[] };

export type ScenarioComparison = {
  baselineKey: string;
  scenarios: { key: string; name: string }[];
  kpis: ComparisonRow[];
  /** Weekly spend per channel, one row per channel. */
  allocation: ComparisonRow[];
};

function difference(value: number | null, base: number | null): Difference {
  if (value === null || !Number.isFinite(value)) return { value: null, diff: null, diffPct: null };
  if (base === null || !Number.isFinite(base)) return { value, diff: null, diffPct: null };
  return { value, diff: value - base, diffPct: relativeChange(value, base) };
}

/**
 * Side-by-side comparison of 2 or more scenarios: every KPI and every channel's weekly spend, with
 * the difference to the chosen baseline (absolute, and relative where that means something — see
 * relativeChange: null against a base ≤ 0, a missing one, or one the change dwarfs). The baseline's own cells
 * have difference 0.
 * @throws {Error} compareScenarios: unknown baseline key, or fewer than two scenarios.
 * @example compareScenarios([baseline, plan], "baseline").kpis[1].cells[1].diffPct // +0.12 → 12 % more revenue
 */
export function compareScenarios(scenarios: ComparableScenario[], baselineKey: string): ScenarioComparison {
  if (scenarios.length < 2) throw new Error(`compareScenarios: pick at least two scenarios, got ${scenarios.length}`);
  const base = scenarios.find((s) => s.key === baselineKey);
  if (!base) throw new Error(`compareScenarios: baseline "${baselineKey}" is not among the compared scenarios`);
  const kpis = COMPARED_KPIS.map((k) => ({ ...k, cells: scenarios.map((s) => difference(s.kpis[k.key], base.kpis[k.key])) }));
  const channels = [...new Set(scenarios.flatMap((s) => Object.keys(s.allocation)))].sort();
  const allocation = channels.map((c) => ({
    key: c,
    label: c,
    unit: "money" as const,
    higherIsBetter: true,
    cells: scenarios.map((s) => difference(s.allocation[c] ?? 0, base.allocation[c] ?? 0)),
  }));
  return { baselineKey, scenarios: scenarios.map((s) => ({ key: s.key, name: s.name })), kpis, allocation };
}

/** The comparison as CSV rows (section, item, then value / difference / % difference per scenario). */
export function comparisonTable(c: ScenarioComparison): { header: string[]; rows: (string | number | null)[][] } {
  const header = ["section", "item", ...c.scenarios.flatMap((s) => [`${s.name}`, `${s.name} − baseline`, `${s.name} vs baseline (%)`])];
  // Cents for money and counts, 4 decimals for ratios: float noise in a spreadsheet reads as false precision.
  const round = (v: number | null, digits: number) => (v === null ? null : Math.round(v * 10 ** digits) / 10 ** digits);
  const toRow = (section: string, r: ComparisonRow) => {
    const digits = r.unit === "ratio" ? 4 : 2;
    return [
      section,
      r.label,
      ...r.cells.flatMap((d) => [round(d.value, digits), round(d.diff, digits), d.diffPct === null ? null : round(d.diffPct * 100, 2)]),
    ];
  };
  return { header, rows: [...c.kpis.map((r) => toRow("kpi (weekly, USD)", r)), ...c.allocation.map((r) => toRow("weekly spend (USD)", r))] };
}
