import { NextResponse, type NextRequest } from "next/server";
import { apiJson } from "@/lib/api/api-json";
import { fieldErrorsOf, forecastQuerySchema, forecastResponseSchema } from "@/lib/api/schemas";
import { ApiReadError, fetchChampionForecast } from "@/lib/data/reads/api-reads";
import { withApiMetrics } from "@/lib/monitoring/metrics";
import { authenticateRequest } from "@/lib/auth/api-auth";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/forecasts?series=search|north&horizon=13[&model=reconciled][&scenario=ID] — the champion run's stored
 * forecast, or with `scenario` that forecast under a saved scenario's weekly spend (a view: nothing is stored).
 */
export const GET = withApiMetrics("/api/v1/forecasts", async (request: NextRequest) => {
  const caller = await authenticateRequest(request, "read");
  if (caller instanceof Response) return caller;

  const parsed = forecastQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return NextResponse.json({ error: "Invalid query", fieldErrors: fieldErrorsOf(parsed.error) }, { status: 400 });
  const { series, horizon, model, scenario } = parsed.data;
  let forecast;
  try {
    forecast = await fetchChampionForecast(series, model, horizon, scenario);
  } catch (error) {
    if (error instanceof ApiReadError) return NextResponse.json({ error: error.message }, { status: error.status });
    throw error;
  }
  if (!forecast) return NextResponse.json({ error: "No forecast has been fitted yet; start one on the Forecasts page." }, { status: 409 });
  if (forecast.points.length === 0) return NextResponse.json({ error: `No stored forecast for series "${series}" and model "${model}"` }, { status: 404 });
  return apiJson(forecastResponseSchema, forecast);
});
