import "server-only";
import { dataEpoch, scoreEpoch } from "../../db/change-feed";
import { prisma } from "../../db/client";
import { memo } from "../memo";

export type PromoScoreHistoryRow = {
  id: number;
  runId: number;
  createdAt: string;
  source: string;
  promotionId: string;
  category: string;
  region: string;
  discountPct: number | null;
  durationDays: number | null;
  startDate: string;
  pSells: number;
  uplift: number;
  roi: number;
  decision: string;
};

/** The latest scored promos of a dataset (any source), newest first, each with the run that scored it. */
export async function fetchPromoScoreHistory(datasetId: number, limit = 50): Promise<PromoScoreHistoryRow[]> {
  // Read once per change: a new score (scoreEpoch) or a run or dataset change (dataEpoch); without a feed, every call.
  return memo(`promo-history:${datasetId}:${limit}:${dataEpoch()}:${scoreEpoch()}`, 10 * 60_000, () => readPromoScoreHistory(datasetId, limit));
}

async function readPromoScoreHistory(datasetId: number, limit: number): Promise<PromoScoreHistoryRow[]> {
  const rows = await prisma().promoScore.findMany({ where: { run: { datasetId } }, orderBy: { id: "desc" }, take: limit });
  return rows.map((r) => {
    const input = (r.input ?? {}) as Record<string, unknown>;
    const text = (k: string) => (typeof input[k] === "string" ? (input[k] as string) : "");
    const num = (k: string) => (typeof input[k] === "number" ? (input[k] as number) : null);
    return {
      id: r.id,
      runId: r.runId,
      createdAt: r.createdAt.toISOString(),
      source: r.source,
      promotionId: r.promotionId,
      category: text("category"),
      region: text("region"),
      discountPct: num("discount_pct"),
      durationDays: num("duration_days"),
      startDate: text("start_date"),
      pSells: r.pSells,
      uplift: r.uplift,
      roi: r.roi,
      decision: r.decision,
    };
  });
}
