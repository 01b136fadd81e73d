/**
 * The case list as a markdown table (pure): bench/README-decisions.md embeds this output, and
 * case-table.test.ts keeps the two in step.
 */
import type { GeneratedCase } from "./generate-case";

const adstockLabel = (t: string) => (t === "geometric" ? "geo" : t === "weibull-cdf" ? "W-cdf" : "W-pdf");
const range = (v: number[], digits: number) => {
  const lo = Math.min(...v),
    hi = Math.max(...v);
  return lo === hi ? lo.toFixed(digits) : `${lo.toFixed(digits)}–${hi.toFixed(digits)}`;
};

export const CASE_TABLE_HEADER =
  "| case | seed | weeks × ch | adstock | Hill α | spend patterns | noise | spend corr. (mean \\|r\\|) | null ch. | dark weeks | media share | true ROI (non-null) | headroom | oracle ROI error | what it tests |";

/** One markdown row per case: its structure, realised facts (correlation, media share, headroom) and its oracle floor. */
export function caseListTable(cases: GeneratedCase[]): string {
  const rows = cases.map(({ spec, truth }) => {
    const real = truth.channels.filter((c) => !c.isNull);
    const adstocks = [...new Set(truth.channels.map((c) => adstockLabel(c.adstock.type)))].join(", ");
    const patterns = [...new Set(truth.channels.map((c) => c.pattern))].join(", ");
    return [
      spec.name,
      String(spec.seed),
      `${spec.weeks} × ${truth.channels.length}`,
      adstocks,
      range(
        truth.channels.map((c) => c.hill.alpha),
        1,
      ),
      patterns,
      `${Math.round(spec.noise * 100)} %`,
      truth.spendCorrelation.mean.toFixed(2),
      String(truth.channels.length - real.length),
      String(spec.darkWeeks),
      `${(truth.mediaShare * 100).toFixed(0)} %`,
      range(
        real.map((c) => c.roi),
        2,
      ),
      `${(truth.headroom * 100).toFixed(1)} %`,
      `${(truth.oracle.medianRoiError * 100).toFixed(1)} %`,
      spec.about,
    ];
  });
  const sep = "|---|---:|---|---|---|---|---:|---:|---:|---:|---:|---|---:|---:|---|";
  return [CASE_TABLE_HEADER, sep, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
}
