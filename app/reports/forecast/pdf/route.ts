import { NextResponse, type NextRequest } from "next/server";
import { authenticateRequest } from "@/lib/auth/api-auth";
import { fetchForecastReport } from "@/lib/data/reads/report-data";
import { reportFileName, reportPdfResponse } from "@/lib/reports/pdf/pdf-response";

/** GET /reports/forecast/pdf → the forecast report of the champion run as a PDF. */
export async function GET(request: NextRequest) {
  const caller = await authenticateRequest(request, "read");
  if (caller instanceof Response) return caller;
  const result = await fetchForecastReport();
  if (result.status !== "ready") return NextResponse.json({ error: result.message }, { status: 404 });
  return reportPdfResponse(result.report, reportFileName(result.report));
}
