import type { FlatRow } from "./flatten-json";

/**
 * Labels and number formats for stored run metrics and parameters (the run page, the run comparison and the runs
 * table), so people read "R²" and "2,145,300" instead of "fit.r2" and "2.1453e+6". Pure.
 */
const NAMES: Record<string, string> = {
  r2: "R²",
  nrmse: "NRMSE",
  mape: "MAPE",
  smape: "sMAPE",
  mase: "MASE",
  rmse: "RMSE",
  mae: "MAE",
  dw: "Durbin–Watson",
  aic: "AIC",
  bic: "BIC",
  decompRssd: "Decomposition distance (RSSD)",
  liftZ2: "Lift-test misfit (Σz²)",
  weeks: "Weeks",
  seconds: "Fit time (s)",
  totalMediaContribution: "Media contribution (USD)",
  blendedRoi: "Blended ROI",
  mediaShareOfRevenue: "Media share of revenue",
  roi: "ROI",
  roiLow: "ROI, 5 %",
  roiHigh: "ROI, 95 %",
  mroi: "Marginal ROI",
  mroiLow: "Marginal ROI, 5 %",
  mroiHigh: "Marginal ROI, 95 %",
  trueRoi: "True ROI",
  absPctError: "|ROI error|",
  covered: "Interval covers the truth",
  share: "Share",
  medianAbsPctError: "Median |ROI error|",
  coveredCount: "Intervals covering the truth",
  channelCount: "Channels",
  auc: "ROC AUC",
  rocAuc: "ROC AUC",
  brier: "Brier score",
  f1: "F1",
  precision: "Precision",
  recall: "Recall",
  accuracy: "Accuracy",
  coverage80: "80 % interval coverage",
  coverage95: "95 % interval coverage",
  meanMase: "Mean MASE",
  meanSmape: "Mean sMAPE",
  meanMape: "Mean MAPE",
  bottomMeanMase: "Mean MASE (channel × region)",
  bottomMeanSmape: "Mean sMAPE (channel × region)",
  series: "Series",
  bottomSeries: "Channel × region series",
  dropAlerts: "Drop alerts",
  backtestSavingVsSeasonalNaiveUsd: "Backtest saving vs seasonal naive (USD)",
  chosenCounts: "Times chosen",
  seed: "Seed",
  maxLag: "Longest adstock lag (weeks)",
  adstock: "Adstock shape",
  iterations: "Search iterations",
  bootstrap: "Bootstrap replicates",
  horizon: "Horizon (weeks)",
  trigger: "Started by",
  scenarioId: "Spend scenario",
  models: "Models",
  dropThreshold: "Drop alert threshold",
  truth: "Against the demo truth",
  fit: "Fit",
  channels: "Channels",
  rows: "",
  validation: "Validation",
  classifier: "Classifier",
  uplift: "Uplift model",
  sizes: "Sizes",
};

const humanize = (key: string) => {
  const spaced = key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1).toLowerCase();
};

/** One path segment in words: a known name, or the key split into words. */
export function metricName(key: string): string {
  return NAMES[key] ?? humanize(key);
}

/**
 * A flattened path in words. Array items are named by their own `name` / `label` / `model` / `kind` field when the
 * rows hold one ("channels[2].roi" → "Channels › search › ROI"), else numbered from 1.
 */
export function labelPath(path: string, rows: FlatRow[]): string {
  const byPath = new Map(rows.map((r) => [r.path, r.value]));
  const parts: string[] = [];
  let prefix = "";
  for (const segment of path.split(".")) {
    const m = /^([^[]*)((?:\[\d+\])*)$/.exec(segment);
    const key = m?.[1] ?? segment;
    const indices = [...(m?.[2] ?? "").matchAll(/\[(\d+)\]/g)].map((x) => Number(x[1]));
    prefix = prefix ? `${prefix}.${key}` : key;
    const name = metricName(key);
    if (name) parts.push(name);
    for (const i of indices) {
      prefix = `${prefix}[${i}]`;
      const own = ["label", "name", "model", "kind"].map((f) => byPath.get(`${prefix}.${f}`)).find((v) => typeof v === "string");
      parts.push(typeof own === "string" ? own : `#${i + 1}`);
    }
  }
  return parts.join(" › ");
}

const full = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

/**
 * A metric value for a table: thousands separators for large numbers, 3–4 significant digits for small ones, never
 * exponent notation; booleans as yes/no.
 */
export function formatMetric(value: FlatRow["value"] | undefined): string {
  if (value === undefined || value === null) return "—";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "string") return value;
  if (!Number.isFinite(value)) return "—";
  const abs = Math.abs(value);
  const sign = value < 0 ? "\u2212" : "";
  if (abs === 0) return "0";
  if (abs >= 1000) return `${sign}${full.format(abs)}`;
  if (Number.isInteger(value)) return `${sign}${abs}`;
  if (abs >= 1) return `${sign}${Number(abs.toFixed(3))}`;
  if (abs >= 1e-4) return `${sign}${Number(abs.toPrecision(4))}`;
  return `${sign}< 0.0001`;
}

/** A difference (b − a) with its sign: "+0.012", "−1,250". */
export function formatMetricDiff(diff: number | null): string {
  if (diff === null || !Number.isFinite(diff)) return "";
  if (diff === 0) return "±0";
  return `${diff > 0 ? "+" : ""}${formatMetric(diff)}`;
}
