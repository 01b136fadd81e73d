import "server-only";
import { prisma } from "../../db/client";
import type { ForecastPanelRows } from "../../forecast/view/forecast-panel";
import type { UnitEconomicsRate } from "../../forecast/view/cost-rates";

/** Everything the forecast fit reads from a dataset: weekly demand, spend, promotions, campaigns, macro, holidays, unit economics. */
const iso = (d: Date) => d.toISOString().slice(0, 10);

export async function fetchForecastPanelRows(datasetId: number): Promise<ForecastPanelRows> {
  const db = prisma();
  // Raw SQL with the names joined in: tens of thousands of rows, and Prisma's row mapping was the slow part.
  const [demand, spend, promotions, campaigns, macro, holidays] = await Promise.all([
    db.$queryRaw<{ week: Date; channel: string; region: string; activations: number }[]>`
      SELECT d."week", c."name" AS channel, r."name" AS region, d."activations"::float8 AS activations
      FROM "weekly_demand" d JOIN "channel" c ON c."id" = d."channelId" JOIN "region" r ON r."id" = d."regionId"
      WHERE d."datasetId" = ${datasetId}`,
    db.$queryRaw<{ week: Date; channel: string; region: string; spend: number }[]>`
      SELECT s."week", c."name" AS channel, r."name" AS region, s."spend"::float8 AS spend
      FROM "weekly_spend" s JOIN "channel" c ON c."id" = s."channelId" JOIN "region" r ON r."id" = s."regionId"
      WHERE s."datasetId" = ${datasetId}`,
    db.$queryRaw<{ region: string; discountPct: number; startDate: Date; endDate: Date }[]>`
      SELECT r."name" AS region, p."discountPct"::float8 AS "discountPct", p."startDate", p."endDate"
      FROM "promotion" p JOIN "region" r ON r."id" = p."regionId" WHERE p."datasetId" = ${datasetId}`,
    db.$queryRaw<{ channel: string; region: string | null; budget: number; startDate: Date; endDate: Date }[]>`
      SELECT c."name" AS channel, r."name" AS region, k."budget"::float8 AS budget, k."startDate", k."endDate"
      FROM "campaign" k JOIN "channel" c ON c."id" = k."channelId" LEFT JOIN "region" r ON r."id" = k."regionId"
      WHERE k."datasetId" = ${datasetId}`,
    db.$queryRaw<{ week: Date; name: string; value: number }[]>`
      SELECT "week", "name", "value"::float8 AS value FROM "macro_indicator" WHERE "datasetId" = ${datasetId}`,
    db.$queryRaw<{ date: Date; name: string; region: string | null }[]>`
      SELECT h."date", h."name", r."name" AS region FROM "holiday" h LEFT JOIN "region" r ON r."id" = h."regionId"
      WHERE h."datasetId" = ${datasetId}`,
  ]);
  return {
    demand: demand.map((r) => ({ ...r, week: iso(r.week) })),
    spend: spend.map((r) => ({ ...r, week: iso(r.week) })),
    promotions: promotions.map((p) => ({ ...p, startDate: iso(p.startDate), endDate: iso(p.endDate) })),
    campaigns: campaigns.map((c) => ({ ...c, startDate: iso(c.startDate), endDate: iso(c.endDate) })),
    macro: macro.map((m) => ({ ...m, week: iso(m.week) })),
    holidays: holidays.map((h) => ({ ...h, date: iso(h.date) })),
  };
}

/** The unit economics in force now: per channel, the row with the latest validFrom. */
export async function fetchCurrentUnitEconomics(datasetId: number): Promise<Record<string, UnitEconomicsRate>> {
  const rows = await prisma().unitEconomics.findMany({ where: { datasetId }, orderBy: { validFrom: "asc" }, include: { channel: { select: { name: true } } } });
  const out: Record<string, UnitEconomicsRate> = {};
  for (const r of rows) out[r.channel.name] = { revenuePerActivation: r.revenuePerActivation, costPerActivation: r.costPerActivation };
  return out;
}

/** National revenue (USD) per week: the mix model's KPI, for the national baseline the Planner and Scenarios use. */
export async function fetchNationalRevenue(datasetId: number): Promise<{ week: string; revenue: number }[]> {
  const rows = await prisma().$queryRaw<{ week: Date; revenue: number }[]>`
    SELECT "week", SUM("revenue")::float8 AS revenue FROM "weekly_demand" WHERE "datasetId" = ${datasetId} GROUP BY "week" ORDER BY "week"`;
  return rows.map((r) => ({ week: iso(r.week), revenue: r.revenue }));
}
