/**
 * Chart descriptions shared by the report page (SVG) and the PDF (vector paths): data and formats only, no pixels.
 * Geometry is computed once by layoutChart() in chart-geometry.ts.
 */
export type ValueFormat = "money" | "number" | "ratio" | "percent" | "decimal";

export type XYSeries =
  | { type: "line"; name: string; color: string; points: [number, number][]; dashed?: boolean; width?: number }
  /** a filled band between low and high: [x, low, high] */
  | { type: "band"; name: string; color: string; points: [number, number, number][]; opacity?: number }
  | { type: "dots"; name: string; color: string; points: [number, number][]; radius?: number };

export type XYChart = {
  kind: "xy";
  series: XYSeries[];
  /** x is a number, or an index into `dates` (weekly charts) */
  x: { format: ValueFormat | "date"; label?: string; dates?: string[]; min?: number; max?: number };
  y: { format: ValueFormat; label?: string; min?: number; max?: number; includeZero?: boolean };
  /** vertical markers (e.g. the forecast origin) */
  markers?: { x: number; label: string }[];
  legend?: boolean;
};

/** Horizontal estimates with intervals (ROI per channel), optionally with a reference line (break-even at 1×). */
export type IntervalChart = {
  kind: "intervals";
  rows: { label: string; value: number; low: number; high: number; color?: string }[];
  format: ValueFormat;
  reference?: { value: number; label: string };
  xLabel?: string;
};

/** Vertical grouped bars: one group of bars per category (e.g. weekly spend per channel for each scenario). */
export type GroupedBarChart = {
  kind: "bars";
  categories: string[];
  groups: { name: string; color: string; values: number[] }[];
  format: ValueFormat;
  yLabel?: string;
};

export type ChartSpec = XYChart | IntervalChart | GroupedBarChart;
