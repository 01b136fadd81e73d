import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Badge } from "@/components/ui/badge";
import { ImportPanel } from "@/components/data/import-panel";
import { fetchActiveDataset } from "@/lib/data/reads/datasets";
import { fetchDatasetSummary } from "@/lib/data/reads/dataset-summary";
import { DOMAIN_KINDS, DOMAINS } from "@/lib/csv/domains";
import type { QualityReport } from "@/lib/csv/quality-report";
import { describeIncompleteWeeks, weekRanges } from "@/lib/weeks/complete-weeks";
import type { DatasetWeekWindow } from "@/lib/data/reads/week-window";
import { requirePageUser } from "@/lib/auth/current-user";
import { Table, TableBody, TableHead, TableRow } from "@/components/ui/table";

export const metadata: Metadata = { title: "Data" };

function QualitySection({ title, report }: { title: string; report: QualityReport }) {
  const outliers = report.issues.filter((i) => i.type === "outlier");
  const gaps = report.issues.filter((i) => i.type === "missing_weeks");
  const short = report.issues.filter((i) => i.type === "short_series");
  return (
    <div>
      <h3 className="mb-1 text-sm font-semibold">{title}</h3>
      <p className="mb-2 text-xs text-slate-500">
        {report.series} series over {report.weeks} weeks ({report.firstWeek ?? "—"} to {report.lastWeek ?? "—"})
      </p>
      <ul className="flex flex-wrap gap-2 text-xs">
        <li>
          <Badge tone={report.summary.missingWeeks ? "warn" : "good"}>{report.summary.missingWeeks} missing weeks</Badge>
        </li>
        <li>
          <Badge tone={report.summary.shortSeries ? "warn" : "good"}>{report.summary.shortSeries} series shorter than the dataset</Badge>
        </li>
        <li>
          <Badge tone={report.summary.outliers ? "warn" : "good"}>{report.summary.outliers} outliers (robust z &gt; 5)</Badge>
        </li>
        <li>
          <Badge tone="neutral">{report.summary.zeroWeeks} zero weeks</Badge>
        </li>
      </ul>
      {(gaps.length > 0 || outliers.length > 0 || short.length > 0) && (
        <ul className="relative mt-2 max-h-40 overflow-auto text-xs text-slate-600">
          {gaps.slice(0, 20).map(
            (g) =>
              g.type === "missing_weeks" && (
                <li key={`g-${g.series}`}>
                  {g.series}: missing {g.weeks.slice(0, 6).join(", ")}
                  {g.weeks.length > 6 ? ` and ${g.weeks.length - 6} more` : ""}
                </li>
              ),
          )}
          {short.slice(0, 20).map(
            (s) =>
              s.type === "short_series" && (
                <li key={`s-${s.series}`}>
                  {s.series}: covers {s.first} to {s.last} only
                </li>
              ),
          )}
          {outliers.slice(0, 20).map(
            (o) =>
              o.type === "outlier" && (
                <li key={`o-${o.series}-${o.week}`}>
                  {o.series} in week {o.week}: {o.value.toLocaleString("en-US", { maximumFractionDigits: 0 })} (z = {o.robustZ.toFixed(1)})
                </li>
              ),
          )}
        </ul>
      )}
    </div>
  );
}

const DOMAIN_LABEL: Record<string, string> = { demand: "Demand", spend: "Spend", macro: "Macro indicators" };

/** Weeks present in one domain and missing in another, and the incomplete weeks the KPIs and fits leave out. */
function CoverageSection({ coverage }: { coverage: DatasetWeekWindow }) {
  const span = [...coverage.complete, ...coverage.incomplete.map((w) => w.week)].sort();
  return (
    <div className="mb-6" data-testid="week-coverage">
      <h3 className="mb-1 text-sm font-semibold">Weeks across domains</h3>
      <p className="mb-2 text-xs text-slate-500">
        A week counts when both its demand and its spend are imported. {coverage.complete.length} complete weeks
        {span.length ? ` between ${span[0]} and ${span[span.length - 1]}` : ""}.
      </p>
      {coverage.incomplete.length > 0 && (
        <p role="status" className="mb-2 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-xs text-amber-900">
          {describeIncompleteWeeks(coverage.incomplete)}. They stay out of the Overview KPIs, forecasts, the mix model and drift checks until the missing file
          is imported.
        </p>
      )}
      <ul className="flex flex-col gap-1 text-xs">
        {coverage.gaps.map((g) => (
          <li key={g.domain} className="flex flex-wrap items-baseline gap-2">
            <span className="w-28 font-medium text-slate-700">{DOMAIN_LABEL[g.domain] ?? g.domain}</span>
            {g.weeks === 0 ? (
              <Badge>not imported</Badge>
            ) : (
              <Badge tone={g.missing.length ? "warn" : "good"}>
                {g.missing.length} missing week{g.missing.length === 1 ? "" : "s"}
              </Badge>
            )}
            {g.weeks > 0 && g.missing.length > 0 && (
              <span className="text-slate-600">
                {weekRanges(g.missing)
                  .slice(0, 3)
                  .map((r) => (r.weeks === 1 ? r.first : `${r.first} to ${r.last} (${r.weeks} weeks)`))
                  .join(", ")}
                {weekRanges(g.missing).length > 3 ? ` and ${weekRanges(g.missing).length - 3} more gaps` : ""}
                {g.domain === "macro" ? " (the last value is carried forward)" : ""}
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

export default async function DataPage() {
  // Verified here, before any read: the layout is not re-rendered on client-side navigation (see proxy.ts).
  await requirePageUser();
  const dataset = await fetchActiveDataset();
  const kinds = DOMAIN_KINDS.map((k) => ({
    kind: k,
    label: DOMAINS[k].label,
    description: DOMAINS[k].description,
    columns: DOMAINS[k].columns.map((c) => ({ column: c.column, required: c.required })),
  }));
  if (!dataset) {
    return (
      <>
        <PageHeader title="Data" />
        <EmptyState title="No dataset yet">Restart Mixcast to seed the demo dataset, then import your own CSVs here.</EmptyState>
      </>
    );
  }
  const summary = await fetchDatasetSummary(dataset.id);
  return (
    <>
      <PageHeader
        title="Data"
        description={`Imports, versions and data quality of “${dataset.name}”. Every import is validated row by row and written all-or-nothing; the same file twice changes nothing.`}
      />
      <div className="grid gap-6 xl:grid-cols-3">
        <Card
          title="Import a CSV"
          description="Preview checks every row and lets you map columns; Import writes one new dataset version."
          className="xl:col-span-2"
        >
          <ImportPanel kinds={kinds} />
        </Card>
        <Card title="Rows by domain" description="Export any domain as CSV (formula-safe).">
          <Table data-testid="domain-counts">
            <TableBody className="tabular">
              {DOMAIN_KINDS.map((k) => (
                <TableRow key={k} className="first:border-0">
                  <td className="py-1.5">{DOMAINS[k].label}</td>
                  <td className="py-1.5 text-right">{summary.counts[k].toLocaleString("en-US")}</td>
                  <td className="py-1.5 pl-3 text-right">
                    {summary.counts[k] > 0 && (
                      <a className="text-brand-600 underline" href={`/api/v1/export?kind=${k}`} download>
                        CSV
                      </a>
                    )}
                  </td>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Card>
        <Card
          title="Data quality"
          description="Weeks present in one domain and missing in another; weekly demand (revenue) and spend per channel × region."
          className="xl:col-span-2"
        >
          <div id="data-quality" />
          <CoverageSection coverage={summary.coverage} />
          <div className="grid gap-6 md:grid-cols-2">
            <QualitySection title="Demand" report={summary.quality.demand} />
            <QualitySection title="Spend" report={summary.quality.spend} />
          </div>
        </Card>
        <Card title="Datasets">
          <ul className="flex flex-col gap-2 text-sm">
            {summary.datasets.map((d) => (
              <li key={d.id}>
                <span className="font-medium">{d.name}</span> {d.isDemo && <Badge tone="info">demo · known truth</Badge>}{" "}
                {d.id === dataset.id && <Badge tone="good">active</Badge>}
                <p className="text-xs text-slate-500">{d.description}</p>
              </li>
            ))}
          </ul>
        </Card>
        <Card title="Versions" description="One version per successful import; model runs record the version they were fitted on." className="xl:col-span-3">
          <div className="relative max-h-96 overflow-auto">
            <Table data-testid="versions-table">
              <TableHead sticky small>
                <tr>
                  <th className="px-2 py-1 font-medium">Version</th>
                  <th className="px-2 py-1 font-medium">Domain</th>
                  <th className="px-2 py-1 font-medium">Source</th>
                  <th className="px-2 py-1 font-medium">File</th>
                  <th className="px-2 py-1 text-right font-medium">Rows</th>
                  <th className="px-2 py-1 font-medium">By</th>
                  <th className="px-2 py-1 font-medium">Imported (UTC)</th>
                  <th className="px-2 py-1 font-medium">Content hash</th>
                </tr>
              </TableHead>
              <TableBody className="tabular">
                {summary.versions.map((v) => (
                  <TableRow key={v.id}>
                    <td className="px-2 py-1.5">v{v.version}</td>
                    <td className="px-2 py-1.5">{DOMAINS[v.kind as keyof typeof DOMAINS]?.label ?? v.kind}</td>
                    <td className="px-2 py-1.5">{v.source}</td>
                    <td className="px-2 py-1.5">{v.fileName}</td>
                    <td className="px-2 py-1.5 text-right">{v.rowCount.toLocaleString("en-US")}</td>
                    <td className="px-2 py-1.5">{v.createdBy}</td>
                    <td className="px-2 py-1.5">{v.createdAt.slice(0, 16).replace("T", " ")}</td>
                    <td className="px-2 py-1.5 font-mono text-xs text-slate-500" title={v.contentHash}>
                      {v.contentHash.slice(0, 12)}
                    </td>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </Card>
      </div>
    </>
  );
}
