import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { prisma } from "@/lib/db/client";
import { compareFlat } from "@/lib/data/flatten-json";
import { parseRecordId } from "@/lib/data/record-id";
import { requirePageUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Compare runs" };

const fmt = (v: unknown) => (v === undefined ? "—" : typeof v === "number" ? (Number.isInteger(v) ? String(v) : v.toPrecision(5)) : String(v));

export default async function CompareRunsPage({ searchParams }: { searchParams: Promise<{ id?: string | string[] }> }) {
  // Verified here, before any read: the layout is not re-rendered on client-side navigation (see proxy.ts).
  await requirePageUser();
  const raw = (await searchParams).id;
  const asked = [...new Set(Array.isArray(raw) ? raw : raw ? [raw] : [])].slice(0, 2);
  if (asked.length !== 2) {
    return (<><PageHeader title="Compare runs" /><EmptyState title="Pick two runs" action={<Link className="text-brand-600 underline" href="/models">Back to the runs</Link>}>Tick two runs in the runs table and press “Compare selected runs”.</EmptyState></>);
  }
  // A run id that is not a valid id, or names no run, is a missing record: 404.
  const ids = asked.map(parseRecordId);
  if (ids.some((id) => id === null)) notFound();
  const runs = await prisma().modelRun.findMany({ where: { id: { in: ids as number[] } }, orderBy: { id: "asc" } });
  if (runs.length !== 2) notFound();
  const [a, b] = runs;
  const section = (title: string, rows: ReturnType<typeof compareFlat>) => (
    <Card title={title} className="mb-6">
      <div className="relative max-h-[32rem] overflow-auto">
        <table className="w-full text-left text-xs">
          <thead className="sticky top-0 bg-white text-slate-500"><tr><th className="py-1">Field</th><th>Run #{a.id}</th><th>Run #{b.id}</th><th className="text-right">#{b.id} − #{a.id}</th></tr></thead>
          <tbody className="tabular">
            {rows.map((r) => (
              <tr key={r.path} className="border-t border-slate-100"><td className="py-1 pr-3 font-mono text-slate-600">{r.path}</td><td>{fmt(r.a)}</td><td>{fmt(r.b)}</td><td className={`text-right ${r.diff === null ? "" : r.diff > 0 ? "text-emerald-700" : r.diff < 0 ? "text-rose-700" : ""}`}>{r.diff === null ? "" : r.diff.toPrecision(3)}</td></tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
  return (
    <>
      <PageHeader title="Compare runs" description={`Run #${a.id} (${a.kind}, dataset v${a.datasetVersion}, code ${a.codeVersion || "—"}) vs run #${b.id} (${b.kind}, dataset v${b.datasetVersion}, code ${b.codeVersion || "—"})`} actions={<Link className="text-sm text-brand-600 underline" href="/models">All runs</Link>} />
      {section("Metrics", compareFlat(a.metrics, b.metrics))}
      {section("Parameters", compareFlat(a.params, b.params))}
    </>
  );
}
