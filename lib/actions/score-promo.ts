"use server";

import { NoPromoModelError, PromoValueError, scoreAndStorePromos } from "../data/writes/promo-scoring";
import { plannedPromoSchema, toPlannedPromo, type DiscountCurvePoint, type PromoReason } from "../promo";
import type { ActionResult } from "./action-result";
import { defineAction } from "./define-action";

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

function promoScoringError(error: unknown): ActionResult<never> | undefined {
  if (error instanceof NoPromoModelError) return { ok: false, error: error.message };
  if (error instanceof PromoValueError)
    return { ok: false, error: "Check the highlighted fields.", fieldErrors: Object.fromEntries(error.problems.map((p) => [p.field, [p.reason]])) };
  return undefined;
}

/** Scores one planned promo from the form with the champion model and stores the score (source "form"). */
export const scorePromo = defineAction(
  {
    role: "planner",
    read: (input: unknown) => input,
    schema: plannedPromoSchema,
    invalid: "Check the highlighted fields.",
    onError: promoScoringError,
    failure: "The promo could not be scored. Try again, and if it keeps failing check the server log.",
    revalidate: "/promos",
  },
  async function scorePromo(input, { user }): Promise<ActionResult<PromoDecisionView>> {
    const promo = toPlannedPromo(input);
    const result = await scoreAndStorePromos([promo], { source: "form", createdBy: user.email });
    const { features: _features, promotionId: _id, ...score } = result.scores[0];
    return { ok: true, data: { runId: result.runId, discountPct: promo.discountPct, durationDays: promo.durationDays, cost: promo.cost, ...score } };
  },
);
