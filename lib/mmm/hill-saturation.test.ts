import { describe, expect, it } from "vitest";
import { hillShape, hillShapeDerivative } from "./hill-saturation";

describe("hillShape", () => {
  it.each([
    { x: 2, alpha: 1, gamma: 2, h: 0.5 },
    { x: 1, alpha: 2, gamma: 1, h: 0.5 },
    { x: 3, alpha: 2, gamma: 1, h: 0.9 },
    { x: 1, alpha: 1, gamma: 3, h: 0.25 },
    { x: 0, alpha: 0.5, gamma: 1, h: 0 },
  ])("x=$x alpha=$alpha gamma=$gamma → $h", ({ x, alpha, gamma, h }) => expect(hillShape(x, alpha, gamma)).toBeCloseTo(h, 12));
});

describe("hillShapeDerivative", () => {
  it.each([
    // alpha·x^(alpha−1)·gamma^alpha / (x^alpha + gamma^alpha)^2
    { x: 1, alpha: 2, gamma: 1, d: 0.5 },
    { x: 3, alpha: 2, gamma: 1, d: 0.06 },
    { x: 1, alpha: 1, gamma: 3, d: 3 / 16 },
    { x: 0, alpha: 1, gamma: 4, d: 0.25 },
    { x: 0, alpha: 2, gamma: 4, d: 0 },
  ])("x=$x alpha=$alpha gamma=$gamma → $d", ({ x, alpha, gamma, d }) => expect(hillShapeDerivative(x, alpha, gamma)).toBeCloseTo(d, 12));

  it("matches a central finite difference", () => {
    const f = (x: number) => hillShape(x, 1.7, 2.3);
    const x = 1.4, h = 1e-6;
    expect(hillShapeDerivative(x, 1.7, 2.3)).toBeCloseTo((f(x + h) - f(x - h)) / (2 * h), 7);
  });
});
