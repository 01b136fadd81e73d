import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { fetchActiveDataset } from "@/lib/data/reads/datasets";
import { parseRecordId } from "@/lib/api/record-id";
import { fetchBaselineScenario } from "@/lib/data/reads/scenario-baseline";
import { fetchScenariosByIds } from "@/lib/data/writes/scenario-store";
import { toCsv } from "@/lib/csv/to-csv";
import { compareScenarios, comparisonTable, type ComparableScenario } from "@/lib/planner/compare-scenarios";
import { BASELINE_KEY, baselineComparable, comparableFromView } from "@/lib/planner/scenario-predicted";
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
    .refine((ids) => ids.length >= 2 && ids.length <= 4, "Compare 2 to 4 scenarios"),
  baseline: z.string().optional(),
});

/**
 * GET /api/v1/scenarios/compare.csv?ids=baseline,3,4&baseline=baseline → the comparison (KPIs and
 * weekly spend per channel, each with the difference to the baseline) as formula-safe CSV.
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
  const baselineKey = parsed.data.baseline ?? ids[0];
  if (!ids.includes(baselineKey)) return NextResponse.json({ error: `baseline "${baselineKey}" must be one of the compared ids` }, { status: 400 });

  // An id beyond the id column's range cannot exist: it is left out here and reported missing (404) below.
  const numeric = ids
    .filter((id) => id !== BASELINE_KEY)
    .map(parseRecordId)
    .filter((id): id is number => id !== null);
  const [views, baseline] = await Promise.all([
    fetchScenariosByIds(dataset.id, numeric),
    ids.includes(BASELINE_KEY) ? fetchBaselineScenario(dataset.id) : Promise.resolve(null),
  ]);
  const byKey = new Map<string, ComparableScenario | null>(views.map((v) => [String(v.id), comparableFromView(v)]));
  if (baseline) byKey.set(BASELINE_KEY, baselineComparable(baseline.predicted, baseline.allocation));
  const missing = ids.filter((id) => !byKey.get(id));
  if (missing.length > 0) return NextResponse.json({ error: `Unknown or unpredicted scenario: ${missing.join(", ")}` }, { status: 404 });

  const comparison = compareScenarios(
    ids.map((id) => byKey.get(id)!),
    baselineKey,
  );
  const table = comparisonTable(comparison);
  return new NextResponse(toCsv(table.header, table.rows), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="scenario-comparison-${ids.join("-")}.csv"` },
  });
}
