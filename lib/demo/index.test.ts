import { beforeAll, describe, expect, it } from "vitest";
import { adstockWeights, hillResponse } from "../math/response-curve";
import { isMonday } from "./calendar";
import { DEMO_DATASET_NAME, generateDemoDataset, type DemoDataset } from "./index";
import { simulateDemo, type DemoInternals } from "./simulate-demo";

let data: DemoDataset;
let internals: DemoInternals;
beforeAll(() => {
  ({ dataset: data, internals } = simulateDemo());
});

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);
function correlation(a: readonly number[], b: readonly number[]): number {
  const ma = sum(a) / a.length;
  const mb = sum(b) / b.length;
  let sab = 0,
    saa = 0,
    sbb = 0;
  a.forEach((x, i) => {
    sab += (x - ma) * (b[i] - mb);
    saa += (x - ma) ** 2;
    sbb += (b[i] - mb) ** 2;
  });
  return sab / Math.sqrt(saa * sbb);
}
function nationalSpend(d: DemoDataset, channel: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const r of d.spend) if (r.channel === channel) m.set(r.week, (m.get(r.week) ?? 0) + r.spend);
  return m;
}

describe("generateDemoDataset", () => {
  it("is deterministic in its seed", () => {
    const again = generateDemoDataset({ seed: 42 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(data));
    const other = generateDemoDataset({ seed: 43 });
    expect(other.demand.map((r) => r.activations)).not.toEqual(data.demand.map((r) => r.activations));
    expect(other.spend.map((r) => r.spend)).not.toEqual(data.spend.map((r) => r.spend));
    expect(other.promotions.map((r) => r.salesAmount)).not.toEqual(data.promotions.map((r) => r.salesAmount));
  });

  it("rejects too few weeks and non-integer seeds by name", () => {
    expect(() => generateDemoDataset({ weeks: 10 })).toThrow(/generateDemoDataset: weeks/);
    expect(() => generateDemoDataset({ seed: 1.5 })).toThrow(/generateDemoDataset: seed/);
  });

  it("honours the weeks option and still ends on 2026-11-16", () => {
    const short = generateDemoDataset({ weeks: 156 });
    expect(short.truth.weeks).toBe(156);
    expect(short.truth.lastWeek).toBe("2026-11-16");
    expect(short.demand).toHaveLength(156 * 6 * 4);
  });

  it("has the documented names, channels, regions and window", () => {
    expect(data.name).toBe(DEMO_DATASET_NAME);
    expect(data.channels.map((c) => c.name)).toEqual(["search", "social", "video", "display", "email", "affiliate"]);
    expect(data.regions).toEqual(["north", "south", "east", "west"]);
    expect(data.truth.firstWeek).toBe("2022-11-28");
    expect(data.truth.lastWeek).toBe("2026-11-16");
    expect(data.unitEconomics.every((u) => u.costPerActivation < u.revenuePerActivation)).toBe(true);
  });

  it("has the contracted row counts", () => {
    expect(data.demand).toHaveLength(208 * 6 * 4);
    expect(data.spend).toHaveLength(208 * 6 * 4);
    expect(data.macro).toHaveLength(208 * 4);
    expect(Math.abs(data.promotions.length - 10_000)).toBeLessThanOrEqual(1_000);
    expect(Math.abs(data.campaigns.length - 1_000)).toBeLessThanOrEqual(150);
    expect(Math.abs(data.serviceInteractions.length - 3_000)).toBeLessThanOrEqual(300);
    expect(data.liftTests.length).toBeGreaterThanOrEqual(3);
    expect(new Set(data.liftTests.map((l) => l.channel)).size).toBe(data.liftTests.length);
  });

  it("uses Mondays for every weekly table and unique keys", () => {
    for (const rows of [data.demand, data.spend, data.macro]) expect(rows.every((r) => isMonday(r.week))).toBe(true);
    expect(new Set(data.demand.map((r) => `${r.week}|${r.channel}|${r.region}`)).size).toBe(data.demand.length);
    expect(new Set(data.promotions.map((p) => p.promotionId)).size).toBe(data.promotions.length);
    expect(new Set(data.campaigns.map((c) => c.campaignId)).size).toBe(data.campaigns.length);
    expect(new Set(data.holidays.map((h) => `${h.date}|${h.name}|${h.region}`)).size).toBe(data.holidays.length);
  });

  it("has finite, non-negative numbers and revenue = activations × revenue per activation", () => {
    expect(data.spend.every((r) => Number.isFinite(r.spend) && r.spend >= 0)).toBe(true);
    expect(data.demand.every((r) => Number.isFinite(r.revenue) && r.activations >= 0 && Number.isInteger(r.activations))).toBe(true);
    expect(data.macro.every((r) => Number.isFinite(r.value))).toBe(true);
    const rpa = new Map(data.unitEconomics.map((u) => [u.channel, u.revenuePerActivation]));
    for (const r of data.demand.slice(0, 500)) expect(r.revenue).toBeCloseTo(r.activations * rpa.get(r.channel)!, 6);
  });

  it("keeps macro indicators in their plausible ranges", () => {
    const ranges: Record<string, [number, number]> = {
      unemployment: [3, 8],
      inflation: [1, 6],
      interest_rate: [0.5, 5.5],
      consumer_confidence: [80, 120],
    };
    for (const r of data.macro) {
      expect(r.value).toBeGreaterThanOrEqual(ranges[r.name][0]);
      expect(r.value).toBeLessThanOrEqual(ranges[r.name][1]);
    }
  });

  it("has realistic flighting: social follows search, video and affiliate go dark", () => {
    const weeks = internals.weeks;
    const search = nationalSpend(data, "search");
    const social = nationalSpend(data, "social");
    const r = correlation(
      weeks.map((w) => search.get(w)!),
      weeks.map((w) => social.get(w)!),
    );
    expect(r).toBeGreaterThanOrEqual(0.6);
    expect(r).toBeLessThanOrEqual(0.8);
    const video = nationalSpend(data, "video");
    const dark = weeks.filter((w) => video.get(w) === 0).length;
    expect(dark).toBeGreaterThan(30);
    expect(dark).toBeLessThan(150);
    expect(weeks.some((w) => nationalSpend(data, "affiliate").get(w) === 0)).toBe(true);
    expect(weeks.every((w) => search.get(w)! > 0)).toBe(true);
  });

  it("stores ROI = contribution / spend, with spend equal to the spend table", () => {
    for (const c of data.truth.channels) {
      expect(c.roi).toBeCloseTo(c.contribution / c.spend, 10);
      expect(c.spend).toBeCloseTo(sum(data.spend.filter((r) => r.channel === c.name).map((r) => r.spend)), 2);
      expect(c.contribution).toBeCloseTo(sum(internals.mediaEffects[c.name]), 4);
    }
  });

  it("has realistic, differing true ROIs and a 20–35 % media share", () => {
    const rois = data.truth.channels.map((c) => c.roi);
    expect(Math.min(...rois)).toBeGreaterThanOrEqual(0.4);
    expect(Math.max(...rois)).toBeLessThanOrEqual(5.5);
    expect(Math.max(...rois) / Math.min(...rois)).toBeGreaterThan(3);
    expect(data.truth.media.shareOfRevenue).toBeGreaterThanOrEqual(0.2);
    expect(data.truth.media.shareOfRevenue).toBeLessThanOrEqual(0.35);
    expect(data.truth.channels.some((c) => c.adstock.type !== "geometric")).toBe(true);
  });

  it("reproduces one week's national media effect from the spend table and the true adstock/Hill", () => {
    const t = 120;
    const week = internals.weeks[t];
    for (const c of data.truth.channels) {
      const spend = nationalSpend(data, c.name);
      const weights = adstockWeights(c.adstock);
      weights.forEach((w, l) => expect(c.adstockWeights[l]).toBeCloseTo(w, 6));
      let adstocked = 0;
      weights.forEach((w, l) => (adstocked += w * spend.get(internals.weeks[t - l])!));
      expect(internals.weeks[t]).toBe(week);
      expect(hillResponse(c.saturation, adstocked)).toBeCloseTo(internals.mediaEffects[c.name][t], 3);
    }
  });

  it("puts the media effect into demand: expected channel revenue exceeds its organic part when spend is on", () => {
    // Video's national revenue is higher in flight weeks than in dark weeks, all else averaged out.
    const video = nationalSpend(data, "video");
    const revenue = new Map<string, number>();
    for (const r of data.demand) if (r.channel === "video") revenue.set(r.week, (revenue.get(r.week) ?? 0) + r.revenue);
    const on = internals.weeks.slice(12).filter((w) => video.get(w)! > 0);
    const off = internals.weeks.slice(12).filter((w) => video.get(w) === 0);
    const mean = (ws: string[]) => sum(ws.map((w) => revenue.get(w)!)) / ws.length;
    expect(mean(on) - mean(off)).toBeGreaterThan(0);
  });

  it("lets a perfect national model reach R² around 0.9", () => {
    expect(data.truth.noise.nationalOracleR2).toBeGreaterThan(0.88);
    expect(data.truth.noise.nationalOracleR2).toBeLessThan(0.98);
  });

  it("has 35–65 % of observed promotions selling and ~150 planned ones without sales", () => {
    const observed = data.promotions.filter((p) => p.salesAmount !== null);
    const sold = observed.filter((p) => p.salesAmount! > 0).length / observed.length;
    expect(sold).toBeGreaterThanOrEqual(0.35);
    expect(sold).toBeLessThanOrEqual(0.65);
    const planned = data.promotions.filter((p) => p.salesAmount === null);
    expect(planned.length).toBeGreaterThanOrEqual(120);
    expect(planned.length).toBeLessThanOrEqual(180);
    const lastDay = "2026-11-22";
    expect(planned.every((p) => p.startDate > lastDay && p.salesCount === null)).toBe(true);
    expect(observed.every((p) => p.startDate <= lastDay)).toBe(true);
    expect(data.promotions.every((p) => p.discountPct >= 5 && p.discountPct <= 50 && p.cost > 0)).toBe(true);
  });

  it("has 20–40 % low satisfaction, ~150 open interactions in the last 2 weeks and repeat customers", () => {
    const closed = data.serviceInteractions.filter((i) => i.satisfaction !== null);
    const low = closed.filter((i) => i.satisfaction! <= 2).length / closed.length;
    expect(low).toBeGreaterThanOrEqual(0.2);
    expect(low).toBeLessThanOrEqual(0.4);
    const open = data.serviceInteractions.filter((i) => i.satisfaction === null);
    expect(open.length).toBeGreaterThanOrEqual(120);
    expect(open.every((i) => i.occurredAt >= "2026-11-09")).toBe(true);
    const customers = new Set(data.serviceInteractions.map((i) => i.customerId)).size;
    expect(customers).toBeGreaterThan(900);
    expect(customers).toBeLessThan(1500);
    expect(closed.every((i) => Number.isInteger(i.satisfaction) && i.satisfaction! >= 1 && i.satisfaction! <= 5)).toBe(true);
  });

  it("books campaign budgets close to the spend in their window", () => {
    const total = sum(data.campaigns.map((c) => c.budget));
    expect(Math.abs(total / data.truth.totals.spend - 1)).toBeLessThan(0.02);
    expect(data.campaigns.every((c) => isMonday(c.startDate) && c.endDate > c.startDate && c.reach > 0)).toBe(true);
    // Each campaign's budget is the spend booked in its own weeks (± plan-vs-actual noise).
    for (const c of data.campaigns.filter((_, i) => i % 50 === 0)) {
      const booked = sum(
        data.spend
          .filter((r) => r.channel === c.channel && (c.region === null || r.region === c.region) && r.week >= c.startDate && r.week <= c.endDate)
          .map((r) => r.spend),
      );
      expect(Math.abs(c.budget / booked - 1)).toBeLessThan(0.15);
    }
  });

  it("measures lift tests around the true in-window incremental revenue", () => {
    for (const l of data.liftTests) {
      const truth = sum(internals.weeks.map((w, t) => (w >= l.startDate && w <= l.endDate ? internals.mediaEffects[l.channel][t] : 0)));
      expect(truth).toBeGreaterThan(0);
      expect(Math.abs(l.incrementalKpi / truth - 1)).toBeLessThan(0.4);
      expect(l.standardError / l.incrementalKpi).toBeCloseTo(0.1, 6);
      expect(isMonday(l.startDate)).toBe(true);
    }
  });

  it("keeps the truth compact and JSON-serialisable", () => {
    const json = JSON.stringify(data.truth);
    expect(JSON.parse(json)).toEqual(data.truth);
    expect(json.length).toBeLessThan(20_000);
  });
});
