import type { IncompleteWeek } from "../data/complete-weeks";
import type { MmmResult } from "../mmm";
import type { GeoMmmResult } from "../mmm/geo-types";
import type { RoiTruthComparison } from "./compare-roi-to-truth";

/** Per-channel extras the fit runner stores next to the engine's result, so the page does no modelling. */
export type MmmChannelView = {
  name: string;
  label: string;
  revenuePerActivation: number | null;
  /** Spend per incremental activation (USD) with its 90 % interval; null without unit economics or contribution. */
  cpa: number | null;
  cpaLow: number | null;
  cpaHigh: number | null;
  /** Adstock lag weights (index = weeks after the spend, sum 1). */
  adstockWeights: number[];
};

/**
 * `ModelRun.artifacts` of an mmm run: the engine's `MmmResult` at the top level (the Planner and the optimizer
 * read `responseModel` from it) plus `view`, what the Channel ROI page needs beyond it.
 */
export type MmmRunArtifacts = MmmResult & Partial<Pick<GeoMmmResult, "geos" | "geoModel">> & {
  view: {
    /** Which model fitted the run: "geo" (regions, issue 13) or "national"; absent in older runs (national). */
    model?: "geo" | "national";
    /** Why a run that could have been geo is national (e.g. a region missing weeks); null otherwise. */
    modelNote?: string | null;
    /** Demo only: true ROI per region and channel (lib/data/mmm-geo-rows.ts demoRegionalTruth). */
    regionalTruth?: Record<string, Record<string, number>>;
    firstWeek: string;
    lastWeek: string;
    totalRevenue: number;
    controls: string[];
    liftTests: { channel: string; start: string; end: string; incrementalKpi: number; standardError: number }[];
    channels: MmmChannelView[];
    /** Weeks left out for missing revenue or spend (lib/data/complete-weeks.ts); absent in older runs. */
    incompleteWeeks?: IncompleteWeek[];
  };
};

/** `ModelRun.metrics` of an mmm run: diagnostics, a per-channel ROI summary and, on the demo, the grade vs truth. */
export type MmmRunMetrics = {
  r2: number;
  nrmse: number;
  mape: number;
  dw: number;
  aic: number;
  bic: number;
  decompRssd: number;
  liftZ2?: number;
  weeks: number;
  seconds: number;
  totalMediaContribution: number;
  blendedRoi: number | null;
  mediaShareOfRevenue: number | null;
  channels: { name: string; roi: number; roiLow: number; roiHigh: number; mroi: number; mroiLow: number; mroiHigh: number; share: number }[];
  truth?: RoiTruthComparison;
};
