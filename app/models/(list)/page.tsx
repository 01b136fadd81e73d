import type { Metadata } from "next";
import Link from "next/link";
import { AlertsTable } from "@/components/models/alerts-table";
import { AccuracyChart } from "@/components/models/accuracy-chart";
import { DriftChart } from "@/components/models/drift-chart";
import { FitLauncher } from "@/components/runs/fit-launcher";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { InfoTip } from "@/components/ui/info-tip";
import { PageHeader } from "@/components/ui/page-header";
import { fetchActiveDataset } from "@/lib/data/reads/datasets";
import { fetchRecentAlerts } from "@/lib/data/reads/alerts";
import { fetchDriftSnapshot } from "@/lib/data/writes/drift";
import { RUN_KIND_LABELS, RUN_KINDS, RUN_STATUSES, type RunKind, type RunStatus } from "@/lib/runs/run-kinds";
import { fetchAccuracyOverview, fetchRuns } from "@/lib/data/reads/model-registry";
import { requirePageUser } from "@/lib/auth/current-user";
import { formatMetric, metricName } from "@/lib/models/metric-labels";
import { Table, TableBody, TableHead, TableRow } from "@/components/ui/table";

export const metadata: Metadata = { title: "Models" };

const STATUS_TONE: Record<RunStatus, "good" | "bad" | "warn" | "info" | "neutral"> = {
  succeeded: "good",
  failed: "bad",
  running: "info",
  queued: "warn",
  cancelled: "neutral",
};

export default async function ModelsPage({ searchParams }: { searchParams: Promise<{ kind?: string; status?: string }> }) {
  // Verified here, before any read: the layout is not re-rendered on client-side navigation (see proxy.ts).
  await requirePageUser();
  const { kind, status } = await searchParams;
  const dataset = await fetchActiveDataset();
  if (!dataset)
    return (
      <>
        <PageHeader title="Models" />
        <EmptyState title="No dataset yet" />
      </>
    );
  const [runs, accuracy, drift, alerts] = await Promise.all([
    fetchRuns({ kind: kind || undefined, status: status || undefined }),
    fetchAccuracyOverview(dataset.id),
    fetchDriftSnapshot(dataset.id),
    fetchRecentAlerts(50),
  ]);
  const champions = RUN_KINDS.map((k) => ({ kind: k, run: runs.find((r) => r.kind === k && r.isChampion) }));

  return (
    <>
      <PageHeader
        title="Models"
        description="Every fit is a stored run: dataset version, parameters, code version, metrics, artifacts and timings. One champion per model kind feeds the pages; promote an older run to roll back."
      />
      <div className="mb-6 grid grid-cols-1 gap-4 md:grid-cols-2 xl:grid-cols-4">
        {champions.map(({ kind: k, run }) => (
          <Card key={k} title={RUN_KIND_LABELS[k]}>
            {run ? (
              <p className="text-sm">
                Champion{" "}
                <Link className="text-brand-600 underline" href={`/models/runs/${run.id}`}>
                  run #{run.id}
                </Link>{" "}
                · dataset v{run.datasetVersion}
                <span className="block text-xs text-slate-500">{run.finishedAt?.slice(0, 16).replace("T", " ")} UTC</span>
              </p>
            ) : (
              <p className="text-sm text-slate-500">No champion yet.</p>
            )}
            <div className="mt-3 flex justify-start" data-testid={`fit-${k}`}>
              <FitLauncher kind={k} label="Refit" align="start" />
            </div>
          </Card>
        ))}
      </div>

      <Card
        title="Runs"
        className="mb-6"
        actions={
          <form method="get" className="flex items-end gap-2 text-sm" aria-label="Filter runs">
            <label htmlFor="runs-kind" className="sr-only">
              Kind
            </label>
            <select id="runs-kind" name="kind" defaultValue={kind ?? ""} className="rounded-md border border-slate-300 px-2 py-1">
              <option value="">All kinds</option>
              {RUN_KINDS.map((k) => (
                <option key={k} value={k}>
                  {RUN_KIND_LABELS[k]}
                </option>
              ))}
            </select>
            <label htmlFor="runs-status" className="sr-only">
              Status
            </label>
            <select id="runs-status" name="status" defaultValue={status ?? ""} className="rounded-md border border-slate-300 px-2 py-1">
              <option value="">All statuses</option>
              {RUN_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
            <button type="submit" className="rounded-md border border-slate-300 px-3 py-1 hover:bg-slate-50">
              Filter
            </button>
          </form>
        }
      >
        {runs.length === 0 ? (
          <EmptyState title="No runs match">Fits appear here as soon as they are queued.</EmptyState>
        ) : (
          <form action="/models/compare" method="get">
            <div className="relative max-h-[28rem] overflow-auto">
              <Table data-testid="runs-table">
                <TableHead sticky small>
                  <tr>
                    <th className="px-2 py-1 font-medium">
                      <span className="sr-only">Compare</span>
                    </th>
                    <th className="px-2 py-1 font-medium">Run</th>
                    <th className="px-2 py-1 font-medium">Kind</th>
                    <th className="px-2 py-1 font-medium">Status</th>
                    <th className="px-2 py-1 font-medium">Data</th>
                    <th className="px-2 py-1 font-medium">Key metrics</th>
                    <th className="px-2 py-1 text-right font-medium">Duration</th>
                    <th className="px-2 py-1 font-medium">Started by</th>
                    <th className="px-2 py-1 font-medium">Created (UTC)</th>
                  </tr>
                </TableHead>
                <TableBody className="tabular">
                  {runs.map((r) => (
                    <TableRow key={r.id}>
                      <td className="px-2 py-1.5">
                        <input type="checkbox" name="id" value={r.id} aria-label={`Compare run ${r.id}`} />
                      </td>
                      <td className="px-2 py-1.5">
                        <Link className="text-brand-600 underline" href={`/models/runs/${r.id}`}>
                          #{r.id}
                        </Link>{" "}
                        {r.isChampion && <Badge tone="good">champion</Badge>}
                      </td>
                      <td className="px-2 py-1.5">{RUN_KIND_LABELS[r.kind as RunKind] ?? r.kind}</td>
                      <td className="px-2 py-1.5">
                        <Badge tone={STATUS_TONE[r.status as RunStatus] ?? "neutral"}>
                          {r.status}
                          {r.status === "running" ? ` ${Math.round(r.progress * 100)} %` : ""}
                        </Badge>
                        {r.attempts > 1 && <span className="ml-1 text-xs text-slate-500">{r.attempts} attempts</span>}
                      </td>
                      <td className="px-2 py-1.5">v{r.datasetVersion}</td>
                      <td className="px-2 py-1.5 text-xs">
                        {Object.entries(r.headline)
                          .map(([k, v]) => `${metricName(k.split(".").at(-1) ?? k)} ${formatMetric(v)}`)
                          .join(" · ") || "—"}
                      </td>
                      <td className="px-2 py-1.5 text-right">{r.durationMs !== null ? `${(r.durationMs / 1000).toFixed(1)} s` : "—"}</td>
                      <td className="px-2 py-1.5">{r.createdBy}</td>
                      <td className="px-2 py-1.5">{r.createdAt.slice(0, 16).replace("T", " ")}</td>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
            <div className="mt-3 flex flex-wrap items-center gap-3">
              <button type="submit" className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50">
                Compare selected runs
              </button>
              <span className="text-xs text-slate-500">Tick two runs of the same kind.</span>
            </div>
          </form>
        )}
      </Card>

      <div className="grid gap-6 xl:grid-cols-2">
        <Card title="Forecast accuracy over time" description="Stored forecasts scored against actuals imported after them (MAPE %, all models).">
          {accuracy.records === 0 ? (
            <EmptyState title="No scored forecasts yet">
              When new weeks of demand are imported, the forecasts made before them are scored here automatically.
            </EmptyState>
          ) : (
            <>
              <AccuracyChart data={accuracy.byWeek} />
              <Table className="mt-3">
                <TableHead small>
                  <tr>
                    <th className="py-1">Model</th>
                    <th>Horizon (weeks)</th>
                    <th className="text-right">MAPE</th>
                    <th className="text-right">Bias (units)</th>
                    <th className="text-right">Points</th>
                  </tr>
                </TableHead>
                <TableBody className="tabular">
                  {accuracy.byHorizon.slice(0, 40).map((h) => (
                    <TableRow key={`${h.model}-${h.horizon}`}>
                      <td className="py-1">{h.model}</td>
                      <td>{h.horizon}</td>
                      <td className="text-right">{h.mape === null ? "—" : `${h.mape.toFixed(1)} %`}</td>
                      <td className="text-right">{h.bias.toFixed(1)}</td>
                      <td className="text-right">{h.n}</td>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </>
          )}
        </Card>
        <Card
          title={
            <span className="inline-flex items-center gap-1">
              Drift{" "}
              <InfoTip
                text={`Each input in the recent weeks against the training window. Weekly series (spend, activations, macro indicators, marked Δ) trend, so their week-to-week changes are compared, not their levels; a recent change ${drift.thresholds.jumpRatio}× the largest in training is a level shift. Population stability index (PSI, net of sampling noise) ≥ ${drift.thresholds.psiWarning} is a moderate shift; ≥ ${drift.thresholds.psiCritical} with a Kolmogorov–Smirnov p-value below ${drift.thresholds.ksPValue} ÷ the number of features is drift, and only drift raises an alert.`}
              />
            </span>
          }
          description={
            drift.recentWeeks
              ? `Recent weeks ${drift.recentWeeks[0]} – ${drift.recentWeeks[1]} vs training window ${drift.referenceWeeks?.[0]} – ${drift.referenceWeeks?.[1]}`
              : "Needs at least 23 weeks of data"
          }
        >
          {drift.rows.length === 0 ? (
            <EmptyState title="Not enough data for drift" />
          ) : (
            <>
              <DriftChart
                rows={drift.rows.map((r) => ({ feature: r.feature, psi: r.psi, status: r.status, basis: r.basis, reason: r.reason }))}
                warning={drift.thresholds.psiWarning}
                critical={drift.thresholds.psiCritical}
              />
              <p className="mt-2 text-xs text-slate-500" data-testid="drift-summary">
                {drift.rows.filter((r) => r.status === "drift").length} drifted, {drift.rows.filter((r) => r.status === "moderate").length} moderate,{" "}
                {drift.rows.filter((r) => r.status === "stable").length} stable.
              </p>
              {drift.rows.some((r) => r.status === "drift") && (
                <ul className="mt-1 list-disc pl-4 text-xs text-slate-700">
                  {drift.rows
                    .filter((r) => r.status === "drift")
                    .map((r) => (
                      <li key={r.feature}>
                        <strong>{r.feature}</strong>: {r.reason}
                      </li>
                    ))}
                </ul>
              )}
            </>
          )}
        </Card>
      </div>

      <Card
        title="Alerts"
        className="mt-6"
        description="Forecast drops, accuracy, drift and failed jobs. Acknowledge to say you have seen one; resolve to close it."
      >
        <div id="alerts" />
        {alerts.length === 0 ? <p className="text-sm text-slate-500">No alerts.</p> : <AlertsTable alerts={alerts} />}
      </Card>
    </>
  );
}
