import { describe, expect, it } from "vitest";
import { describeEffect } from "./describe-effect";

const W = { up: "raises risk", down: "lowers risk" };

describe("describeEffect", () => {
  it.each([
    [1.6, "raises risk a lot"],
    [1, "raises risk a lot"],
    [0.7, "raises risk somewhat"],
    [0.3, "raises risk somewhat"],
    [0.29, "raises risk a little"],
    [0, "raises risk a little"],
    [-0.1, "lowers risk a little"],
    [-0.5, "lowers risk somewhat"],
    [-2.4, "lowers risk a lot"],
  ])("%f → %s", (effect, text) => {
    expect(describeEffect(effect, W)).toBe(text);
  });
  it("refuses a non-number", () => {
    expect(() => describeEffect(Number.NaN, W)).toThrow("describeEffect");
  });
});
