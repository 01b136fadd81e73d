import { NextResponse, type NextRequest } from "next/server";
import { fieldErrorsOf, forecastQuerySchema } from "@/lib/api/schemas";
import { fetchChampionForecast } from "@/lib/data/api-reads";
import { withApiMetrics } from "@/lib/monitoring/metrics";
import { authenticateRequest } from "@/lib/auth/api-auth";

export const dynamic = "force-dynamic";

/** GET /api/v1/forecasts?series=search|north&horizon=13[&model=reconciled] — the champion run's stored forecast. */
export const GET = withApiMetrics("/api/v1/forecasts", async (request: NextRequest) => {
  const caller = await authenticateRequest(request, "read");
  if (caller instanceof Response) return caller;

  const parsed = forecastQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return NextResponse.json({ error: "Invalid query", fieldErrors: fieldErrorsOf(parsed.error) }, { status: 400 });
  const { series, horizon, model } = parsed.data;
  const forecast = await fetchChampionForecast(series, model, horizon);
  if (!forecast) return NextResponse.json({ error: "No forecast has been fitted yet; start one on the Forecasts page." }, { status: 409 });
  if (forecast.points.length === 0) return NextResponse.json({ error: `No stored forecast for series "${series}" and model "${model}"` }, { status: 404 });
  return NextResponse.json(forecast);
});
