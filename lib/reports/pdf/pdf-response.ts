import type { ReportDocument } from "../report-types";
import { renderReportPdf } from "./render-report-pdf";

/** The report as a PDF download (private: it carries the dataset's numbers). */
export async function reportPdfResponse(report: ReportDocument, fileName: string): Promise<Response> {
  const pdf = await renderReportPdf(report);
  return new Response(new Uint8Array(pdf), {
    headers: { "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="${fileName}"`, "Cache-Control": "private, no-store" },
  });
}

export const reportFileName = (report: ReportDocument) =>
  `mixcast-${report.meta.kind}-report-${report.meta.runs.map((r) => `run${r.id}`).join("-") || "baseline"}-${report.meta.generatedAt.slice(0, 10)}.pdf`;
