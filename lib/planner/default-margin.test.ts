import { describe, expect, it } from "vitest";
import { activationWeightedMargin } from "./default-margin";

describe("activationWeightedMargin", () => {
  const econ = [
    { channel: "a", revenuePerActivation: 100, costPerActivation: 40 }, // 0.6
    { channel: "b", revenuePerActivation: 50, costPerActivation: 40 }, // 0.2
  ];
  it.each([
    [{ a: 1, b: 1 }, 0.4],
    [{ a: 3, b: 1 }, 0.5],
    [{ a: 0, b: 5 }, 0.2],
    [{}, 0.4], // no weights: plain mean
  ])("weights channel margins by activations %o", (acts, expected) => expect(activationWeightedMargin(econ, acts)).toBeCloseTo(expected, 12));
  it("is null without economics", () => expect(activationWeightedMargin([], { a: 1 })).toBeNull());
});
