import type { Metadata } from "next";
import Link from "next/link";
import { ReportView } from "@/components/reports/report-view";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/current-user";
import { fetchMmmReport } from "@/lib/data/reads/report-data";

export const metadata: Metadata = { title: "Mix-model report" };

export default async function MmmReportPage() {
  // Verified here, before any read: the layout is not re-rendered on client-side navigation (see proxy.ts).
  await requirePageUser();
  const result = await fetchMmmReport();
  const back = (
    <Link href="/roi" className="text-brand-600 underline">
      ← Channel ROI
    </Link>
  );
  if (result.status !== "ready") {
    return (
      <>
        <PageHeader title="Mix-model report" />
        <EmptyState title="No report yet" action={back}>
          {result.message.charAt(0).toUpperCase() + result.message.slice(1)}.
        </EmptyState>
      </>
    );
  }
  return <ReportView report={result.report} pdfHref="/reports/mmm/pdf" back={back} />;
}
