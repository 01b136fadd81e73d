import { describe, expect, it } from "vitest";
import { fitMarketingMixModel, marginalResponse, predictWeeklyResponse, type MmmResult } from "./index";
import { simulateMixData, SIX_CHANNELS, type SimChannel } from "./testing/simulate";
import { generateCase } from "@/bench/decisions";
import { NATIONAL_SHAPE_STRESS } from "./draw-shape-stress";

// Bounded effort so the suite stays fast on a shared 2-core machine.
const FAST = { iterations: 80, bootstrap: 80 };
const relErr = (est: number, truth: number) => Math.abs(est - truth) / truth;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

describe("fitMarketingMixModel — recovery on simulated data with known parameters", () => {
  const { input, truth } = simulateMixData({ seed: 11, channels: SIX_CHANNELS, noise: 0.01 });
  const progress: [number, string][] = [];
  const result = fitMarketingMixModel(input, { seed: 11, ...FAST }, (f, s) => progress.push([f, s]));

  it("recovers the true in-window ROI: median error < 12 %, every channel < 35 %", () => {
    const errors = result.channels.map((c, i) => relErr(c.roi, truth[i].roi));
    expect(median(errors)).toBeLessThan(0.12);
    expect(Math.max(...errors)).toBeLessThan(0.35);
  });

  it("covers the true ROI with the 90 % interval for most channels", () => {
    const covered = result.channels.filter((c, i) => c.roiLow <= truth[i].roi && truth[i].roi <= c.roiHigh).length;
    expect(covered).toBeGreaterThanOrEqual(4);
  });

  it("is internally consistent: decomposition adds up, response model matches the channel results", () => {
    for (const w of result.decomposition) {
      const media = Object.values(w.media).reduce((a, b) => a + b, 0);
      expect(w.baseline + media).toBeCloseTo(w.fitted, 6);
    }
    result.channels.forEach((c, i) => {
      const weekly = result.decomposition.reduce((s, w) => s + w.media[c.name], 0);
      expect(weekly).toBeCloseTo(c.contribution, 3);
      const rm = result.responseModel.channels[i];
      expect(rm.saturation).toEqual(c.saturation);
      expect(marginalResponse(rm, rm.meanWeeklySpend)).toBeCloseTo(c.mroi, 9);
      expect(c.roiLow).toBeLessThanOrEqual(c.roiHigh);
      expect(c.carryoverWeeks).toBeGreaterThanOrEqual(1);
    });
    expect(result.responseModel.draws).toHaveLength(FAST.bootstrap);
    // The planner's gate widens these draws' Hill slopes (draw-shape-stress.ts): the bootstrap understates their error.
    expect(result.responseModel.shapeStress).toBe(NATIONAL_SHAPE_STRESS);
    const steady = predictWeeklyResponse(result.responseModel, Object.fromEntries(result.channels.map((c) => [c.name, c.meanWeeklySpend])));
    expect(steady.total).toBeGreaterThan(0);
    expect(result.fit.r2).toBeGreaterThan(0.9);
    expect(result.pareto.front.filter((p) => p.chosen).length).toBeLessThanOrEqual(1);
  });

  it("reports progress monotonically from 0 to 1", () => {
    const fractions = progress.map(([f]) => f);
    expect(fractions[0]).toBe(0);
    expect(fractions.at(-1)).toBe(1);
    for (let i = 1; i < fractions.length; i++) expect(fractions[i]).toBeGreaterThanOrEqual(fractions[i - 1]);
    expect(new Set(progress.map(([, s]) => s.split(" ")[0]))).toEqual(new Set(["preparing", "searching", "testing", "bootstrapping", "summarising", "done"]));
  });
});

describe("fitMarketingMixModel — edge cases", () => {
  it("gives a channel with no effect an ROI near 0, not a made-up number", () => {
    const channels: SimChannel[] = [...SIX_CHANNELS.slice(0, 3), { name: "dud", meanSpend: 8_000, roi: 0, theta: 0.3, alpha: 1, gammaFactor: 1 }];
    const { input } = simulateMixData({ seed: 21, channels, noise: 0.02 });
    const dud = fitMarketingMixModel(input, { seed: 2, ...FAST }).channels[3];
    expect(dud.roi).toBeLessThan(0.15);
    expect(dud.roiLow).toBe(0);
    expect(dud.roiHigh).toBeLessThan(0.6);
  });

  it("gives strongly correlated channels wider intervals than the same channels uncorrelated", () => {
    const width = (r: MmmResult, name: string) => {
      const c = r.channels.find((x) => x.name === name)!;
      return (c.roiHigh - c.roiLow) / Math.max(c.roi, 1e-9);
    };
    const base: SimChannel[] = [
      { name: "a", meanSpend: 10_000, roi: 1.5, theta: 0.3, alpha: 1.2, gammaFactor: 1.5, darkWeeks: 0.1 },
      { name: "b", meanSpend: 10_000, roi: 1.0, theta: 0.3, alpha: 1.2, gammaFactor: 1.5, darkWeeks: 0.1 },
    ];
    const independent = simulateMixData({ seed: 31, channels: base, noise: 0.03 });
    // b's spend is a's spend × LN(0.02): corr(spend) ≈ 0.999.
    const correlated = simulateMixData({ seed: 31, channels: [base[0], { ...base[1], copyOf: "a", copyNoise: 0.02 }], noise: 0.03 });
    const ri = fitMarketingMixModel(independent.input, { seed: 3, ...FAST });
    const rc = fitMarketingMixModel(correlated.input, { seed: 3, ...FAST });
    expect(rc.fit.vif.a).toBeGreaterThan(ri.fit.vif.a);
    const meanWidth = (r: MmmResult) => (width(r, "a") + width(r, "b")) / 2;
    expect(meanWidth(rc)).toBeGreaterThan(1.25 * meanWidth(ri));
  });

  it("handles a channel that never spends (ROI 0, no crash) and zero-spend weeks", () => {
    const { input } = simulateMixData({ seed: 41, channels: SIX_CHANNELS.slice(0, 2), noise: 0.02 });
    input.media.push({ name: "unused", spend: new Array(input.dates.length).fill(0) });
    const r = fitMarketingMixModel(input, { seed: 4, iterations: 20, bootstrap: 20 });
    const unused = r.channels.find((c) => c.name === "unused")!;
    expect(unused.roi).toBe(0);
    expect(unused.contribution).toBe(0);
    expect(Number.isFinite(r.channels[0].roi)).toBe(true);
  });

  it("moves a channel's estimate toward a lift test", () => {
    const { input, truth } = simulateMixData({ seed: 51, channels: SIX_CHANNELS.slice(0, 3), noise: 0.03 });
    const plain = fitMarketingMixModel(input, { seed: 5, ...FAST });
    // A (deliberately high) lift result for "search" over 8 weeks: 2× its true contribution there.
    const weeks = input.dates.slice(60, 68);
    const trueWeekly = truth[1].contribution / input.dates.length;
    const lifted = fitMarketingMixModel(
      {
        ...input,
        liftTests: [{ channel: "search", start: weeks[0], end: weeks[7], incrementalKpi: 2 * 8 * trueWeekly, standardError: 0.05 * 8 * trueWeekly }],
      },
      { seed: 5, ...FAST },
    );
    expect(lifted.channels[1].roi).toBeGreaterThan(plain.channels[1].roi * 1.3);
    expect(lifted.fit.liftZ2).toBeDefined();
  });

  it("fits Weibull adstocks; the default 'auto' is exactly the geometric fit when geometric wins", () => {
    const { input } = simulateMixData({ seed: 61, channels: SIX_CHANNELS.slice(0, 2), noise: 0.02 });
    const pdf = fitMarketingMixModel(input, { seed: 6, adstock: "weibull-pdf", iterations: 15, bootstrap: 10 });
    expect(pdf.channels.every((c) => c.adstock.type === "weibull-pdf")).toBe(true);
    // Geometric truth: the Weibull-pdf screen loses, and nothing of the geometric fit may change.
    const auto = fitMarketingMixModel(input, { seed: 6, iterations: 30, bootstrap: 10 });
    const geometric = fitMarketingMixModel(input, { seed: 6, adstock: "geometric", iterations: 30, bootstrap: 10 });
    expect(auto.settings.adstock).toBe("geometric");
    expect(auto.channels.map((c) => [c.roi, c.roiLow, c.roiHigh])).toEqual(geometric.channels.map((c) => [c.roi, c.roiLow, c.roiHigh]));
  });

  it("picks Weibull-pdf by default when the carryover peaks weeks after the spend, and reads the ROIs closer", () => {
    // The decision benchmark's own generator (independent of lib/mmm): tv and ooh peak 2-4 weeks after the spend.
    const g = generateCase("weibull-pdf-156w-5ch");
    const opts = { seed: 1, iterations: 60, bootstrap: 20 };
    const auto = fitMarketingMixModel(g.mixInput, opts);
    const geometric = fitMarketingMixModel(g.mixInput, { ...opts, adstock: "geometric" });
    expect(auto.settings.adstock).toBe("weibull-pdf");
    const error = (r: MmmResult) => median(g.truth.channels.map((t, i) => relErr(r.channels[i].roi, t.roi)));
    // Measured: 0.21 against 0.92 at these settings.
    expect(error(auto)).toBeLessThan(0.3);
    expect(error(auto)).toBeLessThan(error(geometric) / 2);
  }, 60_000);

  it("reports cost per activation when the KPI is activations", () => {
    const { input } = simulateMixData({ seed: 71, channels: SIX_CHANNELS.slice(0, 2), noise: 0.02 });
    const r = fitMarketingMixModel({ ...input, kpiName: "activations" }, { seed: 7, iterations: 15, bootstrap: 10 });
    for (const c of r.channels) if (c.contribution > 0) expect(c.cpa).toBeCloseTo(c.spend / c.contribution, 9);
    const rev = fitMarketingMixModel({ ...input, revenuePerActivation: 50 }, { seed: 7, iterations: 15, bootstrap: 10 });
    for (const c of rev.channels) if (c.contribution > 0) expect(c.cpa).toBeCloseTo(c.spend / (c.contribution / 50), 9);
  });

  it("rejects invalid input with a message naming the problem", () => {
    const { input } = simulateMixData({ seed: 1, weeks: 60, channels: SIX_CHANNELS.slice(0, 1) });
    expect(() => fitMarketingMixModel({ ...input, kpi: input.kpi.slice(1) })).toThrow(/kpi has 59 values but there are 60 dates/);
    expect(() => fitMarketingMixModel({ ...input, media: [{ name: "tv", spend: input.media[0].spend.map((v, i) => (i === 3 ? -1 : v)) }] })).toThrow(
      /negative spend in week 4/,
    );
    expect(() =>
      fitMarketingMixModel({
        ...input,
        dates: input.dates.slice(0, 20),
        kpi: input.kpi.slice(0, 20),
        media: [{ name: "tv", spend: input.media[0].spend.slice(0, 20) }],
        controls: [],
      }),
    ).toThrow(/too few weeks/);
    expect(() =>
      fitMarketingMixModel({ ...input, liftTests: [{ channel: "radio", start: input.dates[0], end: input.dates[3], incrementalKpi: 1, standardError: 1 }] }),
    ).toThrow(/unknown channel "radio"/);
    expect(() => fitMarketingMixModel({ ...input, kpi: input.kpi.map(() => 1000) })).toThrow(/kpi is 1000 in every week/);
  });

  it("keeps every bootstrap draw finite for a channel with constant spend and one that spends in a single week", () => {
    // Resampled weeks that miss the first weeks' adstock ramp (or the one week with spend) make such a channel's
    // column a multiple of the intercept (or zero); the constrained ridge's warm start then returned NaN for every
    // coefficient of that draw, and `mixcast optimize` refused the whole model.
    const { input } = simulateMixData({ seed: 7, channels: SIX_CHANNELS.slice(0, 2), noise: 0.03 });
    const n = input.dates.length;
    input.media.push({ name: "flat", spend: new Array(n).fill(1300) });
    input.media.push({ name: "once", spend: Array.from({ length: n }, (_, t) => (t === 50 ? 5000 : 0)) });
    const r = fitMarketingMixModel(input, { seed: 1, iterations: 30, bootstrap: 120 });
    const draws = r.responseModel.draws!;
    expect(draws).toHaveLength(120);
    for (const set of draws) for (const c of set) expect(Number.isFinite(c.saturation.beta)).toBe(true);
    for (const c of r.channels) for (const v of [c.roi, c.roiLow, c.roiHigh]) expect(Number.isFinite(v)).toBe(true);
  });
});
