import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { authenticateRequest } from "@/lib/auth/api-auth";
import { fetchScenarioReport } from "@/lib/data/reads/report-data";
import { reportFileName, reportPdfResponse } from "@/lib/reports/pdf/pdf-response";
import { scenarioReportQuerySchema } from "@/lib/reports/scenario-report-query";

/** GET /reports/scenarios/pdf?ids=baseline,3,4[&baseline=…] → the scenario comparison as a PDF. */
export async function GET(request: NextRequest) {
  const caller = await authenticateRequest(request, "read");
  if (caller instanceof Response) return caller;
  const parsed = scenarioReportQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success)
    return NextResponse.json(
      { error: parsed.error.issues[0]?.message ?? "Invalid query", fieldErrors: z.flattenError(parsed.error).fieldErrors },
      { status: 400 },
    );
  const result = await fetchScenarioReport(parsed.data.ids, parsed.data.baseline);
  if (result.status !== "ready") return NextResponse.json({ error: result.message }, { status: 404 });
  return reportPdfResponse(result.report, reportFileName(result.report));
}
