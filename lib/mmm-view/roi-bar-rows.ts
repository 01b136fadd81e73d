type Interval = { roi: number; roiLow: number; roiHigh: number; mroi: number; mroiLow: number; mroiHigh: number };

export type RoiBarRow = {
  name: string;
  label: string;
  roi: number;
  /** [below, above] distances from the bar top to the 90 % interval ends, as Recharts' ErrorBar wants them. */
  roiError: [number, number];
  mroi: number;
  mroiError: [number, number];
};

/**
 * Bar-chart rows for ROI and marginal ROI with asymmetric 90 % whiskers. The point estimate comes from the selected
 * model and the interval from the bootstrap, so the estimate can sit just outside its interval; whiskers are then
 * clamped to zero length on that side instead of pointing the wrong way.
 */
export function roiBarRows(channels: (Interval & { name: string })[], labels: Record<string, string> = {}): RoiBarRow[] {
  const err = (v: number, lo: number, hi: number): [number, number] => [Math.max(0, v - lo), Math.max(0, hi - v)];
  return channels.map((c) => ({
    name: c.name,
    label: labels[c.name] ?? c.name,
    roi: c.roi,
    roiError: err(c.roi, c.roiLow, c.roiHigh),
    mroi: c.mroi,
    mroiError: err(c.mroi, c.mroiLow, c.mroiHigh),
  }));
}
