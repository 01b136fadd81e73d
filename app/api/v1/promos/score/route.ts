import { replyToResponse } from "@/lib/api/api-reply";
import { PROMO_SCORE_BODY, scorePromosReply } from "@/lib/api/promo-score-endpoint";
import { readJsonReply } from "@/lib/api/read-json-body";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/promos/score — body: one planned promo or an array of up to 5,000, snake_case like the CSV
 * (`promotion_id, category, region, discount_pct, duration_days, start_date, promo_type, cost`).
 * 200 `{ runId, scores: [{ promotion_id, p_sells, uplift, roi, decision, reasons, best_discount }] }`;
 * 400 `{ error, fieldErrors }` (also for a category, region or promo type the model does not know; values are
 * matched case-insensitively); 409 when no promo model has been fitted yet. Scores are stored (source "api").
 * The work is lib/api/promo-score-endpoint.ts; `npm start` serves this path there directly (lib/server/fast-routes.ts).
 */
export async function POST(request: Request): Promise<Response> {
  return replyToResponse(await scorePromosReply(request.headers, () => readJsonReply(request, PROMO_SCORE_BODY)));
}
