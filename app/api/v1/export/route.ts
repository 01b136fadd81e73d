import { NextResponse, type NextRequest } from "next/server";
import { fetchActiveDataset } from "@/lib/data/reads/datasets";
import { domainKindSchema } from "@/lib/csv/domains";
import { fetchDomainRows } from "@/lib/data/reads/export-rows";
import { rowsToCsv } from "@/lib/csv/rows-to-csv";
import { withApiMetrics } from "@/lib/monitoring/metrics";
import { authenticateRequest } from "@/lib/auth/api-auth";

/** GET /api/v1/export?kind=demand → the domain's rows as CSV, in the importer's format (round-trips). */
export const GET = withApiMetrics("/api/v1/export", async (request: NextRequest) => {
  const caller = await authenticateRequest(request, "read");
  if (caller instanceof Response) return caller;

  const kind = domainKindSchema.safeParse(request.nextUrl.searchParams.get("kind"));
  if (!kind.success) return NextResponse.json({ error: "Unknown kind", fieldErrors: { kind: [kind.error.issues[0]?.message ?? "invalid"] } }, { status: 400 });
  const dataset = await fetchActiveDataset();
  if (!dataset) return NextResponse.json({ error: "No dataset" }, { status: 404 });
  const csv = rowsToCsv(kind.data, await fetchDomainRows(dataset.id, kind.data));
  return new NextResponse(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${dataset.name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${kind.data}.csv"`,
    },
  });
});
