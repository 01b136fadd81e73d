import type { AdstockChoice, MmmInput, MmmResult } from "./model-types";
import type { Adstock } from "./types";

/**
 * Weekly data for a geo-level mix model: the same weeks and channels in every region (a rectangular panel).
 * Spend and KPI in the region's own units (currency / KPI per week, not per capita).
 */
export type GeoMmmInput = {
  /** Weekly ISO dates (YYYY-MM-DD), ascending, shared by every region. */
  dates: string[];
  kpiName?: string;
  channels: string[];
  geos: {
    name: string;
    /** People in the region (optional; all regions or none). Without it the region's mean KPI stands in for its size. */
    population?: number;
    kpi: number[];
    /** spend[c][t]: channel c (order of `channels`), week t. */
    spend: number[][];
    /** The region's own controls (same names in every region). */
    controls?: { name: string; values: number[] }[];
  }[];
  revenuePerActivation?: number;
  /**
   * Lift tests (experiments) measuring a channel's NATIONAL incremental KPI over a window, as for the national model
   * (MmmInput.liftTests): they calibrate the channel's regional effects through the pooled one (geo-pooled-fit.ts).
   */
  liftTests?: MmmInput["liftTests"];
};

export type GeoMmmOptions = {
  seed?: number;
  adstock?: Exclude<AdstockChoice, "auto">;
  iterations?: number;
  bootstrap?: number;
  maxLag?: number;
  trend?: boolean;
  seasonality?: boolean;
  harmonics?: number;
};

/** One channel in one region: the CLI contract's fields (name, roi, roiLow, roiHigh, contribution, spend) and more. */
export type GeoChannelResult = {
  name: string;
  roi: number;
  roiLow: number;
  roiHigh: number;
  contribution: number;
  contributionLow: number;
  contributionHigh: number;
  spend: number;
  meanWeeklySpend: number;
  maxWeeklySpend: number;
  /** Smallest / largest adstocked weekly spend of the region (its data range for planning). */
  dataMin: number;
  dataMax: number;
  /** Effect size per size unit at full saturation (the Hill beta of a region of size 1). */
  beta: number;
  /**
   * Share of the region's estimate that comes from the pooled (national) effect: 1 − (its data's precision / (its
   * data's precision + the pooling precision)) for this channel; near 1 = the region leans on the pooled estimate.
   */
  pooledWeight: number;
};

export type GeoResult = {
  name: string;
  population: number | null;
  /** Region size relative to the mean region (population, or mean KPI when no population is given). */
  size: number;
  channels: GeoChannelResult[];
};

/** One bootstrap draw of the geo model: the shared shapes and the per-size effect of every channel in every region. */
export type GeoDraw = { shapes: { adstock: Adstock; alpha: number; gamma: number }[]; beta: number[][] };

export type GeoModelInfo = {
  sizeSource: "population" | "kpi";
  /** Channel order of `beta` rows. */
  channels: string[];
  regions: string[];
  sizes: number[];
  /** Shared Hill shape per channel (gamma in spend per size unit). */
  shapes: GeoDraw["shapes"];
  /** beta[g][c]: per-size effect of channel c in region g (point estimate). */
  beta: number[][];
  /** National (pooled) per-size effect and the between-region sd of each channel (the variance component). */
  pooling: { channel: string; beta: number; tau: number; rule: string }[];
  /** The per-size baseline level: pooled across regions when populations are given (geo-problem.ts), else free per region. */
  intercept: { pooled: boolean; perSizeLevel: number | null; tau: number | null };
  /** Bootstrap draws (for the regional optimizer's expected value over draws). */
  draws: GeoDraw[];
  /**
   * Mean pairwise correlation of the regions' residuals at the chosen shapes, and the design effect max(1, 1 + (G − 1)ρ̄)
   * by which the shapes' likelihood is tempered in the shape chain and the no-effect test (regions that move together
   * carry less information than independent ones). Absent on runs fitted before it existed.
   */
  regionDependence?: { residualCorrelation: number; designEffect: number };
};

/** The national result (same fields as a national fit) plus the regions. */
export type GeoMmmResult = MmmResult & { geos: GeoResult[]; geoModel: GeoModelInfo };
