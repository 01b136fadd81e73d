import { describe, expect, it } from "vitest";
import { hill, hillDerivative } from "./hill";

const s = { type: "hill", alpha: 1.5, gamma: 40_000, beta: 170_000 } as const;

describe("hill", () => {
  it("is half of beta at gamma and zero at zero", () => {
    expect(hill(40_000, s)).toBeCloseTo(85_000, 6);
    expect(hill(0, s)).toBe(0);
  });

  it("approaches beta for very large spend", () => {
    expect(hill(1e12, s) / s.beta).toBeGreaterThan(0.999);
  });
});

describe("hillDerivative", () => {
  it.each([5_000, 40_000, 120_000])("matches a central finite difference at %d", (x) => {
    const h = 1e-3 * x;
    const numeric = (hill(x + h, s) - hill(x - h, s)) / (2 * h);
    expect(hillDerivative(x, s)).toBeCloseTo(numeric, 6);
  });
});
