import { describe, expect, it } from "vitest";
import { choiceReason } from "./choice-reason";

const row = (model: string, score: number) => ({ model, metrics: { score, mape: 1 } });

describe("choiceReason", () => {
  it("explains an ensemble kept behind a single model within the margin", () => {
    const text = choiceReason([row("naive", 0.97), row("ensemble", 1.0), row("theta", 1.2)], "ensemble", 0.15)!;
    expect(text).toMatch(/^naive scores 0\.97 and the ensemble 1\.00: 3 % apart, within the 15 % margin, so the ensemble is kept/);
    expect(text).toMatch(/more than 15 % better\.$/);
  });
  it("says when the chosen model is simply the best", () => {
    expect(choiceReason([row("ets", 0.8), row("ensemble", 0.95)], "ets")).toMatch(/^ets has the lowest backtest score \(0\.80\)/);
  });
  it("gives the rule alone when the chosen model is not on the board, and null without scores", () => {
    expect(choiceReason([row("ets", 0.8)], "theta")).toMatch(/^Rule:/);
    expect(choiceReason([{ model: "ets", metrics: { mape: 1 } }], "ets")).toBeNull();
  });
});
