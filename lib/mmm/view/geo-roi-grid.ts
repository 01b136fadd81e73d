import type { GeoResult } from "../geo-types";
import type { RoiEstimate } from "../../runs/mmm";

export type GeoRoiCell = {
  roi: number;
  low: number;
  high: number;
  /** 0 (lowest) … 5 (highest ROI in the table), −1 for a channel the model could not tell from zero. */
  shade: number;
  truth: number | null;
  covered: boolean | null;
  /** Share of the estimate taken from the pooled (national) effect: ≥ 0.5 = the region leans on the pooled one. */
  pooled: number | null;
};

export type GeoRoiGrid = {
  channels: { name: string; label: string; identified: boolean }[];
  national: GeoRoiCell[];
  rows: { name: string; size: number; cells: GeoRoiCell[] }[];
  /** With regional truth: median |error| over region × channel cells with a non-zero true ROI, and interval coverage. */
  truth: { medianAbsPctError: number | null; covered: number; count: number } | null;
};

const SHADES = 5;

/**
 * The Channel ROI page's region × channel heat map: ROI with its 90 % interval per cell, shaded by ROI relative to the
 * largest regional ROI among identified channels (unidentified channels unshaded), regions largest first, the
 * national figures on top; on the demo each cell also carries its true ROI.
 */
export function geoRoiGrid(
  national: (RoiEstimate & { identified: boolean })[],
  geos: GeoResult[],
  labels: Record<string, string>,
  regionalTruth?: Record<string, Record<string, number>>,
): GeoRoiGrid {
  const identified = new Map(national.map((c) => [c.name, c.identified]));
  let top = 0;
  for (const g of geos) for (const c of g.channels) if (identified.get(c.name) !== false && Number.isFinite(c.roi)) top = Math.max(top, c.roi);
  const shadeOf = (name: string, roi: number) =>
    identified.get(name) === false ? -1 : top > 0 ? Math.max(0, Math.min(SHADES, Math.round((SHADES * roi) / top))) : 0;
  const errors: number[] = [];
  let covered = 0,
    count = 0;
  const rows = geos
    .slice()
    .sort((a, b) => b.size - a.size)
    .map((g) => ({
      name: g.name,
      size: g.size,
      cells: g.channels.map((c): GeoRoiCell => {
        const truth = regionalTruth?.[g.name]?.[c.name] ?? null;
        const isCovered = truth === null ? null : c.roiLow <= truth + 1e-9 && truth <= c.roiHigh + 1e-9;
        if (truth !== null) {
          count++;
          if (isCovered) covered++;
          if (truth !== 0) errors.push(Math.abs(c.roi - truth) / Math.abs(truth));
        }
        return { roi: c.roi, low: c.roiLow, high: c.roiHigh, shade: shadeOf(c.name, c.roi), truth, covered: isCovered, pooled: c.pooledWeight };
      }),
    }));
  errors.sort((a, b) => a - b);
  const mid = errors.length >> 1;
  return {
    channels: national.map((c) => ({ name: c.name, label: labels[c.name] ?? c.name, identified: c.identified })),
    national: national.map((c) => ({ roi: c.roi, low: c.roiLow, high: c.roiHigh, shade: shadeOf(c.name, c.roi), truth: null, covered: null, pooled: null })),
    rows,
    truth: regionalTruth
      ? { medianAbsPctError: errors.length ? (errors.length % 2 ? errors[mid] : (errors[mid - 1] + errors[mid]) / 2) : null, covered, count }
      : null,
  };
}
