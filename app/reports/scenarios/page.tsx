import type { Metadata } from "next";
import Link from "next/link";
import { ReportView } from "@/components/reports/report-view";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/current-user";
import { fetchScenarioReport } from "@/lib/data/reads/report-data";
import { scenarioReportQuerySchema } from "@/lib/reports/scenario-report-query";

export const metadata: Metadata = { title: "Scenario comparison" };

export default async function ScenarioReportPage({ searchParams }: { searchParams: Promise<{ ids?: string; baseline?: string }> }) {
  // Verified here, before any read: the layout is not re-rendered on client-side navigation (see proxy.ts).
  await requirePageUser();
  const query = await searchParams;
  const back = (
    <Link href="/scenarios" className="text-brand-600 underline">
      ← Scenarios
    </Link>
  );
  const parsed = scenarioReportQuerySchema.safeParse(query);
  const result = parsed.success
    ? await fetchScenarioReport(parsed.data.ids, parsed.data.baseline)
    : { status: "unavailable" as const, message: parsed.error.issues[0]?.message ?? "invalid query" };
  if (result.status !== "ready") {
    return (
      <>
        <PageHeader title="Scenario comparison" />
        <EmptyState title="Nothing to compare" action={back}>
          {result.message.charAt(0).toUpperCase() + result.message.slice(1)}. Tick 2–4 scenarios on the Scenarios page and press Report.
        </EmptyState>
      </>
    );
  }
  const params = new URLSearchParams({ ids: parsed.data!.ids.join(","), ...(parsed.data!.baseline ? { baseline: parsed.data!.baseline } : {}) });
  return <ReportView report={result.report} pdfHref={`/reports/scenarios/pdf?${params}`} back={back} />;
}
