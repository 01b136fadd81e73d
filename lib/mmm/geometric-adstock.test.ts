import { describe, expect, it } from "vitest";
import { geometricAdstockWeights } from "./geometric-adstock";

describe("geometricAdstockWeights", () => {
  it.each([
    { theta: 0.5, maxLag: 2, expected: [4 / 7, 2 / 7, 1 / 7] },
    { theta: 0, maxLag: 3, expected: [1, 0, 0, 0] },
    // 1 + 0.2 = 1.2
    { theta: 0.2, maxLag: 1, expected: [1 / 1.2, 0.2 / 1.2] },
  ])("theta $theta, maxLag $maxLag", ({ theta, maxLag, expected }) => {
    const w = geometricAdstockWeights(theta, maxLag);
    expect(w.length).toBe(expected.length);
    expected.forEach((e, i) => expect(w[i]).toBeCloseTo(e, 12));
  });

  it("rejects a decay outside [0, 1]", () => {
    expect(() => geometricAdstockWeights(1.2, 3)).toThrow(/geometricAdstockWeights/);
    expect(() => geometricAdstockWeights(0.5, -1)).toThrow(/maxLag/);
  });
});
