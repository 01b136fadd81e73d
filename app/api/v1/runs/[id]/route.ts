import { NextResponse } from "next/server";
import { fetchRunStatus } from "@/lib/data/model-runs";
import { withApiMetrics } from "@/lib/monitoring/metrics";
import { authenticateRequest } from "@/lib/auth/api-auth";

export const dynamic = "force-dynamic";

/** GET /api/v1/runs/:id → status, progress, stage and recent log lines of one model run (polled by progress bars). */
export const GET = withApiMetrics("/api/v1/runs/:id", async (_: Request, { params }: { params: Promise<{ id: string }> }) => {
  const caller = await authenticateRequest(_, "read");
  if (caller instanceof Response) return caller;

  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) return NextResponse.json({ error: "Run id must be a positive integer" }, { status: 400 });
  const run = await fetchRunStatus(id);
  if (!run) return NextResponse.json({ error: `Run ${id} not found` }, { status: 404 });
  return NextResponse.json(run);
});
