/**
 * Customer-service interactions over the last two years. About 1,200 customers with a latent
 * temper contact service repeatedly (activity is heavy-tailed, as in real support queues); each
 * closed interaction's satisfaction is drawn from the true mechanism in service-truth.ts using the
 * customer's own history, and the newest interactions (last 14 days) are still open. Unresolved
 * issues come back: after a contact the customer calls again within 1–10 days with probability
 * 12 % (35 % after a low-satisfaction contact), usually about the same issue — which is where
 * repeat contacts come from.
 */
import type { Rng } from "@/lib/math/random";
import { DAY_MS } from "../math/time-units";
import { addDays, utcDate } from "./calendar";
import { DEMO_REGIONS, REGION_SHARES } from "./regions";
import { lognormalFactor, pickWeighted, roundTo } from "./rng-streams";
import { CONTACT_CHANNELS, CUSTOMER_SEGMENTS, INTERACTION_TYPES, SERVICE_MECHANISM, trueLowSatisfactionProbability } from "./service-truth";
import type { DemoServiceInteractionRow } from "./types";

export const SERVICE_PLAN = {
  customers: 1_700,
  /** First contacts before / inside the open window; follow-ups add ~15 % on top. */
  firstContactsClosedPeriod: 2_310,
  firstContactsOpenWindow: 132,
  followUp: { probability: 0.12, probabilityAfterLow: 0.35, sameTypeProbability: 0.7, maxDays: 10 },
  historyWeeks: 104,
  openDays: 14,
  repeatWindowDays: 14,
  segmentWeights: [0.6, 0.2, 0.08, 0.12],
  typeWeights: [0.2, 0.13, 0.22, 0.15, 0.3],
  channelWeights: [0.4, 0.2, 0.3, 0.1],
  /** Relative contact volume by hour of day (UTC = local). */
  hourWeights: [0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.4, 0.8, 1.2, 1.5, 1.5, 1.5, 1.4, 1.4, 1.5, 1.5, 1.4, 1.3, 1.2, 1.1, 0.9, 0.8, 0.6, 0.4],
} as const;

type Customer = {
  id: string;
  segment: string;
  age: number | null;
  tenureAtStart: number | null;
  region: string | null;
  temper: number;
  activity: number;
};

function drawCustomers(rng: Rng): Customer[] {
  return Array.from({ length: SERVICE_PLAN.customers }, (_, i) => {
    const age = Math.round(Math.min(85, Math.max(18, 42 + 14 * rng.normal())));
    return {
      id: `CUST-${String(i + 1).padStart(5, "0")}`,
      segment: CUSTOMER_SEGMENTS[pickWeighted(rng, SERVICE_PLAN.segmentWeights)],
      age: rng.next() < 0.08 ? null : age,
      tenureAtStart: rng.next() < 0.05 ? null : Math.round(-700 * Math.log(1 - rng.next())),
      region:
        rng.next() < 0.04
          ? null
          : DEMO_REGIONS[
              pickWeighted(
                rng,
                DEMO_REGIONS.map((r) => REGION_SHARES[r]),
              )
            ],
      temper: SERVICE_MECHANISM.latentTemperSd * rng.normal(),
      activity: lognormalFactor(rng, 0.6),
    };
  });
}

function drawSatisfaction(rng: Rng, low: boolean): number {
  const table = low ? SERVICE_MECHANISM.satisfactionGivenLow : SERVICE_MECHANISM.satisfactionGivenNotLow;
  const levels = Object.keys(table);
  return Number(
    levels[
      pickWeighted(
        rng,
        levels.map((k) => table[k]),
      )
    ],
  );
}

function drawTimestamp(rng: Rng, fromDay: string, days: number): string {
  const day = addDays(fromDay, rng.int(days));
  const hour = pickWeighted(rng, SERVICE_PLAN.hourWeights);
  const ms = utcDate(day).getTime() + hour * 3_600_000 + rng.int(3600) * 1000;
  return new Date(ms).toISOString();
}

export type ServiceResult = { rows: DemoServiceInteractionRow[]; customers: number };

export function generateServiceInteractions(lastWeek: string, rng: Rng): ServiceResult {
  const customers = drawCustomers(rng);
  const activity = customers.map((c) => c.activity);
  const lastDay = addDays(lastWeek, 6);
  const historyStart = addDays(lastWeek, -7 * (SERVICE_PLAN.historyWeeks - 1));
  const openStart = addDays(lastDay, -(SERVICE_PLAN.openDays - 1));
  const closedDays = SERVICE_PLAN.historyWeeks * 7 - SERVICE_PLAN.openDays;
  // Pending contacts in time order; follow-ups are inserted as earlier contacts resolve.
  type Pending = { at: string; customer: Customer; type: string | null };
  const queue: Pending[] = [];
  for (let k = 0; k < SERVICE_PLAN.firstContactsClosedPeriod + SERVICE_PLAN.firstContactsOpenWindow; k++) {
    const inOpen = k >= SERVICE_PLAN.firstContactsClosedPeriod;
    const at = inOpen ? drawTimestamp(rng, openStart, SERVICE_PLAN.openDays) : drawTimestamp(rng, historyStart, closedDays);
    queue.push({ at, customer: customers[pickWeighted(rng, activity)], type: null });
  }
  queue.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const insert = (p: Pending) => {
    let lo = 0;
    let hi = queue.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (queue[mid].at <= p.at) lo = mid + 1;
      else hi = mid;
    }
    queue.splice(lo, 0, p);
  };

  const lastContact = new Map<string, number>();
  const history = new Map<string, { sum: number; n: number }>();
  const startMs = utcDate(historyStart).getTime();
  const endMs = utcDate(lastDay).getTime() + DAY_MS;
  const openFrom = `${openStart}T00:00:00.000Z`;
  const rows: DemoServiceInteractionRow[] = [];
  const seen = new Set<string>();
  const fu = SERVICE_PLAN.followUp;
  for (let q = 0; q < queue.length; q++) {
    const { at, customer, type } = queue[q];
    const open = at >= openFrom;
    const atMs = new Date(at).getTime();
    const prev = lastContact.get(customer.id);
    const isRepeatContact = prev !== undefined && atMs - prev <= SERVICE_PLAN.repeatWindowDays * DAY_MS;
    lastContact.set(customer.id, atMs);
    seen.add(customer.id);
    const interactionType = type ?? INTERACTION_TYPES[pickWeighted(rng, SERVICE_PLAN.typeWeights)];
    const contactChannel = CONTACT_CHANNELS[pickWeighted(rng, SERVICE_PLAN.channelWeights)];
    const hour = new Date(at).getUTCHours();
    // Queues are longest at peak hours and on Mondays; email and social have no live queue.
    const busy = (hour >= 9 && hour < 18 ? 1.3 : 1) * (new Date(at).getUTCDay() === 1 ? 1.3 : 1);
    const waitMinutes =
      contactChannel === "phone"
        ? roundTo(6 * busy * lognormalFactor(rng, 0.8), 1)
        : contactChannel === "chat"
          ? roundTo(2 * busy * lognormalFactor(rng, 0.7), 1)
          : null;
    const customerTenureDays = customer.tenureAtStart === null ? null : customer.tenureAtStart + Math.floor((atMs - startMs) / 86_400_000);
    const past = history.get(customer.id);
    const features = {
      interactionType,
      contactChannel,
      customerSegment: customer.segment,
      isRepeatContact,
      waitMinutes,
      customerAge: customer.age,
      customerTenureDays,
      occurredAt: at,
      pastAverageSatisfaction: past ? past.sum / past.n : null,
      customerTemper: customer.temper,
    };
    let satisfaction: number | null = null;
    let low = false;
    if (!open) {
      low = rng.next() < trueLowSatisfactionProbability(features);
      satisfaction = drawSatisfaction(rng, low);
      history.set(customer.id, { sum: (past?.sum ?? 0) + satisfaction, n: (past?.n ?? 0) + 1 });
    }
    if (rng.next() < (low ? fu.probabilityAfterLow : fu.probability)) {
      const nextMs = atMs + (0.5 + rng.next() * (fu.maxDays - 0.5)) * DAY_MS;
      if (nextMs < endMs) {
        insert({ at: new Date(Math.floor(nextMs / 1000) * 1000).toISOString(), customer, type: rng.next() < fu.sameTypeProbability ? interactionType : null });
      }
    }
    rows.push({
      interactionId: `INT-${String(q + 1).padStart(6, "0")}`,
      occurredAt: at,
      interactionType,
      contactChannel,
      region: customer.region,
      customerId: customer.id,
      customerAge: customer.age,
      customerTenureDays,
      customerSegment: customer.segment,
      isRepeatContact,
      waitMinutes,
      satisfaction,
    });
  }
  return { rows, customers: seen.size };
}
