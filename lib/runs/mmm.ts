import { z } from "zod";
import type { IncompleteWeek } from "../weeks/complete-weeks";
import type { ChannelResult, DecompositionWeek, MmmResult } from "../mmm/model-types";
import type { GeoModelInfo, GeoResult } from "../mmm/geo-types";
import type { ResponseModel } from "../mmm/types";
import type { RoiTruthComparison } from "../mmm/view/compare-roi-to-truth";
import { stat, storedObject } from "./run-json";

/**
 * What a mix-model fit stores in `ModelRun.metrics` and `ModelRun.artifacts` (lib/jobs/fits/mmm-fit.ts writes them;
 * lib/data/reads/mmm-runs.ts parses them once). Version 1: the shape every mmm run has had; runs written before the version
 * was stamped are version 1. The artifacts hold the engine's national result (`MmmResult`, lib/mmm/model-types.ts) at
 * the top level — plus `geos`/`geoModel` when the geo model fitted the run — and `view`, what the Channel ROI page
 * needs beyond it. Engine objects are checked as objects and kept as stored (their fields are documented on the
 * engine's types); the Planner and the optimizer validate `responseModel` field by field when they read it
 * (lib/optimize/response-model-from-result.ts).
 */
export const MMM_RUN_CONTRACT = 1;

/**
 * One channel's return on spend: the row the run's metrics, the Channel ROI page and `/api/v1/channel-roi` share.
 * ROI = contribution / spend (revenue per USD, window totals) with its 90 % bootstrap interval; marginal ROI is
 * d(weekly revenue)/d(weekly spend) at the mean weekly spend; share is of the total media contribution.
 */
export const channelRoiSchema = z.object({
  name: z.string(),
  spend: z.number(),
  contribution: z.number(),
  share: z.number(),
  roi: z.number(),
  roiLow: z.number(),
  roiHigh: z.number(),
  mroi: z.number(),
  mroiLow: z.number(),
  mroiHigh: z.number(),
});
export type ChannelRoi = z.output<typeof channelRoiSchema>;
/** The ROI row of one channel of the engine's result. */
export const channelRoiOf = (c: ChannelResult): ChannelRoi => ({
  name: c.name,
  spend: c.spend,
  contribution: c.contribution,
  share: c.share,
  roi: c.roi,
  roiLow: c.roiLow,
  roiHigh: c.roiHigh,
  mroi: c.mroi,
  mroiLow: c.mroiLow,
  mroiHigh: c.mroiHigh,
});
/** An ROI with its interval: what grading against the truth and the identifiability notes read. */
export type RoiEstimate = Pick<ChannelRoi, "name" | "roi" | "roiLow" | "roiHigh">;

/** The per-channel summary stored in the run's metrics (the registry shows it; no spend or contribution there). */
const storedChannelRoiSchema = channelRoiSchema.omit({ spend: true, contribution: true });

const liftTestSchema = z.object({ channel: z.string(), start: z.string(), end: z.string(), incrementalKpi: z.number(), standardError: z.number() });

/** Per-channel extras the fit runner stores next to the engine's result, so the page does no modelling. */
const mmmChannelViewSchema = z.object({
  name: z.string(),
  label: z.string(),
  revenuePerActivation: z.number().nullable(),
  /** Spend per incremental activation (USD) with its 90 % interval; null without unit economics or contribution. */
  cpa: z.number().nullable(),
  cpaLow: z.number().nullable(),
  cpaHigh: z.number().nullable(),
  /** Adstock lag weights (index = weeks after the spend, sum 1). */
  adstockWeights: z.array(z.number()),
});
export type MmmChannelView = z.output<typeof mmmChannelViewSchema>;

const mmmRunViewSchema = z.object({
  /** Which model fitted the run: "geo" (regions, issue 13) or "national"; absent in older runs (national). */
  model: z.enum(["geo", "national"]).optional(),
  /** Why a run that could have been geo is national (e.g. a region missing weeks); null otherwise. */
  modelNote: z.string().nullable().optional(),
  /** Demo only: true ROI per region and channel (lib/mmm/pipeline/mmm-geo-rows.ts demoRegionalTruth). */
  regionalTruth: z.record(z.string(), z.record(z.string(), z.number())).optional(),
  firstWeek: z.string(),
  lastWeek: z.string(),
  totalRevenue: z.number(),
  controls: z.array(z.string()),
  liftTests: z.array(liftTestSchema),
  channels: z.array(mmmChannelViewSchema),
  /** Weeks left out for missing revenue or spend (lib/weeks/complete-weeks.ts); absent in older runs. */
  incompleteWeeks: z.array(storedObject<IncompleteWeek>()).optional(),
  /** Pairs of channels whose weekly spend moves together (|r| ≥ 0.6, lib/mmm/view/spend-overlap.ts); absent in older runs. */
  spendOverlap: z.array(z.object({ a: z.string(), b: z.string(), r: z.number() })).optional(),
});

export const mmmRunArtifactsSchema = z.object({
  contract: z.literal(MMM_RUN_CONTRACT).default(MMM_RUN_CONTRACT),
  kpi: z.string(),
  weeks: z.number(),
  channels: z.array(storedObject<ChannelResult>()),
  intercept: stat,
  controls: z.array(z.object({ name: z.string(), coefficient: stat, contribution: stat })),
  fit: storedObject<MmmResult["fit"]>(),
  decomposition: z.array(storedObject<DecompositionWeek>()),
  pareto: storedObject<MmmResult["pareto"]>(),
  identification: storedObject<MmmResult["identification"]>(),
  bootstrap: storedObject<MmmResult["bootstrap"]>(),
  settings: storedObject<MmmResult["settings"]>(),
  responseModel: storedObject<ResponseModel>(),
  seconds: z.number(),
  /** Geo runs only (issue 13): the regions' results and the pooled model the regional optimizer plans with. */
  geos: z.array(storedObject<GeoResult>()).optional(),
  geoModel: storedObject<GeoModelInfo>().optional(),
  view: mmmRunViewSchema,
});
/** What a writer stores (numbers may be NaN: JSON turns them into null, which `stat` reads back as NaN). */
export type MmmRunArtifactsInput = z.input<typeof mmmRunArtifactsSchema>;
export type MmmRunArtifacts = z.output<typeof mmmRunArtifactsSchema>;

export const mmmRunMetricsSchema = z.object({
  r2: stat,
  nrmse: stat,
  mape: stat,
  dw: stat,
  aic: stat,
  bic: stat,
  decompRssd: stat,
  liftZ2: stat.optional(),
  weeks: z.number(),
  seconds: z.number(),
  totalMediaContribution: stat,
  blendedRoi: z.number().nullable(),
  mediaShareOfRevenue: z.number().nullable(),
  channels: z.array(storedChannelRoiSchema),
  /** Demo only: each channel's ROI graded against the generating truth. */
  truth: storedObject<RoiTruthComparison>().optional(),
});
export type MmmRunMetricsInput = z.input<typeof mmmRunMetricsSchema>;
export type MmmRunMetrics = z.output<typeof mmmRunMetricsSchema>;
