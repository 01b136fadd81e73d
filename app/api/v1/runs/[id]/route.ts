import { NextResponse } from "next/server";
import { fetchRunStatus } from "@/lib/data/reads/model-runs";
import { parseRecordId } from "@/lib/api/record-id";
import { withApiMetrics } from "@/lib/monitoring/metrics";
import { authenticateRequest } from "@/lib/auth/api-auth";

export const dynamic = "force-dynamic";

/** GET /api/v1/runs/:id → status, progress, stage and recent log lines of one model run (polled by progress bars). */
export const GET = withApiMetrics("/api/v1/runs/:id", async (_: Request, { params }: { params: Promise<{ id: string }> }) => {
  const caller = await authenticateRequest(_, "read");
  if (caller instanceof Response) return caller;

  const raw = (await params).id;
  const id = parseRecordId(raw);
  // An id no run can have (not a whole number, or beyond the id column's range) is simply a run that does not exist.
  const run = id === null ? null : await fetchRunStatus(id);
  if (!run) return NextResponse.json({ error: `Run ${raw.slice(0, 40)} not found` }, { status: 404 });
  return NextResponse.json(run);
});
