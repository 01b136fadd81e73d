import "server-only";
import { prisma } from "../../db/client";
import { fetchDatasetVersion } from "./datasets";
import { memo } from "../memo";
import type { IncompleteWeek } from "../../weeks/complete-weeks";
import { fetchWeekWindow } from "./week-window";

/** Weekly revenue, activations and spend per channel for the Overview, optionally filtered by channel/region. */
export type OverviewFilter = { channel?: string; region?: string };

export type WeeklyChannelPoint = { week: string; channel: string; revenue: number; activations: number; spend: number };

export type OverviewData = {
  channels: string[];
  regions: string[];
  weekly: WeeklyChannelPoint[];
  byRegion: { region: string; revenue: number; spend: number; activations: number }[];
  firstWeek: string | null;
  lastWeek: string | null;
  /** Weeks with demand or spend but not both: left out of everything above (lib/weeks/complete-weeks.ts). */
  incompleteWeeks: IncompleteWeek[];
};

export async function fetchOverview(datasetId: number, filter: OverviewFilter): Promise<OverviewData> {
  const version = await fetchDatasetVersion(datasetId);
  return memo(`overview:${datasetId}:v${version}:${filter.channel ?? ""}:${filter.region ?? ""}`, 10 * 60_000, () => readOverview(datasetId, filter));
}

async function readOverview(datasetId: number, filter: OverviewFilter): Promise<OverviewData> {
  const db = prisma();
  // Only complete weeks (demand and spend both in) count: a week whose spend is not imported yet would read as $0.
  const window = await fetchWeekWindow(datasetId);
  const complete = window.complete;
  const [channels, regions] = await Promise.all([
    db.channel.findMany({ where: { datasetId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.region.findMany({ where: { datasetId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  const channelId = filter.channel ? (channels.find((c) => c.name === filter.channel)?.id ?? -1) : null;
  const regionId = filter.region ? (regions.find((r) => r.name === filter.region)?.id ?? -1) : null;

  // Demand and spend are aggregated separately and joined in memory: a week may have spend but no demand row.
  const [demand, spend, byRegion] = await Promise.all([
    db.$queryRaw<{ week: Date; channel: string; revenue: number; activations: number }[]>`
      SELECT d."week", c."name" AS channel, SUM(d."revenue")::float8 AS revenue, SUM(d."activations")::float8 AS activations
      FROM "weekly_demand" d JOIN "channel" c ON c."id" = d."channelId"
      WHERE d."datasetId" = ${datasetId} AND d."week" = ANY(${complete}::date[])
        AND (${channelId}::int IS NULL OR d."channelId" = ${channelId}::int)
        AND (${regionId}::int IS NULL OR d."regionId" = ${regionId}::int)
      GROUP BY d."week", c."name" ORDER BY d."week"`,
    db.$queryRaw<{ week: Date; channel: string; spend: number }[]>`
      SELECT s."week", c."name" AS channel, SUM(s."spend")::float8 AS spend
      FROM "weekly_spend" s JOIN "channel" c ON c."id" = s."channelId"
      WHERE s."datasetId" = ${datasetId} AND s."week" = ANY(${complete}::date[])
        AND (${channelId}::int IS NULL OR s."channelId" = ${channelId}::int)
        AND (${regionId}::int IS NULL OR s."regionId" = ${regionId}::int)
      GROUP BY s."week", c."name"`,
    db.$queryRaw<{ region: string; revenue: number; activations: number; spend: number }[]>`
      SELECT r."name" AS region,
        COALESCE((SELECT SUM(d."revenue") FROM "weekly_demand" d WHERE d."regionId" = r."id" AND d."week" = ANY(${complete}::date[]) AND (${channelId}::int IS NULL OR d."channelId" = ${channelId}::int)), 0)::float8 AS revenue,
        COALESCE((SELECT SUM(d."activations") FROM "weekly_demand" d WHERE d."regionId" = r."id" AND d."week" = ANY(${complete}::date[]) AND (${channelId}::int IS NULL OR d."channelId" = ${channelId}::int)), 0)::float8 AS activations,
        COALESCE((SELECT SUM(s."spend") FROM "weekly_spend" s WHERE s."regionId" = r."id" AND s."week" = ANY(${complete}::date[]) AND (${channelId}::int IS NULL OR s."channelId" = ${channelId}::int)), 0)::float8 AS spend
      FROM "region" r WHERE r."datasetId" = ${datasetId} AND (${regionId}::int IS NULL OR r."id" = ${regionId}::int)
      ORDER BY r."name"`,
  ]);

  const key = (week: string, channel: string) => `${week}|${channel}`;
  const points = new Map<string, WeeklyChannelPoint>();
  for (const d of demand) {
    const week = d.week.toISOString().slice(0, 10);
    points.set(key(week, d.channel), { week, channel: d.channel, revenue: d.revenue, activations: d.activations, spend: 0 });
  }
  for (const s of spend) {
    const week = s.week.toISOString().slice(0, 10);
    const p = points.get(key(week, s.channel)) ?? { week, channel: s.channel, revenue: 0, activations: 0, spend: 0 };
    p.spend = s.spend;
    points.set(key(week, s.channel), p);
  }
  const weekly = [...points.values()].sort((a, b) => (a.week < b.week ? -1 : a.week > b.week ? 1 : a.channel.localeCompare(b.channel)));
  return {
    channels: channels.map((c) => c.name),
    regions: regions.map((r) => r.name),
    weekly,
    byRegion,
    firstWeek: weekly[0]?.week ?? null,
    lastWeek: weekly.at(-1)?.week ?? null,
    incompleteWeeks: window.incomplete,
  };
}
