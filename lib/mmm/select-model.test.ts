import { describe, expect, it } from "vitest";
import { deviance, selectModel } from "./select-model";

describe("deviance", () => {
  it("is n·ln(NRMSE²) + K·mean z²", () => {
    expect(deviance([0.1, 0.3], 100)).toBeCloseTo(100 * Math.log(0.01), 10);
    expect(deviance([0.1, 0.3, 2, 4], 100)).toBeCloseTo(100 * Math.log(0.01) + 8, 10);
  });
});

describe("selectModel", () => {
  it("picks the best fit, not the best decomposition distance", () => {
    expect(
      selectModel(
        [
          [0.1, 0.5],
          [0.1005, 0.2],
          [0.12, 0.0],
        ],
        100,
      ),
    ).toBe(0);
  });

  it("trades fit against lift-test agreement on the likelihood scale", () => {
    // 100·ln((0.101/0.1)²) ≈ 1.99 deviance units of fit lost, 4 lift tests × (3 − 0.5) = 10 units gained.
    expect(
      selectModel(
        [
          [0.1, 0.3, 3, 4],
          [0.101, 0.3, 0.5, 4],
        ],
        100,
      ),
    ).toBe(1);
    expect(
      selectModel(
        [
          [0.1, 0.3, 3, 4],
          [0.11, 0.3, 0.5, 4],
        ],
        100,
      ),
    ).toBe(0);
  });

  it("breaks exact ties by the smaller RSSD", () => {
    expect(
      selectModel(
        [
          [0.1, 0.5],
          [0.1, 0.2],
        ],
        50,
      ),
    ).toBe(1);
  });
});
