import "server-only";
import { prisma } from "../../db/client";
import { buildExploration, type DriverSeries, type Exploration } from "../../explore";
import { mondayOf, weeklyCampaignBudget, weeklyPromotions } from "../../explore/weekly-drivers";
import { fetchDatasetVersion } from "./datasets";
import { memo } from "../memo";

export const EXPLORE_KPIS = ["revenue", "activations"] as const;
export type ExploreKpi = (typeof EXPLORE_KPIS)[number];
export type ExploreFilter = { kpi: ExploreKpi; channel?: string; region?: string };

export type ExplorePageData = {
  datasetVersion: number;
  channels: { name: string; label: string }[];
  regions: string[];
  filter: ExploreFilter;
  exploration: Exploration | null;
  /** milliseconds spent reading and computing when this entry was first built (0 on later hits) */
  computeMs: number;
};

const iso = (d: Date) => d.toISOString().slice(0, 10);

const MACRO_UNITS: Record<string, string> = { unemployment: "%", inflation: "%", interest_rate: "%", consumer_confidence: "index" };

/**
 * The Explore page's data for the active dataset: the KPI per week (revenue or activations, for the channel/region
 * filter) against every driver, explored by lib/explore. Computed once per dataset version and filter and kept in the
 * in-process memo, so later opens only pay for rendering.
 */
export async function fetchExplorePageData(datasetId: number, filter: ExploreFilter): Promise<ExplorePageData> {
  const version = await fetchDatasetVersion(datasetId);
  const key = `explore:${datasetId}:v${version}:${filter.kpi}:${filter.channel ?? ""}:${filter.region ?? ""}`;
  let fresh = false;
  // 12 h: the key names the dataset version, so new data is seen at once; the TTL only bounds memory.
  const data = await memo(key, 12 * 60 * 60_000, async () => {
    fresh = true;
    const started = performance.now();
    const result = await readExplorePageData(datasetId, version, filter);
    return { ...result, computeMs: performance.now() - started };
  });
  return fresh ? data : { ...data, computeMs: 0 };
}

async function readExplorePageData(datasetId: number, datasetVersion: number, filter: ExploreFilter): Promise<ExplorePageData> {
  const db = prisma();
  const [channelRows, regionRows] = await Promise.all([
    db.channel.findMany({ where: { datasetId }, orderBy: { name: "asc" }, select: { id: true, name: true, label: true } }),
    db.region.findMany({ where: { datasetId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  const channels = channelRows.map((c) => ({ name: c.name, label: c.label || c.name }));
  const regions = regionRows.map((r) => r.name);
  const channelId = filter.channel ? (channelRows.find((c) => c.name === filter.channel)?.id ?? -1) : null;
  const regionId = filter.region ? (regionRows.find((r) => r.name === filter.region)?.id ?? -1) : null;
  const base = { datasetVersion, channels, regions, filter, computeMs: 0 };

  const [kpiRows, spendRows, promotions, campaigns, macro, holidays] = await Promise.all([
    db.$queryRaw<{ week: Date; revenue: number; activations: number }[]>`
      SELECT "week", SUM("revenue")::float8 AS revenue, SUM("activations")::float8 AS activations FROM "weekly_demand"
      WHERE "datasetId" = ${datasetId}
        AND (${channelId}::int IS NULL OR "channelId" = ${channelId}::int)
        AND (${regionId}::int IS NULL OR "regionId" = ${regionId}::int)
      GROUP BY "week" ORDER BY "week"`,
    // Drivers are never filtered by channel: the KPI of one channel is explored against every channel's spend.
    db.$queryRaw<{ week: Date; channelId: number; spend: number; impressions: number | null; clicks: number | null }[]>`
      SELECT "week", "channelId", SUM("spend")::float8 AS spend, SUM("impressions")::float8 AS impressions, SUM("clicks")::float8 AS clicks
      FROM "weekly_spend" WHERE "datasetId" = ${datasetId} AND (${regionId}::int IS NULL OR "regionId" = ${regionId}::int)
      GROUP BY "week", "channelId"`,
    db.promotion.findMany({
      where: { datasetId, salesAmount: { not: null }, ...(regionId !== null ? { regionId } : {}) },
      select: { startDate: true, endDate: true, discountPct: true },
    }),
    db.campaign.findMany({
      where: { datasetId, ...(regionId !== null ? { OR: [{ regionId }, { regionId: null }] } : {}) },
      select: { startDate: true, endDate: true, budget: true },
    }),
    db.macroIndicator.findMany({ where: { datasetId }, select: { week: true, name: true, value: true } }),
    db.holiday.findMany({ where: { datasetId, ...(regionId !== null ? { OR: [{ regionId }, { regionId: null }] } : {}) }, select: { date: true, name: true } }),
  ]);
  if (kpiRows.length === 0) return { ...base, exploration: null };

  const weeks = kpiRows.map((r) => iso(r.week));
  const at = new Map(weeks.map((w, i) => [w, i]));
  const n = weeks.length;
  const drivers: DriverSeries[] = [];

  // A channel without a row in a week that has spend rows spent nothing; a week with no spend rows at all is unknown.
  const spendWeeks = new Set(spendRows.map((r) => iso(r.week)));
  for (const c of channelRows) {
    const label = c.label || c.name;
    const rows = spendRows.filter((r) => r.channelId === c.id);
    if (!rows.length) continue;
    const spend = weeks.map((w) => (spendWeeks.has(w) ? 0 : Number.NaN));
    const impressions = new Array<number>(n).fill(Number.NaN);
    const clicks = new Array<number>(n).fill(Number.NaN);
    for (const r of rows) {
      const i = at.get(iso(r.week));
      if (i === undefined) continue;
      spend[i] = r.spend;
      if (r.impressions !== null) impressions[i] = r.impressions;
      if (r.clicks !== null) clicks[i] = r.clicks;
    }
    drivers.push({ key: `spend:${c.name}`, label: `${label} spend`, group: "spend", unit: "USD/week", values: spend, channel: c.name });
    if (impressions.some(Number.isFinite))
      drivers.push({
        key: `impressions:${c.name}`,
        label: `${label} impressions`,
        group: "impressions",
        unit: "impressions/week",
        values: impressions,
        channel: c.name,
      });
    if (clicks.some(Number.isFinite))
      drivers.push({ key: `clicks:${c.name}`, label: `${label} clicks`, group: "clicks", unit: "clicks/week", values: clicks, channel: c.name });
  }

  let promotionsActive: number[] | null = null;
  if (promotions.length) {
    const p = weeklyPromotions(
      weeks,
      promotions.map((x) => ({ startDate: iso(x.startDate), endDate: iso(x.endDate), discountPct: x.discountPct })),
    );
    promotionsActive = p.active;
    drivers.push({ key: "promotions:active", label: "promotions running", group: "promotions", unit: "count", values: p.active });
    drivers.push({ key: "promotions:discount", label: "average promotion discount", group: "promotions", unit: "%", values: p.avgDiscount });
  }
  if (campaigns.length) {
    drivers.push({
      key: "campaigns:budget",
      label: "campaign budget",
      group: "campaigns",
      unit: "USD/week",
      values: weeklyCampaignBudget(
        weeks,
        campaigns.map((c) => ({ startDate: iso(c.startDate), endDate: iso(c.endDate), budget: c.budget })),
      ),
    });
  }
  for (const name of [...new Set(macro.map((m) => m.name))].sort()) {
    const values = new Array<number>(n).fill(Number.NaN);
    for (const m of macro) {
      if (m.name !== name) continue;
      const i = at.get(iso(m.week));
      if (i !== undefined) values[i] = m.value;
    }
    drivers.push({ key: `macro:${name}`, label: name.replace(/_/g, " "), group: "macro", unit: MACRO_UNITS[name] ?? "value", values });
  }

  const holidayWeeks = new Map<string, Set<string>>();
  for (const h of holidays) {
    if (!holidayWeeks.has(h.name)) holidayWeeks.set(h.name, new Set());
    holidayWeeks.get(h.name)!.add(mondayOf(iso(h.date)));
  }

  const kpiName = filter.kpi;
  const exploration = buildExploration({
    weeks,
    kpi: {
      name: kpiName,
      label: kpiName === "revenue" ? "Revenue" : "Activations",
      unit: kpiName === "revenue" ? "USD/week" : "activations/week",
      values: kpiRows.map((r) => (kpiName === "revenue" ? r.revenue : r.activations)),
    },
    drivers,
    holidays: [...holidayWeeks].map(([name, ws]) => ({ name, weeks: [...ws] })),
    promotionsActive,
  });
  return { ...base, exploration };
}
