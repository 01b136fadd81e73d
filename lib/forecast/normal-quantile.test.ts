import { describe, expect, it } from "vitest";
import { normalQuantile } from "./normal-quantile";

// reference values: scipy.stats.norm.ppf
describe("normalQuantile", () => {
  it.each([
    [0.5, 0],
    [0.75, 0.6744897501960817],
    [0.9, 1.2815515655446004],
    [0.975, 1.959963984540054],
    [0.001, -3.090232306167813],
    [0.01, -2.3263478740408408],
  ])("Φ⁻¹(%f) = %f", (p, z) => {
    expect(normalQuantile(p)).toBeCloseTo(z, 8);
  });

  it("rejects p outside (0, 1)", () => {
    expect(() => normalQuantile(1)).toThrow(/normalQuantile/);
  });
});
