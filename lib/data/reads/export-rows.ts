import "server-only";
import { toServiceInteractionRow } from "./service-interactions";
import { prisma } from "../../db/client";
import type { DomainKind } from "../../csv/domains";

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** Reads every row of one domain back as the typed rows the importer produces (names, not ids). */
export async function fetchDomainRows(datasetId: number, kind: DomainKind): Promise<Record<string, unknown>[]> {
  const db = prisma();
  const where = { datasetId };
  switch (kind) {
    case "demand":
      return (
        await db.weeklyDemand.findMany({
          where,
          include: { channel: true, region: true },
          orderBy: [{ week: "asc" }, { channelId: "asc" }, { regionId: "asc" }],
        })
      ).map((r) => ({ week: iso(r.week), channel: r.channel.name, region: r.region.name, activations: r.activations, revenue: r.revenue }));
    case "spend":
      return (
        await db.weeklySpend.findMany({
          where,
          include: { channel: true, region: true },
          orderBy: [{ week: "asc" }, { channelId: "asc" }, { regionId: "asc" }],
        })
      ).map((r) => ({ week: iso(r.week), channel: r.channel.name, region: r.region.name, spend: r.spend, impressions: r.impressions, clicks: r.clicks }));
    case "unit_economics":
      return (await db.unitEconomics.findMany({ where, include: { channel: true }, orderBy: [{ channelId: "asc" }, { validFrom: "asc" }] })).map((r) => ({
        channel: r.channel.name,
        validFrom: iso(r.validFrom),
        revenuePerActivation: r.revenuePerActivation,
        costPerActivation: r.costPerActivation,
      }));
    case "macro":
      return (await db.macroIndicator.findMany({ where, orderBy: [{ week: "asc" }, { name: "asc" }] })).map((r) => ({
        week: iso(r.week),
        name: r.name,
        value: r.value,
      }));
    case "holidays":
      return (await db.holiday.findMany({ where, include: { region: true }, orderBy: [{ date: "asc" }, { name: "asc" }] })).map((r) => ({
        date: iso(r.date),
        name: r.name,
        region: r.region?.name ?? null,
      }));
    case "promotions":
      return (await db.promotion.findMany({ where, include: { region: true }, orderBy: [{ startDate: "asc" }, { promotionId: "asc" }] })).map((r) => ({
        promotionId: r.promotionId,
        category: r.category,
        region: r.region.name,
        discountPct: r.discountPct,
        startDate: iso(r.startDate),
        endDate: iso(r.endDate),
        promoType: r.promoType,
        cost: r.cost,
        salesAmount: r.salesAmount,
        salesCount: r.salesCount,
      }));
    case "campaigns":
      return (await db.campaign.findMany({ where, include: { channel: true, region: true }, orderBy: [{ startDate: "asc" }, { campaignId: "asc" }] })).map(
        (r) => ({
          campaignId: r.campaignId,
          channel: r.channel.name,
          region: r.region?.name ?? null,
          budget: r.budget,
          reach: r.reach,
          conversionRate: r.conversionRate,
          startDate: iso(r.startDate),
          endDate: iso(r.endDate),
        }),
      );
    case "service":
      return (await db.serviceInteraction.findMany({ where, include: { region: true }, orderBy: [{ occurredAt: "asc" }, { interactionId: "asc" }] })).map(
        toServiceInteractionRow,
      );
    case "lift_tests":
      return (await db.liftTest.findMany({ where, include: { channel: true }, orderBy: [{ startDate: "asc" }] })).map((r) => ({
        channel: r.channel.name,
        startDate: iso(r.startDate),
        endDate: iso(r.endDate),
        incrementalKpi: r.incrementalKpi,
        standardError: r.standardError,
      }));
  }
}
