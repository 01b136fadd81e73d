import "server-only";
import { prisma } from "../db/client";
import type { ForecastPanelRows } from "../forecast-view/forecast-panel";
import type { UnitEconomicsRate } from "../forecast-view/cost-rates";

/** Everything the forecast fit reads from a dataset: weekly demand, spend, promotions, campaigns, macro, holidays, unit economics. */
const iso = (d: Date) => d.toISOString().slice(0, 10);

export async function fetchForecastPanelRows(datasetId: number): Promise<ForecastPanelRows> {
  const db = prisma();
  const [channels, regions] = await Promise.all([
    db.channel.findMany({ where: { datasetId }, select: { id: true, name: true } }),
    db.region.findMany({ where: { datasetId }, select: { id: true, name: true } }),
  ]);
  const channel = new Map(channels.map((c) => [c.id, c.name]));
  const region = new Map(regions.map((r) => [r.id, r.name]));
  const [demand, spend, promotions, campaigns, macro, holidays] = await Promise.all([
    db.weeklyDemand.findMany({ where: { datasetId }, select: { week: true, channelId: true, regionId: true, activations: true } }),
    db.weeklySpend.findMany({ where: { datasetId }, select: { week: true, channelId: true, regionId: true, spend: true } }),
    db.promotion.findMany({ where: { datasetId }, select: { regionId: true, discountPct: true, startDate: true, endDate: true } }),
    db.campaign.findMany({ where: { datasetId }, select: { channelId: true, regionId: true, budget: true, startDate: true, endDate: true } }),
    db.macroIndicator.findMany({ where: { datasetId }, select: { week: true, name: true, value: true } }),
    db.holiday.findMany({ where: { datasetId }, select: { date: true, name: true, regionId: true } }),
  ]);
  return {
    demand: demand.map((r) => ({ week: iso(r.week), channel: channel.get(r.channelId)!, region: region.get(r.regionId)!, activations: r.activations })),
    spend: spend.map((r) => ({ week: iso(r.week), channel: channel.get(r.channelId)!, region: region.get(r.regionId)!, spend: r.spend })),
    promotions: promotions.map((p) => ({ region: region.get(p.regionId)!, discountPct: p.discountPct, startDate: iso(p.startDate), endDate: iso(p.endDate) })),
    campaigns: campaigns.map((c) => ({ channel: channel.get(c.channelId)!, region: c.regionId === null ? null : region.get(c.regionId)!, budget: c.budget, startDate: iso(c.startDate), endDate: iso(c.endDate) })),
    macro: macro.map((m) => ({ week: iso(m.week), name: m.name, value: m.value })),
    holidays: holidays.map((h) => ({ date: iso(h.date), name: h.name, region: h.regionId === null ? null : region.get(h.regionId)! })),
  };
}

/** The unit economics in force now: per channel, the row with the latest validFrom. */
export async function fetchCurrentUnitEconomics(datasetId: number): Promise<Record<string, UnitEconomicsRate>> {
  const rows = await prisma().unitEconomics.findMany({ where: { datasetId }, orderBy: { validFrom: "asc" }, include: { channel: { select: { name: true } } } });
  const out: Record<string, UnitEconomicsRate> = {};
  for (const r of rows) out[r.channel.name] = { revenuePerActivation: r.revenuePerActivation, costPerActivation: r.costPerActivation };
  return out;
}
