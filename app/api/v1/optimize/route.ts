import { NextResponse } from "next/server";
import { readJsonBody } from "@/lib/api/read-json-body";
import { apiJson } from "@/lib/api/api-json";
import { fieldErrorsOf, optimizeRequestSchema, optimizeResponseSchema } from "@/lib/api/schemas";
import { fetchChampionPlanningModel } from "@/lib/data/reads/api-reads";
import { withApiMetrics } from "@/lib/monitoring/metrics";
import { allocateBudget, OptimizeError } from "@/lib/optimize";
import { authenticateRequest } from "@/lib/auth/api-auth";

export const dynamic = "force-dynamic";

/** POST /api/v1/optimize — optimal weekly allocation of a budget under the champion mix model's response curves. */
export const POST = withApiMetrics("/api/v1/optimize", async (request: Request) => {
  const caller = await authenticateRequest(request, "write");
  if (caller instanceof Response) return caller;

  const read = await readJsonBody(request, "an optimize request object");
  if (!read.ok) return read.response;
  const parsed = optimizeRequestSchema.safeParse(read.body);
  if (!parsed.success) return NextResponse.json({ error: "Invalid optimize request", fieldErrors: fieldErrorsOf(parsed.error) }, { status: 400 });
  const mmm = await fetchChampionPlanningModel();
  if (!mmm) return NextResponse.json({ error: "No mix model has been fitted yet; start one on the Channel ROI page." }, { status: 409 });
  const { budget, ...rest } = parsed.data;
  try {
    const result = allocateBudget(mmm.model, { totalBudget: budget, ...rest });
    return apiJson(optimizeResponseSchema, {
      runId: mmm.runId,
      allocation: result.allocation,
      predicted: { revenue: result.predicted.revenue, profit: result.predicted.profit, roi: result.predicted.roi },
      perChannel: result.perChannel,
      gainVsCurrent: result.gainVsCurrent,
      probBeatsCurrent: result.probBeatsCurrent,
      outsideData: result.outsideData,
    });
  } catch (error) {
    if (error instanceof OptimizeError) return NextResponse.json({ error: error.message, fieldErrors: { body: [error.message] } }, { status: 422 });
    throw error;
  }
});
