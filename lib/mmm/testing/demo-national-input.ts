import type { MmmInput } from "../model-types";

/** The parts of lib/demo's DemoDataset a national mix model needs (structural, so lib/mmm does not depend on lib/demo). */
export type DemoLikeDataset = {
  spend: { week: string; channel: string; spend: number }[];
  demand: { week: string; revenue: number }[];
  macro: { week: string; name: string; value: number }[];
  holidays: { date: string; name: string; region: string | null }[];
  promotions: { startDate: string; endDate: string; discountPct: number; salesAmount: number | null }[];
  liftTests: { channel: string; startDate: string; endDate: string; incrementalKpi: number; standardError: number }[];
};

/**
 * Aggregates the demo rows (week × channel × region) to one national weekly model input: revenue summed
 * over channels and regions, spend per channel summed over regions, macro indicators as free-sign
 * controls, promotions as the count active and their average discount per week, one dummy per holiday or
 * event (the week containing its date), and optionally the lift tests — the same design as the app's
 * lib/mmm/pipeline/mmm-national-input.ts. Promotions' recorded sales are left out: as a control they absorbed part of
 * paid search's effect (bench, seeds 1–3 without lift tests: search ROI 2.0 / 1.3 / 0.9 with them, 2.3 / 1.6 /
 * 1.1 without, true ≈ 3.0).
 */
export function demoNationalInput(ds: DemoLikeDataset, withLift: boolean): MmmInput {
  const weeks = [...new Set(ds.demand.map((r) => r.week))].sort();
  const at = new Map(weeks.map((w, i) => [w, i]));
  const n = weeks.length;
  const kpi = new Array<number>(n).fill(0);
  for (const r of ds.demand) kpi[at.get(r.week)!] += r.revenue;
  const channels = [...new Set(ds.spend.map((r) => r.channel))];
  const spend: Record<string, number[]> = Object.fromEntries(channels.map((c) => [c, new Array<number>(n).fill(0)]));
  for (const r of ds.spend) if (at.has(r.week)) spend[r.channel][at.get(r.week)!] += r.spend;
  const macroNames = [...new Set(ds.macro.map((r) => r.name))];
  const macro: Record<string, number[]> = Object.fromEntries(macroNames.map((m) => [m, new Array<number>(n).fill(0)]));
  for (const r of ds.macro) if (at.has(r.week)) macro[r.name][at.get(r.week)!] = r.value;
  const active = new Array<number>(n).fill(0),
    discount = new Array<number>(n).fill(0);
  const DAY = 86_400_000,
    WEEK = 7 * DAY;
  const t0 = Date.parse(weeks[0]);
  for (const p of ds.promotions) {
    if (p.salesAmount === null) continue;
    const start = Date.parse(p.startDate),
      end = Date.parse(p.endDate);
    const a = Math.floor((start - t0) / WEEK),
      b = Math.floor((end - t0) / WEEK);
    for (let w = Math.max(0, a); w <= Math.min(n - 1, b); w++) {
      active[w]++;
      discount[w] += p.discountPct;
    }
  }
  const avgDiscount = discount.map((d, i) => (active[i] ? d / active[i] : 0));
  const holidayCols: Record<string, number[]> = {};
  for (const h of ds.holidays) {
    const w = Math.floor((Date.parse(h.date) - t0) / WEEK);
    if (w < 0 || w >= n) continue;
    (holidayCols[h.name] ??= new Array<number>(n).fill(0))[w] = 1;
  }
  return {
    dates: weeks,
    kpi,
    kpiName: "revenue",
    media: channels.map((name) => ({ name, spend: spend[name] })),
    controls: [
      ...macroNames.map((name) => ({ name, values: macro[name] })),
      { name: "promo_active", values: active, sign: "positive" as const },
      { name: "promo_avg_discount", values: avgDiscount },
      ...Object.entries(holidayCols).map(([name, values]) => ({ name: `holiday_${name}`, values })),
    ],
    liftTests: withLift
      ? ds.liftTests.map((l) => ({ channel: l.channel, start: l.startDate, end: l.endDate, incrementalKpi: l.incrementalKpi, standardError: l.standardError }))
      : undefined,
  };
}
