import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PromoteButton } from "@/components/models/promote-button";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { fetchRunDetail } from "@/lib/data/reads/model-registry";
import { parseRecordId } from "@/lib/api/record-id";
import { flattenJson } from "@/lib/models/flatten-json";
import { formatMetric, labelPath } from "@/lib/models/metric-labels";
import { requirePageUser } from "@/lib/auth/current-user";
import { Table, TableBody, TableRow } from "@/components/ui/table";

export const metadata: Metadata = { title: "Model run" };

function FlatTable({ value, empty }: { value: unknown; empty: string }) {
  const rows = flattenJson(value);
  if (rows.length === 0) return <p className="text-sm text-slate-500">{empty}</p>;
  return (
    <div className="relative max-h-96 overflow-auto">
      <Table size="xs">
        <TableBody className="tabular">
          {rows.map((r) => (
            <TableRow key={r.path}>
              <td className="py-1 pr-3 text-slate-700" title={r.path}>
                {labelPath(r.path, rows)}
              </td>
              <td className="py-1 text-right">{formatMetric(r.value)}</td>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

export default async function RunPage({ params }: { params: Promise<{ id: string }> }) {
  // Verified here, before any read: the layout is not re-rendered on client-side navigation (see proxy.ts).
  await requirePageUser();
  const id = parseRecordId((await params).id);
  if (id === null) notFound();
  const run = await fetchRunDetail(id);
  if (!run) notFound();
  const artifactKeys = Object.entries((run.artifacts ?? {}) as Record<string, unknown>).map(([k, v]) => ({ key: k, bytes: JSON.stringify(v ?? null).length }));
  return (
    <>
      <PageHeader
        title={`Run #${run.id} · ${run.kind}`}
        description={
          <>
            Dataset “{run.dataset.name}” v{run.datasetVersion} · code {run.codeVersion || "—"} · started by {run.createdBy} · {run.attempts} attempt
            {run.attempts === 1 ? "" : "s"}
          </>
        }
        actions={
          <>
            {run.isChampion ? <Badge tone="good">champion</Badge> : run.status === "succeeded" && <PromoteButton runId={run.id} />}
            <Link className="text-sm text-brand-600 underline" href="/models">
              All runs
            </Link>
          </>
        }
      />
      <div className="mb-6 grid grid-cols-2 gap-4 lg:grid-cols-4">
        <Card title="Status">
          <Badge tone={run.status === "succeeded" ? "good" : run.status === "failed" ? "bad" : "info"}>{run.status}</Badge>
          {run.error && <p className="mt-2 text-xs text-rose-700">{run.error}</p>}
        </Card>
        <Card title="Timing">
          <p className="tabular text-sm">
            {run.durationMs !== null ? `${(run.durationMs / 1000).toFixed(1)} s` : "—"}
            <span className="block text-xs text-slate-500">created {run.createdAt.toISOString().slice(0, 19).replace("T", " ")} UTC</span>
          </p>
        </Card>
        <Card title="Outputs">
          <p className="tabular text-sm">
            {run._count.forecasts.toLocaleString("en-US")} forecast points · {run._count.promoScores} promo scores · {run._count.accuracy} accuracy records ·{" "}
            {run._count.alerts} alerts
          </p>
        </Card>
        <Card title="Artifacts">
          <a className="text-sm text-brand-600 underline" href={`/api/v1/runs/${run.id}/artifacts`}>
            Download JSON
          </a>
          <ul className="mt-1 text-xs text-slate-600">
            {artifactKeys.map((a) => (
              <li key={a.key}>
                {a.key} <span className="text-slate-400">({(a.bytes / 1024).toFixed(1)} kB)</span>
              </li>
            ))}
          </ul>
        </Card>
      </div>
      <div className="grid gap-6 xl:grid-cols-2">
        <Card title="Metrics">
          <FlatTable value={run.metrics} empty="No metrics (the run has not finished)." />
        </Card>
        <Card title="Parameters">
          <FlatTable value={run.params} empty="Defaults." />
        </Card>
      </div>
      <Card title="Run log" className="mt-6">
        <ol className="relative max-h-96 overflow-auto font-mono text-xs">
          {run.logs.map((l) => (
            <li key={l.id} className={l.level === "error" ? "text-rose-700" : l.level === "warn" ? "text-amber-700" : "text-slate-700"}>
              {l.at.toISOString().slice(11, 19)} {l.level.padEnd(5)} {l.message}
            </li>
          ))}
        </ol>
      </Card>
    </>
  );
}
