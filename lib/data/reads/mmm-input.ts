import "server-only";
import { prisma } from "../../db/client";
import type { DemoTruth } from "../../demo/types";
import type { MmmInput } from "../../mmm";
import { buildMmmNationalInput, mmmWeekWindow } from "../../mmm/pipeline/mmm-national-input";
import type { IncompleteWeek } from "../../weeks/complete-weeks";

/** What one activation earns and costs to serve, per channel (the latest row by validFrom). */
export type ChannelUnitEconomics = { revenuePerActivation: number; costPerActivation: number };

export type MmmData = {
  input: MmmInput;
  unitEconomics: Record<string, ChannelUnitEconomics>;
  labels: Record<string, string>;
  /** The demo's generating parameters (null for imported data, whose truth nobody knows). */
  truth: DemoTruth | null;
  /** Weeks left out because revenue or spend is not imported for them (lib/weeks/complete-weeks.ts). */
  incompleteWeeks: IncompleteWeek[];
};

const iso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Everything the mix-model fit reads from the database for one dataset: the national weekly input (revenue in USD,
 * spend per channel, macro, promotions, holidays, lift tests), unit economics for cost per activation, channel labels
 * and, on the demo, the true parameters.
 * Sums run in SQL so only one row per week (and channel) crosses the wire.
 */
export async function fetchMmmData(datasetId: number): Promise<MmmData> {
  const db = prisma();
  const [dataset, revenue, spend, macro, holidays, promotions, liftTests, economics, channels] = await Promise.all([
    db.dataset.findUnique({ where: { id: datasetId }, select: { isDemo: true, truth: true } }),
    db.$queryRaw<{ week: Date; revenue: number }[]>`
      SELECT "week", SUM("revenue")::float8 AS revenue FROM "weekly_demand" WHERE "datasetId" = ${datasetId} GROUP BY "week" ORDER BY "week"`,
    db.$queryRaw<{ week: Date; channel: string; spend: number }[]>`
      SELECT s."week", c."name" AS channel, SUM(s."spend")::float8 AS spend
      FROM "weekly_spend" s JOIN "channel" c ON c."id" = s."channelId"
      WHERE s."datasetId" = ${datasetId} GROUP BY s."week", c."name"`,
    db.macroIndicator.findMany({ where: { datasetId }, select: { week: true, name: true, value: true } }),
    db.holiday.findMany({ where: { datasetId }, select: { date: true, name: true } }),
    db.promotion.findMany({ where: { datasetId }, select: { startDate: true, endDate: true, discountPct: true, salesAmount: true } }),
    db.liftTest.findMany({ where: { datasetId }, include: { channel: { select: { name: true } } }, orderBy: { startDate: "asc" } }),
    db.unitEconomics.findMany({ where: { datasetId }, include: { channel: { select: { name: true } } }, orderBy: { validFrom: "asc" } }),
    db.channel.findMany({ where: { datasetId }, select: { name: true, label: true } }),
  ]);
  if (!dataset) throw new Error(`Dataset ${datasetId} does not exist`);
  const sourceRows = {
    revenue: revenue.map((r) => ({ week: iso(r.week), revenue: r.revenue })),
    spend: spend.map((r) => ({ week: iso(r.week), channel: r.channel, spend: r.spend })),
    macro: macro.map((r) => ({ week: iso(r.week), name: r.name, value: r.value })),
    holidays: holidays.map((h) => ({ date: iso(h.date), name: h.name })),
    promotions: promotions.map((p) => ({ startDate: iso(p.startDate), endDate: iso(p.endDate), discountPct: p.discountPct, salesAmount: p.salesAmount })),
    liftTests: liftTests.map((l) => ({
      channel: l.channel.name,
      startDate: iso(l.startDate),
      endDate: iso(l.endDate),
      incrementalKpi: l.incrementalKpi,
      standardError: l.standardError,
    })),
  };
  const input = buildMmmNationalInput(sourceRows);
  // Ordered by validFrom, so the last row written per channel is the one in force now.
  const unitEconomics: Record<string, ChannelUnitEconomics> = {};
  for (const e of economics) unitEconomics[e.channel.name] = { revenuePerActivation: e.revenuePerActivation, costPerActivation: e.costPerActivation };
  const labels = Object.fromEntries(channels.map((c) => [c.name, c.label || c.name]));
  return {
    input,
    unitEconomics,
    labels,
    incompleteWeeks: mmmWeekWindow(sourceRows).incomplete,
    truth: dataset.isDemo && dataset.truth ? (dataset.truth as unknown as DemoTruth) : null,
  };
}
