import type { CorrelationEstimate } from "./correlation-types";
import type { EventWeekEffect } from "./event-week-effect";
import type { FittedLines } from "./fitted-lines";
import type { LaggedCorrelation } from "./lagged-correlations";
import type { SeasonalProfile } from "./seasonal-profile";

export type DriverGroup = "spend" | "impressions" | "clicks" | "promotions" | "campaigns" | "macro";

/** A weekly driver aligned with the KPI weeks (NaN where the driver has no value that week). */
export type DriverSeries = { key: string; label: string; group: DriverGroup; unit: string; values: number[]; channel?: string };

export type ExplorationInput = {
  weeks: string[];
  kpi: { name: "revenue" | "activations"; label: string; unit: string; values: number[] };
  drivers: DriverSeries[];
  /** each holiday or event by name, with the weeks (ISO Mondays) that hold it */
  holidays: { name: string; weeks: string[] }[];
  /** promotions running per KPI week (null when the dataset has no promotions) */
  promotionsActive: number[] | null;
  maxLag?: number;
};

export type DriverRelationship = DriverSeries & {
  n: number;
  pearson: CorrelationEstimate;
  spearman: CorrelationEstimate;
  lags: LaggedCorrelation[];
  lines: FittedLines | null;
};

export type EventEffectRow = EventWeekEffect & { key: string; name: string; kind: "holiday" | "all-holidays" | "promotion"; description: string };

export type RelationshipItem = {
  driverKey: string;
  text: string;
  caveat: string;
  strength: "strong" | "moderate" | "weak";
  direction: "positive" | "negative";
  r: number;
  low: number;
  high: number;
  /** a page with the modelled effect (Channel ROI for spend drivers) */
  href: string | null;
};

export type Exploration = {
  weeks: string[];
  kpi: ExplorationInput["kpi"];
  drivers: DriverRelationship[];
  /** drivers left out: constant, or too few weeks */
  skipped: { key: string; label: string; reason: string }[];
  seasonality: SeasonalProfile;
  events: EventEffectRow[];
  relationships: RelationshipItem[];
};
