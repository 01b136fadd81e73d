import "server-only";
import { z } from "zod";
import { authenticateHeaders } from "../auth/api-auth";
import { NoPromoModelError, PromoValueError, scoreAndStorePromos } from "../data/writes/promo-scoring";
import { promoScoreToWire } from "../promo/promo-score-wire";
import { logger } from "../monitoring/logger";
import { withReplyMetrics } from "../monitoring/metrics";
import { plannedPromoSchema, toPlannedPromo } from "../promo";
import type { ApiReply, HeaderReader } from "./api-reply";
import { fieldErrorsOf } from "./schemas";

/** POST /api/v1/promos/score: the path, and what the body must be (named in the 400 for a body that is not JSON). */
export const PROMO_SCORE_ROUTE = "/api/v1/promos/score";
export const PROMO_SCORE_BODY = "one planned promo object or an array of them";

const MAX_PROMOS = 5000;
const batchSchema = z
  .array(plannedPromoSchema)
  .min(1, "Send at least one planned promo")
  .max(MAX_PROMOS, `Send at most ${MAX_PROMOS} planned promos per request`);

const badRequest = (error: string, fieldErrors: Record<string, string[]>): ApiReply => ({ status: 400, body: { error, fieldErrors } });

export type BodyRead = { ok: true; body: unknown } | { ok: false; reply: ApiReply };

/**
 * The scoring API (documented on the route, app/api/v1/promos/score/route.ts). Both ways in call it: Next's route,
 * and scripts/serve.ts's direct route (lib/server/fast-routes.ts). The caller is authenticated before the body is read.
 */
export const scorePromosReply = withReplyMetrics(
  PROMO_SCORE_ROUTE,
  "POST",
  async (headers: HeaderReader, readBody: () => Promise<BodyRead>): Promise<ApiReply> => {
    const caller = await authenticateHeaders(headers, "write");
    if ("status" in caller) return caller;

    const read = await readBody();
    if (!read.ok) return read.reply;
    const body = read.body;
    const isBatch = Array.isArray(body);
    if (!isBatch && (typeof body !== "object" || body === null))
      return badRequest("The body must be a planned promo object or an array of them.", { body: ["expected an object or an array"] });
    const parsed = isBatch ? batchSchema.safeParse(body) : plannedPromoSchema.safeParse(body);
    if (!parsed.success) {
      const fieldErrors = fieldErrorsOf(parsed.error);
      const n = Object.keys(fieldErrors).length;
      return badRequest(`Invalid planned promo${isBatch ? "s" : ""}: ${n} field${n === 1 ? "" : "s"} with problems.`, fieldErrors);
    }
    const inputs = Array.isArray(parsed.data) ? parsed.data : [parsed.data];
    try {
      const result = await scoreAndStorePromos(inputs.map(toPlannedPromo), { source: "api", createdBy: caller.user.email });
      return { status: 200, body: { runId: result.runId, scores: result.scores.map(promoScoreToWire) } };
    } catch (error) {
      if (error instanceof NoPromoModelError) return { status: 409, body: { error: error.message } };
      // An unknown category, region or promo type: 400 naming the field (with the item's index in a batch), as zod's do.
      if (error instanceof PromoValueError) {
        const fieldErrors: Record<string, string[]> = {};
        for (const p of error.problems) (fieldErrors[isBatch ? `${p.index}.${p.field}` : p.field] ??= []).push(p.reason);
        const n = error.problems.length;
        return badRequest(`Invalid planned promo${isBatch ? "s" : ""}: ${n} value${n === 1 ? "" : "s"} the model does not know.`, fieldErrors);
      }
      logger.error("promo API scoring failed", { error: String(error) });
      return { status: 500, body: { error: "Scoring failed on the server; nothing was stored." } };
    }
  },
);
