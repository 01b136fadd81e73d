import { NextResponse } from "next/server";
import { fetchRunRecord } from "@/lib/data/reads/model-registry";
import { parseRecordId } from "@/lib/api/record-id";
import { withApiMetrics } from "@/lib/monitoring/metrics";
import { authenticateRequest } from "@/lib/auth/api-auth";

export const dynamic = "force-dynamic";

/** GET /api/v1/runs/:id/artifacts → the run's stored artifacts, params and metrics as a JSON download. */
export const GET = withApiMetrics("/api/v1/runs/:id/artifacts", async (_: Request, { params }: { params: Promise<{ id: string }> }) => {
  const caller = await authenticateRequest(_, "read");
  if (caller instanceof Response) return caller;

  const raw = (await params).id;
  const id = parseRecordId(raw);
  if (id === null) return NextResponse.json({ error: `Run ${raw.slice(0, 40)} not found` }, { status: 404 });
  const run = await fetchRunRecord(id);
  if (!run) return NextResponse.json({ error: `Run ${id} not found` }, { status: 404 });
  return new NextResponse(JSON.stringify(run, null, 2), {
    headers: { "Content-Type": "application/json", "Content-Disposition": `attachment; filename="mixcast-run-${id}.json"` },
  });
});
