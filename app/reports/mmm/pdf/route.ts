import { NextResponse, type NextRequest } from "next/server";
import { authenticateRequest } from "@/lib/auth/api-auth";
import { fetchMmmReport } from "@/lib/data/reads/report-data";
import { reportFileName, reportPdfResponse } from "@/lib/reports/pdf/pdf-response";

/** GET /reports/mmm/pdf → the mix-model report of the champion run as a PDF. */
export async function GET(request: NextRequest) {
  const caller = await authenticateRequest(request, "read");
  if (caller instanceof Response) return caller;
  const result = await fetchMmmReport();
  if (result.status !== "ready") return NextResponse.json({ error: result.message }, { status: 404 });
  return reportPdfResponse(result.report, reportFileName(result.report));
}
