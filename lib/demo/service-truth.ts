/**
 * The TRUE low-satisfaction mechanism (low = satisfaction ≤ 2). The service-risk classifier is
 * graded against this function, and the generator draws each closed interaction's outcome from it.
 *
 * logit P(low) = intercept + type + contact channel + segment + 0.8·repeat + 0.04·wait minutes
 *   − 0.1·(age − 45)/10 − 0.1·tenure years + hour-of-day + weekday
 *   − 0.5·(past average satisfaction − 3.5)   (only when the customer has closed history)
 *   + latent temper                           (per customer, N(0, 0.8²), NOT in the data)
 * Times are read in UTC, the dataset's local time. The temper is what makes a customer's past
 * satisfaction informative beyond the direct anchoring term.
 */
import type { DemoServiceMechanism } from "./types";

export const INTERACTION_TYPES = ["technical_support", "complaint", "billing", "returns", "inquiry"] as const;
export const CONTACT_CHANNELS = ["phone", "email", "chat", "social"] as const;
export const CUSTOMER_SEGMENTS = ["consumer", "small_business", "enterprise", "premium"] as const;
const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;

export const SERVICE_MECHANISM: DemoServiceMechanism = {
  intercept: -1.85,
  interactionType: { technical_support: 1.0, complaint: 0.75, billing: 0.4, returns: 0.2, inquiry: -0.4 },
  contactChannel: { phone: 0, email: 0.3, chat: -0.2, social: 0.5 },
  customerSegment: { consumer: 0, small_business: 0.1, enterprise: -0.3, premium: -0.5 },
  repeatContact: 0.8,
  waitPerMinute: 0.04,
  agePer10YearsFrom45: -0.1,
  tenurePerYear: -0.1,
  // late evening = 20:00–23:59, night = 00:00–06:59, morning = 07:00–10:59
  hour: { lateEvening: 0.5, night: 0.3, morning: -0.1 },
  weekday: { monday: 0.3, tuesday: 0, wednesday: 0, thursday: 0, friday: -0.1, saturday: 0.1, sunday: 0.1 },
  pastAverageSatisfaction: { coefficient: -0.5, reference: 3.5 },
  latentTemperSd: 0.8,
  satisfactionGivenLow: { "1": 0.45, "2": 0.55 },
  satisfactionGivenNotLow: { "3": 0.3, "4": 0.42, "5": 0.28 },
};

export type ServiceInput = {
  interactionType: string;
  contactChannel: string;
  customerSegment: string;
  isRepeatContact: boolean;
  waitMinutes: number | null;
  customerAge: number | null;
  customerTenureDays: number | null;
  /** ISO datetime; hour and weekday are read in UTC. */
  occurredAt: string;
  /** Mean satisfaction of the customer's earlier closed interactions; null/undefined when none. */
  pastAverageSatisfaction?: number | null;
  /** Latent per-customer temper (logit shift); unobserved, so 0 (the population mean) by default. */
  customerTemper?: number;
};

function lookup(table: Record<string, number>, key: string, what: string): number {
  const v = table[key];
  if (v === undefined) throw new Error(`trueLowSatisfactionProbability: unknown ${what} "${key}"`);
  return v;
}

export function trueLowSatisfactionLogit(i: ServiceInput): number {
  const m = SERVICE_MECHANISM;
  const at = new Date(i.occurredAt);
  if (Number.isNaN(at.getTime())) throw new Error(`trueLowSatisfactionProbability: bad occurredAt "${i.occurredAt}"`);
  const hour = at.getUTCHours();
  const weekday = WEEKDAYS[(at.getUTCDay() + 6) % 7];
  const hourEffect = hour >= 20 ? m.hour.lateEvening : hour < 7 ? m.hour.night : hour < 11 ? m.hour.morning : 0;
  const past = i.pastAverageSatisfaction;
  return (
    m.intercept +
    lookup(m.interactionType, i.interactionType, "interactionType") +
    lookup(m.contactChannel, i.contactChannel, "contactChannel") +
    lookup(m.customerSegment, i.customerSegment, "customerSegment") +
    (i.isRepeatContact ? m.repeatContact : 0) +
    m.waitPerMinute * (i.waitMinutes ?? 0) +
    (i.customerAge === null ? 0 : (m.agePer10YearsFrom45 * (i.customerAge - 45)) / 10) +
    (i.customerTenureDays === null ? 0 : (m.tenurePerYear * i.customerTenureDays) / 365) +
    hourEffect +
    m.weekday[weekday] +
    (past === null || past === undefined ? 0 : m.pastAverageSatisfaction.coefficient * (past - m.pastAverageSatisfaction.reference)) +
    (i.customerTemper ?? 0)
  );
}

export function trueLowSatisfactionProbability(i: ServiceInput): number {
  return 1 / (1 + Math.exp(-trueLowSatisfactionLogit(i)));
}
