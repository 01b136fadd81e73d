import { describe, expect, it } from "vitest";
import { INTERACTION_TYPES, trueLowSatisfactionProbability, type ServiceInput } from "./service-truth";

// Wednesday 2025-06-11, 14:00 UTC: no hour or weekday effect.
const base: ServiceInput = {
  interactionType: "billing",
  contactChannel: "phone",
  customerSegment: "consumer",
  isRepeatContact: false,
  waitMinutes: 5,
  customerAge: 45,
  customerTenureDays: 0,
  occurredAt: "2025-06-11T14:00:00.000Z",
};
const p = (over: Partial<ServiceInput>) => trueLowSatisfactionProbability({ ...base, ...over });

describe("trueLowSatisfactionProbability", () => {
  it("makes technical support the worst interaction type", () => {
    const byType = INTERACTION_TYPES.map((t) => p({ interactionType: t }));
    expect(Math.max(...byType)).toBe(p({ interactionType: "technical_support" }));
  });

  it.each([
    ["a repeat contact", { isRepeatContact: true }],
    ["a long wait", { waitMinutes: 30 }],
    ["late evening", { occurredAt: "2025-06-11T21:30:00.000Z" }],
    ["a Monday", { occurredAt: "2025-06-09T14:00:00.000Z" }],
    ["an unhappy history", { pastAverageSatisfaction: 1.5 }],
    ["a bad temper", { customerTemper: 1 }],
  ] as const)("is raised by %s", (_, over) => {
    expect(p(over)).toBeGreaterThan(p({}));
  });

  it("matches the logistic closed form for the base case", () => {
    // −1.85 (intercept) + 0.4 (billing) + 0.04·5 (wait) = −1.25
    expect(p({})).toBeCloseTo(1 / (1 + Math.exp(1.25)), 12);
  });

  it("rejects unknown channels by name", () => {
    expect(() => p({ contactChannel: "pigeon" })).toThrow(/unknown contactChannel "pigeon"/);
  });
});
