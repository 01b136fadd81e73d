import type { RoiEstimate } from "../../runs/mmm";
import { partnersOf, type SpendOverlap } from "./spend-overlap";
/** Width of the 90 % ROI interval relative to the estimate above which a channel's ROI counts as not pinned down. */
export const WIDE_INTERVAL_RATIO = 1;

/** What the page and the report add for a channel the fit flagged because its spend follows the season (followsSeason). */
export const FOLLOWS_SEASON_SENTENCE =
  "Its weekly spend rises and falls with the yearly season: with a more detailed season in the model, its effect could not be told from the season's own.";

export type IdentifiabilityNote = {
  name: string;
  label: string;
  roiLow: number;
  roiHigh: number;
  reason: "unidentified" | "includes-zero" | "wide" | "shares-signal";
  /** Channels whose weekly spend moves with this one's (|r| ≥ SPEND_OVERLAP_R), strongest first; empty when none do. */
  movesWith: { name: string; label: string; r: number }[];
  /** The fit flagged it because its spend follows the yearly season (ChannelResult.seasonConfounded). */
  followsSeason: boolean;
};

/**
 * Channels whose ROI the data cannot pin down: the fit flagged the channel unidentified (its effect is
 * indistinguishable from zero: `identified: false`, see lib/mmm's identification rule), the 90 % interval reaches
 * (about) zero, or it is wider than the estimate itself. Unidentified channels come first. Each note names the channels
 * whose spend moves with this one (`overlaps`, lib/mmm/view/spend-overlap.ts), the usual cause; a lift test on the
 * channel is the remedy.
 * Last come channels that are pinned down but whose spend moves with a channel flagged unidentified ("shares-signal"):
 * with that channel held at zero, their estimate may carry part of its effect, and their interval does not show it.
 *
 * @example weaklyIdentified([{ name: "tv", roi: 1, roiLow: 0.2, roiHigh: 2.5 }])[0].reason // "wide"
 */
export function weaklyIdentified(
  channels: (RoiEstimate & { identified?: boolean; seasonConfounded?: boolean })[],
  labels: Record<string, string> = {},
  overlaps: readonly SpendOverlap[] = [],
): IdentifiabilityNote[] {
  const labelOf = (name: string) => labels[name] ?? name;
  const flagged = new Set(channels.filter((c) => c.identified === false).map((c) => c.name));
  const notes = channels.flatMap((c) => {
    const movesWith = partnersOf(c.name, overlaps).map((p) => ({ ...p, label: labelOf(p.name) }));
    const note = (reason: IdentifiabilityNote["reason"], partners = movesWith) => [
      {
        name: c.name,
        label: labelOf(c.name),
        roiLow: c.roiLow,
        roiHigh: c.roiHigh,
        reason,
        movesWith: partners,
        followsSeason: c.identified === false && c.seasonConfounded === true,
      },
    ];
    if (c.identified === false) return note("unidentified");
    if (!(c.roiHigh > 0)) return [];
    // "About zero": below 2 % of the upper end, so a ROI interval of [0.001, 3] still counts as reaching zero.
    if (c.roiLow <= 0.02 * c.roiHigh) return note("includes-zero");
    if (c.roiHigh - c.roiLow > WIDE_INTERVAL_RATIO * Math.abs(c.roi)) return note("wide");
    const withFlagged = movesWith.filter((p) => flagged.has(p.name));
    if (withFlagged.length) return note("shares-signal", withFlagged);
    return [];
  });
  const order: IdentifiabilityNote["reason"][] = ["unidentified", "includes-zero", "wide", "shares-signal"];
  return order.flatMap((reason) => notes.filter((n) => n.reason === reason));
}

/**
 * "Search (r = 0.77)", "Video (r = 0.65) and Display (r = 0.63)": the partners of an identifiability note in a sentence.
 * @example describePartners([{ label: "Search", r: 0.771 }]) // "Search (r = 0.77)"
 */
export function describePartners(partners: readonly { label: string; r: number }[]): string {
  const items = partners.map((p) => `${p.label} (r = ${p.r.toFixed(2)})`);
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
