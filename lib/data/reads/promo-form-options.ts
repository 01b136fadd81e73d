import "server-only";
import { prisma } from "../../db/client";
import { fetchDatasetVersion } from "./datasets";
import { memo } from "../memo";

/** Choices for the promo form's selects, taken from the data so a planner cannot type a category the model never saw. */
export type PromoFormOptions = { categories: string[]; regions: string[]; promoTypes: string[]; lastStartDate: string | null };

export async function fetchPromoFormOptions(datasetId: number): Promise<PromoFormOptions> {
  const version = await fetchDatasetVersion(datasetId);
  return memo(`promo-options:${datasetId}:v${version}`, 10 * 60_000, () => readPromoFormOptions(datasetId));
}

async function readPromoFormOptions(datasetId: number): Promise<PromoFormOptions> {
  const db = prisma();
  const [categories, promoTypes, regions, last] = await Promise.all([
    db.promotion.findMany({ where: { datasetId }, distinct: ["category"], select: { category: true }, orderBy: { category: "asc" } }),
    db.promotion.findMany({ where: { datasetId }, distinct: ["promoType"], select: { promoType: true }, orderBy: { promoType: "asc" } }),
    db.region.findMany({ where: { datasetId, promotions: { some: {} } }, select: { name: true }, orderBy: { name: "asc" } }),
    db.promotion.aggregate({ where: { datasetId }, _max: { startDate: true } }),
  ]);
  return {
    categories: categories.map((c) => c.category),
    regions: regions.map((r) => r.name),
    promoTypes: promoTypes.map((t) => t.promoType),
    lastStartDate: last._max.startDate?.toISOString().slice(0, 10) ?? null,
  };
}
