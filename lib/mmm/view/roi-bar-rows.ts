type Interval = { roi: number; roiLow: number; roiHigh: number; mroi: number; mroiLow: number; mroiHigh: number };

export type RoiBarRow = Interval & {
  name: string;
  label: string;
  /** [below, above] distances from the bar top to the drawn whisker ends, as Recharts' ErrorBar wants them. */
  roiError: [number, number];
  mroiError: [number, number];
};

/**
 * Upper end of the ROI axis: the highest whisker, but at most `cap` times the largest estimate, so one channel whose
 * interval runs to 20× does not flatten every other bar (its whisker is clipped at the top; the table has the numbers).
 *
 * @example roiAxisMax([{ value: 2, high: 3 }, { value: 0, high: 24 }]) // 4
 * @example roiAxisMax([{ value: 2.21, high: 9 }]) // 5
 */
export function roiAxisMax(points: { value: number; high: number }[], cap = 2): number {
  const top = Math.max(0, ...points.map((p) => Math.max(p.value, p.high)));
  const biggest = Math.max(0, ...points.map((p) => p.value));
  const max = biggest > 0 ? Math.min(top, cap * biggest) : top;
  if (!(max > 0)) return 0;
  // Round up to a whole step of the leading digit (4.42 → 5, 24.2 → 30), or a half step when that would more than
  // double a small range (1.3 → 1.5), so the top tick is a round number the axis's own ticks land on.
  const decade = 10 ** Math.floor(Math.log10(max));
  const step = max / decade < 2 ? decade / 2 : decade;
  return Math.ceil(max / step - 1e-9) * step;
}

/**
 * Bar-chart rows for ROI and marginal ROI with asymmetric 90 % whiskers. The point estimate comes from the selected
 * model and the interval from the bootstrap, so the estimate can sit just outside its interval; whiskers are then
 * clamped to zero length on that side instead of pointing the wrong way. Whiskers are cut at the axis top
 * (`roiAxisMax`): Recharts drops a whisker that leaves the plot instead of clipping it. The raw interval stays on the row.
 */
export function roiBarRows(
  channels: (Interval & { name: string })[],
  labels: Record<string, string> = {},
  axis: { roi?: number; mroi?: number } = {},
): RoiBarRow[] {
  const err = (v: number, lo: number, hi: number, top = Infinity): [number, number] => [Math.max(0, v - lo), Math.max(0, Math.min(hi, top) - v)];
  return channels.map((c) => ({
    name: c.name,
    label: labels[c.name] ?? c.name,
    roi: c.roi,
    roiLow: c.roiLow,
    roiHigh: c.roiHigh,
    roiError: err(c.roi, c.roiLow, c.roiHigh, axis.roi),
    mroi: c.mroi,
    mroiLow: c.mroiLow,
    mroiHigh: c.mroiHigh,
    mroiError: err(c.mroi, c.mroiLow, c.mroiHigh, axis.mroi),
  }));
}
