import type { MmmInput } from "..";
import type { GeoMmmInput } from "../geo-types";

export type GeoSourceRows = {
  /** Revenue per week and region (USD), summed over channels. */
  revenue: { week: string; region: string; revenue: number }[];
  /** Spend per week, region and channel (USD). */
  spend: { week: string; region: string; channel: string; spend: number }[];
};

/**
 * The geo model's panel on the national model's window, channels and controls: one series per region. A region with
 * no revenue row in some week of the window leaves the panel incomplete, and then there is no geo input (null: the
 * fit falls back to the national model and says why); a missing spend row is no spend. The national controls
 * (macro, promotions, holidays) enter every region's own baseline; the national lift tests carry over as they are
 * (each measured the whole country). Fewer than 2 regions → null.
 * @example buildGeoInput(rows, national)?.geos.map((g) => g.name) // ["east", "north", "south", "west"]
 */
export function buildGeoInput(rows: GeoSourceRows, national: MmmInput): { input: GeoMmmInput | null; reason: string | null } {
  const weeks = national.dates,
    n = weeks.length;
  const at = new Map(weeks.map((w, i) => [w, i]));
  const channels = national.media.map((m) => m.name);
  const ch = new Map(channels.map((c, i) => [c, i]));
  const regions = [...new Set(rows.revenue.map((r) => r.region))].sort();
  if (regions.length < 2) return { input: null, reason: regions.length ? "the data have one region only" : "the data have no regions" };
  const kpi = new Map(regions.map((r) => [r, new Array<number>(n).fill(NaN)]));
  for (const r of rows.revenue) {
    const i = at.get(r.week.slice(0, 10));
    if (i !== undefined) kpi.get(r.region)![i] = (Number.isNaN(kpi.get(r.region)![i]) ? 0 : kpi.get(r.region)![i]) + r.revenue;
  }
  for (const [region, series] of kpi) {
    const gap = series.findIndex((v) => Number.isNaN(v));
    if (gap >= 0) return { input: null, reason: `region "${region}" has no revenue in week ${weeks[gap]}` };
  }
  const spend = new Map(regions.map((r) => [r, channels.map(() => new Array<number>(n).fill(0))]));
  for (const s of rows.spend) {
    const i = at.get(s.week.slice(0, 10)),
      c = ch.get(s.channel),
      series = spend.get(s.region);
    if (i !== undefined && c !== undefined && series) series[c][i] += s.spend;
  }
  const controls = [
    ...(national.controls ?? []).map((c) => ({ name: c.name, values: c.values.slice() })),
    ...(national.holidays ? [{ name: "holidays", values: national.holidays.slice() }] : []),
  ];
  return {
    input: {
      dates: weeks.slice(),
      kpiName: national.kpiName,
      channels,
      geos: regions.map((name) => ({
        name,
        kpi: kpi.get(name)!,
        spend: spend.get(name)!,
        controls: controls.map((c) => ({ name: c.name, values: c.values.slice() })),
      })),
      revenuePerActivation: national.revenuePerActivation,
      ...(national.liftTests?.length ? { liftTests: national.liftTests.map((l) => ({ ...l })) } : {}),
    },
    reason: null,
  };
}

/**
 * Per-region true ROI on the demo. The demo's media effect in a region is the region's fixed share of the NATIONAL
 * effect (lib/demo/demand.ts: regionShare · mediaEffect(channel), the effect driven by national spend), so a region's
 * true contribution is share × the channel's true national contribution, and its true ROI that over the region's own
 * spend in the window.
 */
export function demoRegionalTruth(
  regionShares: Record<string, number>,
  channels: { name: string; contribution: number }[],
  geos: { name: string; channels: { name: string; spend: number }[] }[],
): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const g of geos) {
    const share = regionShares[g.name];
    if (share === undefined) continue;
    out[g.name] = {};
    for (const c of g.channels) {
      const truth = channels.find((t) => t.name === c.name);
      if (truth && c.spend > 0) out[g.name][c.name] = (share * truth.contribution) / c.spend;
    }
  }
  return out;
}
