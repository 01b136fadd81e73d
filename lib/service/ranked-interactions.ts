import type { InteractionRisk, RiskLevel, ServiceInteractionRow } from "./";

/**
 * One open interaction as the Service risk page lists it, stored in the service run's artifacts at fit time so the
 * page reads it without scoring. Pure: shared by the fit runner and the page.
 */
export type RankedInteraction = {
  interactionId: string;
  occurredAt: string;
  interactionType: string;
  contactChannel: string;
  region: string | null;
  customerSegment: string;
  waitMinutes: number | null;
  isRepeatContact: boolean;
  probability: number;
  riskLevel: RiskLevel;
  reasons: { feature: string; effect: number; text: string }[];
};

/** Joins scores to their rows and sorts riskiest first (ties: newest first, then id, so the order is stable). */
export function rankOpenInteractions(rows: readonly ServiceInteractionRow[], scores: readonly InteractionRisk[]): RankedInteraction[] {
  const byId = new Map(rows.map((r) => [r.interactionId, r]));
  return scores
    .map((s) => {
      const r = byId.get(s.interactionId);
      if (!r) throw new Error(`rankOpenInteractions: no row for interaction ${s.interactionId}`);
      return {
        interactionId: s.interactionId,
        occurredAt: r.occurredAt,
        interactionType: r.interactionType,
        contactChannel: r.contactChannel,
        region: r.region,
        customerSegment: r.customerSegment,
        waitMinutes: r.waitMinutes,
        isRepeatContact: r.isRepeatContact,
        probability: s.probability,
        riskLevel: s.riskLevel,
        reasons: s.reasons.map(({ feature, effect, text }) => ({ feature, effect, text })),
      };
    })
    .sort(
      (a, b) =>
        b.probability - a.probability || (a.occurredAt < b.occurredAt ? 1 : a.occurredAt > b.occurredAt ? -1 : a.interactionId.localeCompare(b.interactionId)),
    );
}

export type RankedInteractionFilter = { type?: string; region?: string };

/** Empty filter values mean "all". */
export function filterRankedInteractions(list: readonly RankedInteraction[], filter: RankedInteractionFilter): RankedInteraction[] {
  return list.filter((r) => (!filter.type || r.interactionType === filter.type) && (!filter.region || (r.region ?? "") === filter.region));
}

/** Count per risk level, in display order. */
export function countByRiskLevel(list: readonly RankedInteraction[]): Record<RiskLevel, number> {
  const out: Record<RiskLevel, number> = { High: 0, Medium: 0, Low: 0 };
  for (const r of list) out[r.riskLevel]++;
  return out;
}

/** The choices the filter offers: every type and region present among the ranked interactions, sorted. */
export function rankedFilterOptions(list: readonly RankedInteraction[]): { types: string[]; regions: string[] } {
  const sorted = (values: Iterable<string>) => [...new Set(values)].sort((a, b) => a.localeCompare(b));
  return { types: sorted(list.map((r) => r.interactionType)), regions: sorted(list.flatMap((r) => (r.region ? [r.region] : []))) };
}
