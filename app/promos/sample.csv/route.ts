import { fetchActiveDataset } from "@/lib/data/reads/datasets";
import { fetchPlannedPromotions } from "@/lib/data/reads/promo-planned";
import { plannedPromoToWire } from "@/lib/promo/promo-score-wire";
import { toCsv, type CsvCell } from "@/lib/csv/to-csv";
import { PLANNED_PROMO_CSV_COLUMNS } from "@/lib/promo";
import { authenticateRequest } from "@/lib/auth/api-auth";

export const dynamic = "force-dynamic";

/** GET /promos/sample.csv → the active dataset's planned (not yet observed) promotions in the batch-scoring format. */
export async function GET(request: Request) {
  const caller = await authenticateRequest(request, "read");
  if (caller instanceof Response) return caller;

  const dataset = await fetchActiveDataset();
  const planned = dataset ? await fetchPlannedPromotions(dataset.id) : [];
  const csv = toCsv(
    [...PLANNED_PROMO_CSV_COLUMNS],
    planned.map((p) => {
      const wire = plannedPromoToWire(p) as Record<string, CsvCell>;
      return PLANNED_PROMO_CSV_COLUMNS.map((c) => wire[c]);
    }),
  );
  return new Response(csv, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="planned-promos-sample.csv"' },
  });
}
