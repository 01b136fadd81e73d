import "server-only";
import { prisma } from "../../db/client";
import type { HolidayRow, PromotionRow, RegionWeekRevenue } from "../../promo";

/** What the promo planner trains and scores on: every promotion (past and planned), weekly revenue per region, holidays. */
export type PromoData = {
  isDemo: boolean;
  promotions: PromotionRow[];
  regionRevenue: RegionWeekRevenue[];
  holidays: HolidayRow[];
};

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

export async function fetchPromoData(datasetId: number): Promise<PromoData> {
  const db = prisma();
  const [dataset, promotions, revenue, holidays] = await Promise.all([
    db.dataset.findUnique({ where: { id: datasetId }, select: { isDemo: true } }),
    db.promotion.findMany({ where: { datasetId }, orderBy: [{ startDate: "asc" }, { promotionId: "asc" }], include: { region: { select: { name: true } } } }),
    // Summed in SQL: the demand table has one row per channel × region × week, the model needs region × week.
    db.$queryRaw<{ week: Date; region: string; revenue: number }[]>`
      SELECT d."week", r."name" AS region, SUM(d."revenue")::float8 AS revenue
      FROM "weekly_demand" d JOIN "region" r ON r."id" = d."regionId"
      WHERE d."datasetId" = ${datasetId}
      GROUP BY d."week", r."name" ORDER BY d."week"`,
    db.holiday.findMany({ where: { datasetId }, orderBy: { date: "asc" }, include: { region: { select: { name: true } } } }),
  ]);
  if (!dataset) throw new Error(`Dataset ${datasetId} does not exist`);
  return {
    isDemo: dataset.isDemo,
    promotions: promotions.map((p) => ({
      promotionId: p.promotionId,
      category: p.category,
      region: p.region.name,
      discountPct: p.discountPct,
      startDate: isoDate(p.startDate),
      endDate: isoDate(p.endDate),
      promoType: p.promoType,
      cost: p.cost,
      salesAmount: p.salesAmount,
      salesCount: p.salesCount,
    })),
    regionRevenue: revenue.map((r) => ({ week: isoDate(r.week), region: r.region, revenue: r.revenue })),
    holidays: holidays.map((h) => ({ date: isoDate(h.date), name: h.name, region: h.region?.name ?? null })),
  };
}
