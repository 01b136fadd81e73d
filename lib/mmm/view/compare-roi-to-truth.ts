import type { RoiEstimate } from "../../runs/mmm";

/** One channel's estimated ROI next to the ROI that generated the (synthetic) data. */
export type RoiTruthRow = {
  name: string;
  label: string;
  trueRoi: number;
  roi: number;
  roiLow: number;
  roiHigh: number;
  /** The 90 % interval contains the true ROI. */
  covered: boolean;
  /** |estimate − truth| / |truth|; null when the true ROI is 0 (no relative error exists). */
  absPctError: number | null;
};

export type RoiTruthComparison = {
  rows: RoiTruthRow[];
  /** Median of the per-channel absolute % errors (null when no channel has one). */
  medianAbsPctError: number | null;
  /** Share of channels whose 90 % interval covers the truth (a calibrated interval covers ~90 % over many fits). */
  coverage: number | null;
  coveredCount: number;
  channelCount: number;
};

const median = (values: number[]): number | null => {
  if (!values.length) return null;
  const s = values.slice().sort((a, b) => a - b),
    mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/**
 * Grades estimated channel ROIs against known true ROIs (the demo dataset's generating parameters).
 * Channels present on only one side are skipped: there is nothing to compare.
 *
 * @example compareRoiToTruth([{ name: "tv", roi: 1.1, roiLow: 0.9, roiHigh: 1.4 }], [{ name: "tv", roi: 1.2 }]).rows[0].covered // true
 */
export function compareRoiToTruth(estimates: RoiEstimate[], truth: { name: string; label?: string; roi: number }[]): RoiTruthComparison {
  const byName = new Map(truth.map((t) => [t.name, t]));
  const rows: RoiTruthRow[] = estimates.flatMap((e) => {
    const t = byName.get(e.name);
    if (!t) return [];
    return [
      {
        name: e.name,
        label: t.label ?? e.name,
        trueRoi: t.roi,
        roi: e.roi,
        roiLow: e.roiLow,
        roiHigh: e.roiHigh,
        covered: e.roiLow <= t.roi && t.roi <= e.roiHigh,
        absPctError: t.roi !== 0 ? Math.abs(e.roi - t.roi) / Math.abs(t.roi) : null,
      },
    ];
  });
  const coveredCount = rows.filter((r) => r.covered).length;
  return {
    rows,
    medianAbsPctError: median(rows.flatMap((r) => (r.absPctError === null ? [] : [r.absPctError]))),
    coverage: rows.length ? coveredCount / rows.length : null,
    coveredCount,
    channelCount: rows.length,
  };
}
