"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { NoPromoModelError, PromoValueError, scoreAndStorePromos } from "../data/promo-scoring";
import { plannedPromoSchema, toPlannedPromo, type DiscountCurvePoint, type PromoReason } from "../promo";
import type { ActionResult } from "./action-result";
import { checkRole } from "../auth/current-user";
import { logger } from "../monitoring/logger";

/** What the decision card shows: the engine's score without its internal feature vector. */
export type PromoDecisionView = {
  runId: number;
  discountPct: number;
  durationDays: number;
  cost: number;
  pSells: number;
  uplift: number;
  expectedIncrementalRevenue: number;
  discountCost: number;
  expectedProfit: number;
  roi: number;
  decision: "go" | "no-go";
  reasons: PromoReason[];
  bestDiscount: number | null;
  bestDiscountPoint: DiscountCurvePoint | null;
  discountCurve: DiscountCurvePoint[];
};

/** Scores one planned promo from the form with the champion model and stores the score (source "form"). */
export async function scorePromo(input: unknown): Promise<ActionResult<PromoDecisionView>> {
  // Authorization on the server: the UI hiding a button is not a permission check.
  const auth = await checkRole("planner");
  if (!auth.ok) return auth;
  const parsed = plannedPromoSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "Check the highlighted fields.", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const promo = toPlannedPromo(parsed.data);
  let result;
  try {
    result = await scoreAndStorePromos([promo], { source: "form", createdBy: auth.user.email });
  } catch (error) {
    if (error instanceof NoPromoModelError) return { ok: false, error: error.message };
    if (error instanceof PromoValueError) return { ok: false, error: "Check the highlighted fields.", fieldErrors: Object.fromEntries(error.problems.map((p) => [p.field, [p.reason]])) };
    logger.error("promo scoring failed", { error: String(error) });
    return { ok: false, error: "The promo could not be scored. Try again, and if it keeps failing check the server log." };
  }
  revalidatePath("/promos");
  const { features: _features, promotionId: _id, ...score } = result.scores[0];
  return { ok: true, data: { runId: result.runId, discountPct: promo.discountPct, durationDays: promo.durationDays, cost: promo.cost, ...score } };
}
