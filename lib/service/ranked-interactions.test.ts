import { describe, expect, it } from "vitest";
import type { InteractionRisk, ServiceInteractionRow } from "./";
import { countByRiskLevel, filterRankedInteractions, rankedFilterOptions, rankOpenInteractions } from "./ranked-interactions";

const row = (id: string, occurredAt: string, interactionType: string, region: string | null): ServiceInteractionRow => ({
  interactionId: id,
  occurredAt,
  interactionType,
  contactChannel: "phone",
  region,
  customerId: "c",
  customerAge: 40,
  customerTenureDays: 100,
  customerSegment: "consumer",
  isRepeatContact: false,
  waitMinutes: 3,
  satisfaction: null,
});
const risk = (id: string, probability: number, level: InteractionRisk["riskLevel"]): InteractionRisk => ({
  interactionId: id,
  probability,
  riskLevel: level,
  reasons: [{ feature: "wait", effect: 0.2, text: "Waited" }],
  features: {} as InteractionRisk["features"],
});

const rows = [
  row("a", "2026-01-01T10:00:00Z", "billing", "north"),
  row("b", "2026-01-02T10:00:00Z", "complaint", null),
  row("c", "2026-01-03T10:00:00Z", "billing", "south"),
  row("d", "2026-01-01T09:00:00Z", "inquiry", "north"),
];
const ranked = rankOpenInteractions(rows, [risk("a", 0.3, "Medium"), risk("b", 0.7, "High"), risk("c", 0.3, "Medium"), risk("d", 0.1, "Low")]);

describe("ranked open interactions", () => {
  it("sorts riskiest first, ties newest first, and carries the row's attributes", () => {
    expect(ranked.map((r) => r.interactionId)).toEqual(["b", "c", "a", "d"]);
    expect(ranked[1]).toMatchObject({
      interactionType: "billing",
      region: "south",
      probability: 0.3,
      riskLevel: "Medium",
      reasons: [{ feature: "wait", effect: 0.2, text: "Waited" }],
    });
    expect(ranked[1]).not.toHaveProperty("features");
  });

  it("throws when a score has no row", () => {
    expect(() => rankOpenInteractions(rows, [risk("zz", 0.5, "High")])).toThrow(/no row for interaction zz/);
  });

  it.each([
    { filter: {}, ids: ["b", "c", "a", "d"] },
    { filter: { type: "billing" }, ids: ["c", "a"] },
    { filter: { region: "north" }, ids: ["a", "d"] },
    { filter: { type: "billing", region: "north" }, ids: ["a"] },
    { filter: { type: "returns" }, ids: [] },
    { filter: { type: "", region: "" }, ids: ["b", "c", "a", "d"] },
  ])("filters by $filter", ({ filter, ids }) => {
    expect(filterRankedInteractions(ranked, filter).map((r) => r.interactionId)).toEqual(ids);
  });

  it("counts per level", () => {
    expect(countByRiskLevel(ranked)).toEqual({ High: 1, Medium: 2, Low: 1 });
  });
});

describe("rankedFilterOptions", () => {
  it("lists each type and known region once, sorted", () => {
    expect(rankedFilterOptions(ranked)).toEqual({ types: ["billing", "complaint", "inquiry"], regions: ["north", "south"] });
  });
});
