import "server-only";
import { prisma } from "../../db/client";
import { promotionRowToPlanned, type PlannedPromo } from "../../promo";

/** Promotions not yet observed (salesAmount null), oldest start first, as planned promos: the sample batch to score. */
export async function fetchPlannedPromotions(datasetId: number): Promise<PlannedPromo[]> {
  const rows = await prisma().promotion.findMany({
    where: { datasetId, salesAmount: null },
    orderBy: [{ startDate: "asc" }, { promotionId: "asc" }],
    include: { region: { select: { name: true } } },
  });
  return rows.map((p) =>
    promotionRowToPlanned({
      promotionId: p.promotionId,
      category: p.category,
      region: p.region.name,
      discountPct: p.discountPct,
      startDate: p.startDate.toISOString().slice(0, 10),
      endDate: p.endDate.toISOString().slice(0, 10),
      promoType: p.promoType,
      cost: p.cost,
      salesAmount: null,
      salesCount: null,
    }),
  );
}
