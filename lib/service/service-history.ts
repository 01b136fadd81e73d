import type { ServiceInteractionRow } from "./types";

/**
 * Closed (rated) interactions indexed by customer and time, with prefix sums, so "this customer's
 * history before time t" is a binary search. Built once per training run or scoring request.
 */
export type ServiceHistory = Map<string, { times: number[]; cumRating: number[]; cumLow: number[] }>;

export function parseOccurredAt(iso: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`parseOccurredAt: not an ISO datetime: "${iso}"`);
  return ms;
}

export function buildServiceHistory(rows: readonly ServiceInteractionRow[]): ServiceHistory {
  const byCustomer = new Map<string, { t: number; rating: number }[]>();
  for (const r of rows) {
    if (r.satisfaction === null) continue;
    if (!byCustomer.has(r.customerId)) byCustomer.set(r.customerId, []);
    byCustomer.get(r.customerId)!.push({ t: parseOccurredAt(r.occurredAt), rating: r.satisfaction });
  }
  const history: ServiceHistory = new Map();
  for (const [customer, list] of byCustomer) {
    list.sort((a, b) => a.t - b.t);
    const cumRating = [0];
    const cumLow = [0];
    for (const e of list) {
      cumRating.push(cumRating[cumRating.length - 1] + e.rating);
      cumLow.push(cumLow[cumLow.length - 1] + (e.rating <= 2 ? 1 : 0));
    }
    history.set(customer, { times: list.map((e) => e.t), cumRating, cumLow });
  }
  return history;
}

/**
 * The customer's rated interactions that happened strictly before `timeMs`. (We only know when an
 * interaction happened, not when it was rated; an earlier contact rated after this one opened is
 * a small leak we accept, as the seed's SQL does.)
 */
export function customerHistoryBefore(history: ServiceHistory, customerId: string, timeMs: number): { count: number; averageRating: number | null } {
  const h = history.get(customerId);
  if (!h) return { count: 0, averageRating: null };
  let lo = 0;
  let hi = h.times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (h.times[mid] < timeMs) lo = mid + 1;
    else hi = mid;
  }
  return { count: lo, averageRating: lo > 0 ? h.cumRating[lo] / lo : null };
}
