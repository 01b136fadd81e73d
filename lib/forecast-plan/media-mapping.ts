/**
 * From the national mix model (KPI = revenue, one response per channel) to the demand forecast's series (weekly
 * activations per channel × region and their totals). The mapping, stated once:
 *
 *   media activations of cell (channel c, region r) in week t = regionShare(c, r) · media revenue of c in week t
 *                                                              ÷ revenue per activation of c
 *
 * - a channel's media effect lands in that channel's own demand rows (demand is recorded by acquisition channel);
 * - it is split over regions by where the channel's money was spent: each region's share of the channel's spend over
 *   the last `shareWeeks` weeks (an even split when the channel spent nothing then);
 * - it is turned into activations at the channel's revenue per activation (unit economics in force). A channel
 *   without unit economics cannot be mapped: its media stays inside the baseline of its cells (listed in `unmapped`).
 * A total (channel, region or grand) is the sum of its cells, so the mapping adds up across the hierarchy.
 */
export type MediaMapping = {
  /** regionShares[channel][region], summing to 1 over regions for each channel. */
  regionShares: Record<string, Record<string, number>>;
  /** Revenue per activation of each mapped channel (USD per activation). */
  revenuePerActivation: Record<string, number>;
  /** Model channels without unit economics (their media is not taken out of, nor added to, activations). */
  unmapped: string[];
  shareWeeks: number;
};

/**
 * Builds the mapping from the forecast panel's spend per "channel|region" cell and unit economics.
 * @param channels the mix model's channels
 * @throws naming the function when shareWeeks is not a positive integer
 * @example mediaMapping({ "search|north": [1, 1], "search|south": [3, 3] }, ["search"], ["north", "south"], { search: 120 }).regionShares.search // { north: 0.25, south: 0.75 }
 */
export function mediaMapping(
  cellSpend: Record<string, ArrayLike<number>>,
  channels: string[],
  regions: string[],
  revenuePerActivation: Record<string, number>,
  shareWeeks = 52,
): MediaMapping {
  if (!Number.isInteger(shareWeeks) || shareWeeks < 1) throw new Error(`mediaMapping: shareWeeks must be a positive integer, got ${shareWeeks}`);
  const regionShares: Record<string, Record<string, number>> = {};
  for (const c of channels) {
    const recent = regions.map((r) => {
      const xs = cellSpend[`${c}|${r}`] ?? [];
      let s = 0;
      for (let i = Math.max(0, xs.length - shareWeeks); i < xs.length; i++) s += xs[i];
      return s;
    });
    const total = recent.reduce((a, b) => a + b, 0);
    regionShares[c] = Object.fromEntries(regions.map((r, j) => [r, total > 0 ? recent[j] / total : 1 / regions.length]));
  }
  const rpa: Record<string, number> = {};
  const unmapped: string[] = [];
  for (const c of channels) {
    const v = revenuePerActivation[c];
    if (Number.isFinite(v) && v > 0) rpa[c] = v;
    else unmapped.push(c);
  }
  return { regionShares, revenuePerActivation: rpa, unmapped, shareWeeks };
}

/**
 * Activations per unit of each channel's national media revenue for a set of "channel|region" cells: the factor
 * combinePlanMedia's `scale` takes. Channels with no cell in the set, or unmapped, get no entry (factor 0).
 */
export function activationScale(mapping: MediaMapping, cells: string[]): Record<string, number> {
  const scale: Record<string, number> = {};
  for (const cell of cells) {
    const [c, r] = cell.split("|");
    const rpa = mapping.revenuePerActivation[c];
    const share = mapping.regionShares[c]?.[r];
    if (rpa === undefined || share === undefined) continue;
    scale[c] = (scale[c] ?? 0) + share / rpa;
  }
  return scale;
}
