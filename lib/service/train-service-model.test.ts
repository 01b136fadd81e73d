import { describe, expect, it } from "vitest";
import { riskLevel } from "./risk-level";
import { scoreInteractions } from "./score-interactions";
import { buildServiceHistory } from "./service-history";
import { generateSyntheticInteractions } from "./synthetic-interactions";
import { trainServiceModel } from "./train-service-model";

describe("riskLevel", () => {
  it.each([
    [0.75, "High"],
    [0.5, "High"],
    [0.49, "Medium"],
    [0.25, "Medium"],
    [0.1, "Low"],
  ] as const)("%s → %s", (p, level) => {
    expect(riskLevel(p)).toBe(level);
  });
  it("takes custom cut-offs", () => {
    expect(riskLevel(0.3, { high: 0.3, medium: 0.1 })).toBe("High");
  });
});

describe("trainServiceModel on synthetic interactions with known truth", () => {
  const rows = generateSyntheticInteractions(3000, 3);
  const { model, metrics } = trainServiceModel(rows, { seed: 1 });

  it("beats trivial baselines on the latest 20 %", () => {
    expect(metrics.sizes.validate).toBe(600);
    expect(metrics.validation.auc).toBeGreaterThan(0.7);
    expect(metrics.validation.brier).toBeLessThan(metrics.validation.baselineBrier);
    expect(metrics.validation.atMedium.recall).toBeGreaterThan(metrics.validation.atHigh.recall);
  });

  it("finds the drivers the truth uses, and not the ones it does not", () => {
    const top = metrics.importance
      .slice(0, 4)
      .map((g) => g.group)
      .sort();
    expect(top).toEqual(["history", "repeat", "type", "wait"]);
    for (const noise of ["region", "segment", "weekday"]) {
      expect(metrics.importance.find((g) => g.group === noise)!.importance).toBeLessThan(0.01);
    }
  });

  it("scores open rows with history from rows or a prebuilt index alike, and survives JSON", () => {
    const open = [
      {
        ...rows[10],
        interactionId: "open-1",
        occurredAt: "2030-01-01T21:00:00Z",
        interactionType: "technical_support",
        isRepeatContact: true,
        waitMinutes: 30,
        satisfaction: null,
      },
      {
        ...rows[11],
        interactionId: "open-2",
        occurredAt: "2030-01-01T10:00:00Z",
        interactionType: "inquiry",
        isRepeatContact: false,
        waitMinutes: 0,
        satisfaction: null,
      },
    ];
    const a = scoreInteractions(model, open, rows);
    const b = scoreInteractions(JSON.parse(JSON.stringify(model)), open, buildServiceHistory(rows));
    expect(b.map((s) => s.probability)).toEqual(a.map((s) => s.probability));
    expect(a[0].probability).toBeGreaterThan(a[1].probability);
    expect(a[0].riskLevel).toBe("High");
    const drivers = a[0].reasons.map((r) => r.feature);
    expect(drivers).toContain("type");
    expect(a[0].reasons.every((r) => /\((raises|lowers) risk (a lot|somewhat|a little)\)$/.test(r.text))).toBe(true);
  });
});
