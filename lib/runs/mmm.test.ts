import { describe, expect, it } from "vitest";
import { channelRoiSchema as apiChannelRoiSchema } from "../api/schemas";
import type { ChannelResult } from "../mmm/model-types";
import { channelRoiOf, mmmRunArtifactsSchema, mmmRunMetricsSchema, type MmmRunArtifactsInput, type MmmRunMetricsInput } from "./mmm";

const channel = {
  name: "search",
  identified: true,
  noEffectLr: 12.5,
  spend: 1000,
  meanWeeklySpend: 10,
  contribution: 2500,
  contributionLow: 2000,
  contributionHigh: 3100,
  share: 1,
  spendShare: 1,
  roi: 2.5,
  roiLow: 2,
  roiHigh: 3.1,
  roiMedian: 2.4,
  mroi: 1.2,
  mroiLow: 0.9,
  mroiHigh: 1.5,
  carryoverWeeks: 2,
  adstock: { type: "geometric", theta: 0.3, maxLag: 8 },
  saturation: { type: "hill", alpha: 1.5, gamma: 8, beta: 40 },
  responseCurve: [],
} satisfies ChannelResult;

// What a writer (lib/jobs/fits/mmm-fit.ts) hands to the database before JSON: NaN where a statistic has none.
const artifacts: MmmRunArtifactsInput = {
  kpi: "revenue",
  weeks: 100,
  channels: [channel],
  intercept: Number.NaN,
  controls: [{ name: "promo", coefficient: 1.5, contribution: Number.NaN }],
  fit: { r2: 0.9, nrmse: 0.05, mape: 0.04, dw: 2, aic: 1, bic: 2, vif: { search: Number.NaN }, decompRssd: 0.1, lambda: 0.01 },
  decomposition: [],
  pareto: { rule: "r", evaluated: 1, front: [] },
  identification: { rule: "lr", threshold: 3.84, unidentified: [] },
  bootstrap: { replicates: 10, blockLength: 4, method: "block" },
  settings: { seed: 1, adstock: "geometric", generations: 10, populationSize: 10, maxLag: 8, harmonics: 2 },
  responseModel: {
    kpi: "revenue",
    weeks: 100,
    channels: [{ name: "search", adstock: channel.adstock, saturation: channel.saturation, meanWeeklySpend: 10, spend: 1000 }],
  },
  seconds: 1.5,
  view: {
    firstWeek: "2024-01-01",
    lastWeek: "2025-11-24",
    totalRevenue: 1e6,
    controls: ["promo"],
    liftTests: [],
    channels: [{ name: "search", label: "Search", revenuePerActivation: null, cpa: null, cpaLow: null, cpaHigh: null, adstockWeights: [0.7, 0.3] }],
  },
};
const metrics: MmmRunMetricsInput = {
  r2: 0.9,
  nrmse: 0.05,
  mape: 0.04,
  dw: Number.NaN,
  aic: 1,
  bic: 2,
  decompRssd: 0.1,
  weeks: 100,
  seconds: 1.5,
  totalMediaContribution: 2500,
  blendedRoi: 2.5,
  mediaShareOfRevenue: 0.0025,
  channels: [{ name: "search", roi: 2.5, roiLow: 2, roiHigh: 3.1, mroi: 1.2, mroiLow: 0.9, mroiHigh: 1.5, share: 1 }],
};
const throughJson = <T>(v: T) => JSON.parse(JSON.stringify(v)) as unknown;

describe("mix-model run contract", () => {
  it("reads back what a writer stored through JSON: NaN comes back as NaN, an unstamped run is version 1", () => {
    const read = mmmRunArtifactsSchema.parse(throughJson(artifacts));
    expect(read.contract).toBe(1);
    expect(read.intercept).toBeNaN();
    expect(read.controls[0].contribution).toBeNaN();
    expect(read.channels[0].roi).toBe(2.5);
    expect(read.view.channels[0].label).toBe("Search");
    expect(mmmRunMetricsSchema.parse(throughJson(metrics)).dw).toBeNaN();
  });

  it("refuses a run without the page's view, with a channel that is not an object, or of a newer version", () => {
    const { view: _view, ...noView } = artifacts;
    expect(mmmRunArtifactsSchema.safeParse(throughJson(noView)).success).toBe(false);
    expect(mmmRunArtifactsSchema.safeParse({ ...artifacts, channels: ["search"] }).success).toBe(false);
    expect(mmmRunArtifactsSchema.safeParse({ ...artifacts, contract: 2 }).success).toBe(false);
    expect(mmmRunMetricsSchema.safeParse({ ...metrics, channels: [{ name: "search", roi: 2.5 }] }).success).toBe(false);
  });

  it("has one per-channel ROI row: the engine's channel maps onto it and the API publishes a subset of it", () => {
    const row = channelRoiOf(channel);
    expect(row).toEqual({
      name: "search",
      spend: 1000,
      contribution: 2500,
      share: 1,
      roi: 2.5,
      roiLow: 2,
      roiHigh: 3.1,
      mroi: 1.2,
      mroiLow: 0.9,
      mroiHigh: 1.5,
    });
    expect(Object.keys(apiChannelRoiSchema.shape)).toEqual(["name", "spend", "contribution", "share", "roi", "roiLow", "roiHigh", "mroi"]);
    expect(apiChannelRoiSchema.parse(row)).toEqual({ name: "search", spend: 1000, contribution: 2500, share: 1, roi: 2.5, roiLow: 2, roiHigh: 3.1, mroi: 1.2 });
  });
});
