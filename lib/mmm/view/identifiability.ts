import type { RoiEstimate } from "../../runs/mmm";
/** Width of the 90 % ROI interval relative to the estimate above which a channel's ROI counts as not pinned down. */
export const WIDE_INTERVAL_RATIO = 1;

export type IdentifiabilityNote = { name: string; label: string; roiLow: number; roiHigh: number; reason: "unidentified" | "includes-zero" | "wide" };

/**
 * Channels whose ROI the data cannot pin down: the fit flagged the channel unidentified (its effect is
 * indistinguishable from zero: `identified: false`, see lib/mmm's identification rule), the 90 % interval reaches
 * (about) zero, or it is wider than the estimate itself. Unidentified channels come first. Typical causes are spend that moves with another channel or with the season, or too little
 * variation in spend; a lift test on the channel is the remedy.
 *
 * @example weaklyIdentified([{ name: "tv", roi: 1, roiLow: 0.2, roiHigh: 2.5 }])[0].reason // "wide"
 */
export function weaklyIdentified(channels: (RoiEstimate & { identified?: boolean })[], labels: Record<string, string> = {}): IdentifiabilityNote[] {
  const notes = channels.flatMap((c) => {
    const note = (reason: IdentifiabilityNote["reason"]) => [{ name: c.name, label: labels[c.name] ?? c.name, roiLow: c.roiLow, roiHigh: c.roiHigh, reason }];
    if (c.identified === false) return note("unidentified");
    if (!(c.roiHigh > 0)) return [];
    // "About zero": below 2 % of the upper end, so a ROI interval of [0.001, 3] still counts as reaching zero.
    if (c.roiLow <= 0.02 * c.roiHigh) return note("includes-zero");
    if (c.roiHigh - c.roiLow > WIDE_INTERVAL_RATIO * Math.abs(c.roi)) return note("wide");
    return [];
  });
  return [...notes.filter((n) => n.reason === "unidentified"), ...notes.filter((n) => n.reason !== "unidentified")];
}
