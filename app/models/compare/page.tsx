import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { compareFlat, flattenJson } from "@/lib/models/flatten-json";
import { formatMetric, formatMetricDiff, labelPath } from "@/lib/models/metric-labels";
import { fetchRunsByIds } from "@/lib/data/reads/model-registry";
import { parseRecordId } from "@/lib/api/record-id";
import type { RunKind } from "@/lib/runs/run-kinds";
import { requirePageUser } from "@/lib/auth/current-user";
import { Table, TableBody, TableHead, TableRow } from "@/components/ui/table";

export const metadata: Metadata = { title: "Compare runs" };

const KIND_PHRASE: Record<RunKind, string> = { forecast: "a forecast run", mmm: "a mix-model run", promo: "a promo-model run", service: "a service-model run" };
const kindPhrase = (kind: string) => KIND_PHRASE[kind as RunKind] ?? kind;

export default async function CompareRunsPage({ searchParams }: { searchParams: Promise<{ id?: string | string[] }> }) {
  // Verified here, before any read: the layout is not re-rendered on client-side navigation (see proxy.ts).
  await requirePageUser();
  const raw = (await searchParams).id;
  const asked = [...new Set(Array.isArray(raw) ? raw : raw ? [raw] : [])].slice(0, 2);
  if (asked.length !== 2) {
    return (
      <>
        <PageHeader title="Compare runs" />
        <EmptyState
          title="Pick two runs"
          action={
            <Link className="text-brand-600 underline" href="/models">
              Back to the runs
            </Link>
          }
        >
          Tick two runs in the runs table and press “Compare selected runs”.
        </EmptyState>
      </>
    );
  }
  // A run id that is not a valid id, or names no run, is a missing record: 404.
  const ids = asked.map(parseRecordId);
  if (ids.some((id) => id === null)) notFound();
  const runs = await fetchRunsByIds(ids as number[]);
  if (runs.length !== 2) notFound();
  const [a, b] = runs;
  // Metrics of different model kinds share no meaning (a forecast's MAPE is not a mix model's): refuse, and say so.
  if (a.kind !== b.kind) {
    return (
      <>
        <PageHeader title="Compare runs" />
        <EmptyState
          title="Only runs of the same kind can be compared"
          action={
            <Link className="text-brand-600 underline" href="/models">
              Back to the runs
            </Link>
          }
        >
          Run #{a.id} is {kindPhrase(a.kind)} and run #{b.id} is {kindPhrase(b.kind)}; their metrics measure different things. Pick two runs of the same kind
          (filter the runs table by kind).
        </EmptyState>
      </>
    );
  }
  const section = (title: string, rows: ReturnType<typeof compareFlat>, named: ReturnType<typeof flattenJson>) => (
    <Card
      title={title}
      className="mb-6"
      description={`Differences are run #${b.id} minus run #${a.id}, in the metric's own unit; whether higher is better depends on the metric (R² and AUC: higher; errors such as MAPE: lower).`}
    >
      <div className="relative max-h-[32rem] overflow-auto">
        <Table size="xs">
          <TableHead sticky>
            <tr>
              <th className="py-1">Field</th>
              <th>Run #{a.id}</th>
              <th>Run #{b.id}</th>
              <th className="text-right">
                #{b.id} − #{a.id}
              </th>
            </tr>
          </TableHead>
          <TableBody className="tabular">
            {rows.map((r) => (
              <TableRow key={r.path}>
                <td className="py-1 pr-3 text-slate-700" title={r.path}>
                  {labelPath(r.path, named)}
                </td>
                <td className="pr-3">{formatMetric(r.a)}</td>
                <td className="pr-3">{formatMetric(r.b)}</td>
                <td className="text-right text-slate-700">{formatMetricDiff(r.diff)}</td>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </Card>
  );
  return (
    <>
      <PageHeader
        title="Compare runs"
        description={`Run #${a.id} (${a.kind}, dataset v${a.datasetVersion}, code ${a.codeVersion || "—"}) vs run #${b.id} (${b.kind}, dataset v${b.datasetVersion}, code ${b.codeVersion || "—"})`}
        actions={
          <Link className="text-sm text-brand-600 underline" href="/models">
            All runs
          </Link>
        }
      />
      {section("Metrics", compareFlat(a.metrics, b.metrics), [...flattenJson(a.metrics), ...flattenJson(b.metrics)])}
      {section("Parameters", compareFlat(a.params, b.params), [...flattenJson(a.params), ...flattenJson(b.params)])}
    </>
  );
}
