import { NextResponse } from "next/server";
import { z } from "zod";
import { NoPromoModelError, PromoValueError, scoreAndStorePromos } from "@/lib/data/promo-scoring";
import { promoScoreToWire } from "@/lib/data/promo-score-wire";
import { fieldErrorsOf } from "@/lib/api/schemas";
import { readJsonBody } from "@/lib/api/read-json-body";
import { logger } from "@/lib/monitoring/logger";
import { withApiMetrics } from "@/lib/monitoring/metrics";
import { plannedPromoSchema, toPlannedPromo } from "@/lib/promo";
import { authenticateRequest } from "@/lib/auth/api-auth";

export const dynamic = "force-dynamic";

const MAX_PROMOS = 5000;
const batchSchema = z
  .array(plannedPromoSchema)
  .min(1, "Send at least one planned promo")
  .max(MAX_PROMOS, `Send at most ${MAX_PROMOS} planned promos per request`);

const badRequest = (error: string, fieldErrors: Record<string, string[]>) => NextResponse.json({ error, fieldErrors }, { status: 400 });

/**
 * POST /api/v1/promos/score — body: one planned promo or an array of up to 5,000, snake_case like the CSV
 * (`promotion_id, category, region, discount_pct, duration_days, start_date, promo_type, cost`).
 * 200 `{ runId, scores: [{ promotion_id, p_sells, uplift, roi, decision, reasons, best_discount }] }`;
 * 400 `{ error, fieldErrors }` (also for a category, region or promo type the model does not know; values are
 * matched case-insensitively); 409 when no promo model has been fitted yet. Scores are stored (source "api").
 */
export const POST = withApiMetrics("/api/v1/promos/score", async (request: Request) => {
  const caller = await authenticateRequest(request, "write");
  if (caller instanceof Response) return caller;

  const read = await readJsonBody(request, "one planned promo object or an array of them");
  if (!read.ok) return read.response;
  const body = read.body;
  const isBatch = Array.isArray(body);
  if (!isBatch && (typeof body !== "object" || body === null)) return badRequest("The body must be a planned promo object or an array of them.", { body: ["expected an object or an array"] });
  const parsed = isBatch ? batchSchema.safeParse(body) : plannedPromoSchema.safeParse(body);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    const n = Object.keys(fieldErrors).length;
    return badRequest(`Invalid planned promo${isBatch ? "s" : ""}: ${n} field${n === 1 ? "" : "s"} with problems.`, fieldErrors);
  }
  const inputs = Array.isArray(parsed.data) ? parsed.data : [parsed.data];
  try {
    const result = await scoreAndStorePromos(inputs.map(toPlannedPromo), { source: "api", createdBy: caller.user.email });
    return NextResponse.json({ runId: result.runId, scores: result.scores.map(promoScoreToWire) });
  } catch (error) {
    if (error instanceof NoPromoModelError) return NextResponse.json({ error: error.message }, { status: 409 });
    // An unknown category, region or promo type: 400 naming the field (with the item's index in a batch), as zod's do.
    if (error instanceof PromoValueError) {
      const fieldErrors: Record<string, string[]> = {};
      for (const p of error.problems) (fieldErrors[isBatch ? `${p.index}.${p.field}` : p.field] ??= []).push(p.reason);
      const n = error.problems.length;
      return badRequest(`Invalid planned promo${isBatch ? "s" : ""}: ${n} value${n === 1 ? "" : "s"} the model does not know.`, fieldErrors);
    }
    logger.error("promo API scoring failed", { error: String(error) });
    return NextResponse.json({ error: "Scoring failed on the server; nothing was stored." }, { status: 500 });
  }
});
