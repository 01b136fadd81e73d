import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { fetchActiveDataset } from "@/lib/data/reads/datasets";
import { parseRecordId } from "@/lib/api/record-id";
import { fetchScenarioForecasts } from "@/lib/data/reads/scenario-forecasts";
import { fetchScenariosByIds } from "@/lib/data/writes/scenario-store";
import { toCsv } from "@/lib/csv/to-csv";
import { scenarioForecastTable } from "@/lib/planner/scenario-forecasts";
import { BASELINE_KEY } from "@/lib/planner/scenario-predicted";
import { authenticateRequest } from "@/lib/auth/api-auth";

const querySchema = z.object({
  ids: z
    .string({ error: "ids is required, e.g. ids=baseline,3,4" })
    .transform((s) => [
      ...new Set(
        s
          .split(",")
          .map((x) => x.trim())
          .filter(Boolean),
      ),
    ])
    .refine((ids) => ids.every((id) => id === BASELINE_KEY || /^\d+$/.test(id)), `ids must be scenario ids or "${BASELINE_KEY}"`)
    .refine((ids) => ids.length >= 1 && ids.length <= 4, "Export 1 to 4 scenarios"),
});

/**
 * GET /api/v1/scenarios/forecast.csv?ids=baseline,3,4 → weekly total-revenue forecasts (USD/week) of each scenario for
 * the next 13 weeks: scenario, week, revenue (median), 80/95 % bounds, baseline (demand without paid media) and media.
 */
export async function GET(request: NextRequest) {
  const caller = await authenticateRequest(request, "read");
  if (caller instanceof Response) return caller;
  const parsed = querySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success)
    return NextResponse.json(
      { error: parsed.error.issues[0]?.message ?? "Invalid query", fieldErrors: z.flattenError(parsed.error).fieldErrors },
      { status: 400 },
    );
  const dataset = await fetchActiveDataset();
  if (!dataset) return NextResponse.json({ error: "No dataset" }, { status: 404 });
  const { ids } = parsed.data;
  const numeric = ids
    .filter((id) => id !== BASELINE_KEY)
    .map(parseRecordId)
    .filter((id): id is number => id !== null);
  const views = await fetchScenariosByIds(dataset.id, numeric);
  const known = new Set([BASELINE_KEY, ...views.map((v) => String(v.id))]);
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length > 0) return NextResponse.json({ error: `Unknown scenario: ${missing.join(", ")}` }, { status: 404 });
  const set = await fetchScenarioForecasts(dataset.id, views);
  if (set.status !== "ready") return NextResponse.json({ error: set.reason }, { status: 409 });
  const table = scenarioForecastTable(ids.map((id) => set.forecasts[id]));
  return new NextResponse(toCsv(table.header, table.rows), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="scenario-forecasts-${ids.join("-")}.csv"` },
  });
}
