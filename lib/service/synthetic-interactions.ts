import { createRng } from "@/lib/math/random";
import type { ServiceInteractionRow } from "./types";

/**
 * A strongly-signalled service world for unit tests. Known truth: logit P(low) = −1.5 + 1.5·[technical]
 * + 1.0·repeat + 0.08·wait − 0.8·(past average − 3) when the customer has rated history.
 */
export function generateSyntheticInteractions(count: number, seed: number): ServiceInteractionRow[] {
  const rng = createRng(seed);
  const start = Date.parse("2025-01-01T00:00:00Z");
  const history = new Map<string, { sum: number; n: number }>();
  const rows: ServiceInteractionRow[] = [];
  for (let i = 0; i < count; i++) {
    const customerId = `C${rng.int(Math.max(1, Math.floor(count / 4)))}`;
    const technical = rng.next() < 0.4;
    const repeat = rng.next() < 0.3;
    const wait = Math.round(rng.next() * 30);
    const past = history.get(customerId);
    const logit = -1.5 + (technical ? 1.5 : 0) + (repeat ? 1 : 0) + 0.08 * wait - (past ? 0.8 * (past.sum / past.n - 3) : 0);
    const low = rng.next() < 1 / (1 + Math.exp(-logit));
    const satisfaction = low ? 1 + rng.int(2) : 3 + rng.int(3);
    history.set(customerId, { sum: (past?.sum ?? 0) + satisfaction, n: (past?.n ?? 0) + 1 });
    rows.push({
      interactionId: `I${String(i).padStart(5, "0")}`,
      occurredAt: new Date(start + i * 3_600_000 * 5).toISOString(),
      interactionType: technical ? "technical_support" : rng.next() < 0.5 ? "billing" : "inquiry",
      contactChannel: "phone",
      region: rng.next() < 0.5 ? "north" : null,
      customerId,
      customerAge: 20 + rng.int(50),
      customerTenureDays: rng.int(2000),
      customerSegment: rng.next() < 0.5 ? "consumer" : "premium",
      isRepeatContact: repeat,
      waitMinutes: wait,
      satisfaction,
    });
  }
  return rows;
}
