import "server-only";
import { prisma } from "../../db/client";
import type { GeoSourceRows } from "../../mmm/pipeline/mmm-geo-rows";

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Revenue per week × region and spend per week × region × channel (sums in SQL: one row per cell crosses the wire). */
export async function fetchMmmGeoRows(datasetId: number): Promise<GeoSourceRows> {
  const db = prisma();
  const [revenue, spend] = await Promise.all([
    db.$queryRaw<{ week: Date; region: string; revenue: number }[]>`
      SELECT d."week", r."name" AS region, SUM(d."revenue")::float8 AS revenue
      FROM "weekly_demand" d JOIN "region" r ON r."id" = d."regionId"
      WHERE d."datasetId" = ${datasetId} GROUP BY d."week", r."name"`,
    db.$queryRaw<{ week: Date; region: string; channel: string; spend: number }[]>`
      SELECT s."week", r."name" AS region, c."name" AS channel, SUM(s."spend")::float8 AS spend
      FROM "weekly_spend" s JOIN "region" r ON r."id" = s."regionId" JOIN "channel" c ON c."id" = s."channelId"
      WHERE s."datasetId" = ${datasetId} GROUP BY s."week", r."name", c."name"`,
  ]);
  return {
    revenue: revenue.map((r) => ({ week: iso(r.week), region: r.region, revenue: r.revenue })),
    spend: spend.map((s) => ({ week: iso(s.week), region: s.region, channel: s.channel, spend: s.spend })),
  };
}
