import { describe, expect, it } from "vitest";
import { responseModelFromResult } from "./response-model-from-result";
import { concaveModel } from "./test-models";

describe("responseModelFromResult", () => {
  it("uses responseModel when present", () => {
    const m = responseModelFromResult({ channels: [], fit: {}, seconds: 1, responseModel: concaveModel });
    expect(m.channels.map((c) => c.name)).toEqual(["search", "social", "display"]);
  });

  it("keeps the fit's shapeStress (the planner's shape-stressed gate reads it from the saved model) and refuses a negative one", () => {
    const m = responseModelFromResult({ channels: [], fit: {}, seconds: 1, responseModel: { ...concaveModel, shapeStress: 0.2 } });
    expect(m.shapeStress).toBe(0.2);
    expect(responseModelFromResult({ responseModel: concaveModel }).shapeStress).toBeUndefined();
    expect(() => responseModelFromResult({ responseModel: { ...concaveModel, shapeStress: -1 } })).toThrow(/responseModel is invalid.*shapeStress/);
  });

  it("rebuilds from channels[] with weekly spend = spend / weeks", () => {
    const channels = concaveModel.channels.map((c) => ({
      name: c.name,
      spend: c.meanWeeklySpend * 52,
      contribution: 1,
      roi: 1,
      adstock: c.adstock,
      saturation: c.saturation,
    }));
    const m = responseModelFromResult({ weeks: 52, channels, fit: { r2: 0.9 }, seconds: 3 });
    expect(m.channels[0].meanWeeklySpend).toBeCloseTo(1500, 9);
    expect(m.weeks).toBe(52);
  });

  it.each([
    [
      "no week count",
      {
        channels: [{ name: "a", spend: 10, adstock: { type: "geometric", theta: 0.5, maxLag: 2 }, saturation: { type: "hill", alpha: 1, gamma: 1, beta: 1 } }],
        fit: {},
      },
      /no week count/,
    ],
    [
      "bad saturation",
      {
        weeks: 10,
        channels: [{ name: "a", spend: 10, adstock: { type: "geometric", theta: 0.5, maxLag: 2 }, saturation: { type: "hill", alpha: 1, gamma: -1, beta: 1 } }],
        fit: {},
      },
      /channels\.0\.saturation\.gamma/,
    ],
    ["bad responseModel", { channels: [], responseModel: { kpi: "r", weeks: 0, channels: [] } }, /responseModel is invalid: weeks/],
    ["not an object", 42, /not a JSON object/],
  ])("rejects %s with a specific message", (_, json, message) => {
    expect(() => responseModelFromResult(json)).toThrow(message);
  });
});
