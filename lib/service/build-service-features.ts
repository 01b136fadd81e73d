import { buildServiceHistory, customerHistoryBefore, parseOccurredAt, type ServiceHistory } from "./service-history";
import { LOW_SATISFACTION_MAX_RATING, type ServiceInteractionRow } from "./types";

const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;

/** Inputs of the risk model for one interaction, all known when it is opened. */
export type ServiceFeatures = {
  interactionType: string;
  contactChannel: string;
  region: string;
  customerSegment: string;
  isRepeatContact: boolean;
  customerAge: number | null;
  customerTenureYears: number | null;
  /** Null wait (no live queue) counts as 0 minutes waited. */
  waitMinutes: number;
  hour: number;
  /** night 0–6, morning 7–10, midday 11–16, evening 17–19, late 20–23. */
  daypart: string;
  weekday: (typeof WEEKDAYS)[number];
  pastCount: number;
  pastAverageSatisfaction: number | null;
};

function daypartOf(hour: number): string {
  if (hour < 7) return "night";
  if (hour < 11) return "morning";
  if (hour < 17) return "midday";
  if (hour < 20) return "evening";
  return "late";
}

/** Features of one interaction, with its customer's history taken strictly before it. */
export function serviceFeaturesAt(history: ServiceHistory, row: ServiceInteractionRow): ServiceFeatures {
  const t = parseOccurredAt(row.occurredAt);
  const at = new Date(t);
  const hour = at.getUTCHours();
  const past = customerHistoryBefore(history, row.customerId, t);
  return {
    interactionType: row.interactionType,
    contactChannel: row.contactChannel,
    region: row.region ?? "unknown",
    customerSegment: row.customerSegment || "unknown",
    isRepeatContact: row.isRepeatContact,
    customerAge: row.customerAge,
    customerTenureYears: row.customerTenureDays === null ? null : row.customerTenureDays / 365,
    waitMinutes: row.waitMinutes ?? 0,
    hour,
    daypart: daypartOf(hour),
    weekday: WEEKDAYS[(at.getUTCDay() + 6) % 7],
    pastCount: past.count,
    pastAverageSatisfaction: past.averageRating,
  };
}

export type ServiceTrainingRow = { interactionId: string; occurredAt: string; features: ServiceFeatures; low: boolean };

/**
 * Training table from closed interactions (satisfaction not null), oldest first. Features use the
 * same `serviceFeaturesAt` as scoring; the history index contains outcomes of every closed row,
 * but lookups are bounded by each interaction's own time, so none sees its own or a later rating.
 */
export function buildServiceFeatures(rows: readonly ServiceInteractionRow[]): ServiceTrainingRow[] {
  const history = buildServiceHistory(rows);
  return rows
    .filter((r) => r.satisfaction !== null)
    .map((r) => ({
      interactionId: r.interactionId,
      occurredAt: r.occurredAt,
      features: serviceFeaturesAt(history, r),
      low: (r.satisfaction as number) <= LOW_SATISFACTION_MAX_RATING,
    }))
    .sort((a, b) => parseOccurredAt(a.occurredAt) - parseOccurredAt(b.occurredAt) || (a.interactionId < b.interactionId ? -1 : 1));
}
