// Direct module imports (not the lib/promo index) keep the trainer out of the browser bundle.
import { PLANNED_PROMO_CSV_COLUMNS, type PlannedPromoInput } from "./planned-promo-schema";
import type { PromoReason } from "./promo-reasons";
import type { PromotionScore } from "./score-promotion";
import type { PlannedPromo } from "./types";
import { toCsv, type CsvCell } from "../csv/to-csv";

/**
 * The snake_case shapes scored promos leave the app in (JSON API, CSV download, CLI output, stored PromoScore input),
 * so the page, the API and the CLI cannot drift apart. Pure: runs in the browser too.
 */
export type PromoScoreWire = {
  promotion_id: string | null;
  p_sells: number;
  /** Expected daily incremental sales if it sells, USD/day. */
  uplift: number;
  roi: number;
  decision: "go" | "no-go";
  reasons: PromoReason[];
  best_discount: number | null;
};

export const SCORE_CSV_COLUMNS = ["p_sells", "uplift", "roi", "decision"] as const;

/** Engine shape → the CSV/API input shape (the inverse of toPlannedPromo). */
export function plannedPromoToWire(p: PlannedPromo): PlannedPromoInput {
  return {
    promotion_id: p.promotionId,
    category: p.category,
    region: p.region,
    discount_pct: p.discountPct,
    duration_days: p.durationDays,
    start_date: p.startDate,
    promo_type: p.promoType,
    cost: p.cost,
  };
}

/** Rounded for people and files: probabilities and ROI to 4 decimals, money to cents. */
const round = (v: number, digits: number) => (Number.isFinite(v) ? Number(v.toFixed(digits)) : v);

export function promoScoreToWire(
  score: Pick<PromotionScore, "promotionId" | "pSells" | "uplift" | "roi" | "decision" | "reasons" | "bestDiscount">,
): PromoScoreWire {
  return {
    promotion_id: score.promotionId ?? null,
    p_sells: round(score.pSells, 4),
    uplift: round(score.uplift, 2),
    roi: round(score.roi, 4),
    decision: score.decision,
    reasons: score.reasons,
    best_discount: score.bestDiscount,
  };
}

/** The input columns (in the documented order) followed by p_sells, uplift, roi, decision. */
export function scoredPromosToCsv(rows: readonly { promo: PlannedPromo; score: Pick<PromoScoreWire, "p_sells" | "uplift" | "roi" | "decision"> }[]): string {
  const header = [...PLANNED_PROMO_CSV_COLUMNS, ...SCORE_CSV_COLUMNS];
  return toCsv(
    header,
    rows.map(({ promo, score }) => {
      const input = plannedPromoToWire(promo) as Record<string, CsvCell>;
      return [...PLANNED_PROMO_CSV_COLUMNS.map((c) => input[c] ?? ""), score.p_sells, score.uplift, score.roi, score.decision];
    }),
  );
}
