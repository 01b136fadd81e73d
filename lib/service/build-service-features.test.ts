import { describe, expect, it } from "vitest";
import { buildServiceFeatures, serviceFeaturesAt } from "./build-service-features";
import { buildServiceHistory } from "./service-history";
import type { ServiceInteractionRow } from "./types";

const row = (id: string, occurredAt: string, satisfaction: number | null, over: Partial<ServiceInteractionRow> = {}): ServiceInteractionRow => ({
  interactionId: id,
  occurredAt,
  interactionType: "billing",
  contactChannel: "email",
  region: null,
  customerId: "C1",
  customerAge: 40,
  customerTenureDays: 730,
  customerSegment: "consumer",
  isRepeatContact: false,
  waitMinutes: null,
  satisfaction,
  ...over,
});

const rows: ServiceInteractionRow[] = [
  row("a", "2026-01-05T09:00:00Z", 1),
  row("b", "2026-01-06T10:00:00Z", 4),
  row("c", "2026-01-07T10:00:00Z", null), // open: no rating yet, never counts as history
  row("x", "2026-01-07T11:00:00Z", 5, { customerId: "C2" }),
  row("t", "2026-01-12T22:30:00Z", 2, { isRepeatContact: true, waitMinutes: 12 }), // Monday, late
  row("d", "2026-01-12T22:30:00Z", 5), // same instant as t: not "before" it
  row("e", "2026-01-20T08:00:00Z", 1),
];

describe("serviceFeaturesAt", () => {
  it("computes the features by hand", () => {
    const f = serviceFeaturesAt(buildServiceHistory(rows), rows[4]);
    expect(f.pastCount).toBe(2); // a and b; c is open, d is simultaneous, e later, x another customer
    expect(f.pastAverageSatisfaction).toBeCloseTo(2.5, 12);
    expect(f.hour).toBe(22);
    expect(f.daypart).toBe("late");
    expect(f.weekday).toBe("monday");
    expect(f.region).toBe("unknown");
    expect(f.customerTenureYears).toBeCloseTo(2, 12);
    expect(f.waitMinutes).toBe(12);
    expect(serviceFeaturesAt(buildServiceHistory(rows), rows[0]).pastAverageSatisfaction).toBeNull();
  });
});

describe("buildServiceFeatures: no leakage", () => {
  const featuresOf = (rs: ServiceInteractionRow[], id: string) => buildServiceFeatures(rs).find((r) => r.interactionId === id)!.features;
  const original = featuresOf(rows, "t");
  it("ignores its own rating and anything at or after it", () => {
    const scrambled = rows.map((r) =>
      r.occurredAt >= "2026-01-12T22:30:00Z"
        ? { ...r, satisfaction: r.interactionId === "t" ? 5 : 1, isRepeatContact: r.interactionId === "t" ? r.isRepeatContact : true }
        : r,
    );
    scrambled.push(row("later", "2026-01-13T00:00:00Z", 1), row("later2", "2026-01-12T22:30:00Z", 1));
    expect(featuresOf(scrambled, "t")).toEqual(original);
  });
  it("does change when an earlier rating changes (the test can fail)", () => {
    const changed = rows.map((r) => (r.interactionId === "b" ? { ...r, satisfaction: 5 } : r));
    expect(featuresOf(changed, "t").pastAverageSatisfaction).toBeCloseTo(3, 12);
  });
  it("keeps closed rows only, oldest first, with the ≤ 2 target", () => {
    const table = buildServiceFeatures(rows);
    expect(table.map((r) => r.interactionId)).toEqual(["a", "b", "x", "d", "t", "e"]);
    expect(table.find((r) => r.interactionId === "t")!.low).toBe(true);
    expect(table.find((r) => r.interactionId === "d")!.low).toBe(false);
  });
});
