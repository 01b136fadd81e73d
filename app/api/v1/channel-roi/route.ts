import { NextResponse } from "next/server";
import { apiJson } from "@/lib/api/api-json";
import { channelRoiResponseSchema } from "@/lib/api/schemas";
import { fetchChampionMixModel } from "@/lib/data/reads/api-reads";
import { withApiMetrics } from "@/lib/monitoring/metrics";
import { authenticateRequest } from "@/lib/auth/api-auth";

export const dynamic = "force-dynamic";

/** GET /api/v1/channel-roi — ROI, 90 % interval and marginal ROI per channel from the champion mix model; per region too when it is a geo-level model. */
export const GET = withApiMetrics("/api/v1/channel-roi", async (request: Request) => {
  const caller = await authenticateRequest(request, "read");
  if (caller instanceof Response) return caller;

  const mmm = await fetchChampionMixModel();
  if (!mmm) return NextResponse.json({ error: "No mix model has been fitted yet; start one on the Channel ROI page." }, { status: 409 });
  return apiJson(channelRoiResponseSchema, {
    runId: mmm.run.id,
    datasetVersion: mmm.run.datasetVersion,
    model: mmm.regions?.length ? "geo" : "national",
    fit: { r2: mmm.fit.r2, nrmse: mmm.fit.nrmse, mape: mmm.fit.mape },
    channels: mmm.channels.map((c) => ({
      name: c.name,
      spend: c.spend,
      contribution: c.contribution,
      share: c.share,
      roi: c.roi,
      roiLow: c.roiLow,
      roiHigh: c.roiHigh,
      mroi: c.mroi,
    })),
    ...(mmm.regions?.length ? { regions: mmm.regions } : {}),
  });
});
