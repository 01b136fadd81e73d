import { describe, expect, it } from "vitest";
import type { DrawCurves } from "./draw-curves";
import { moveHingesOn } from "./move-uncertainty";

// Hill curves with alpha 1 and gamma 100: f(x) = beta · x / (x + 100).
const curves = (betas: number[][], fromDraws = true): DrawCurves => ({
  draws: betas[0].length,
  fromDraws,
  alpha: betas.map((b) => new Float64Array(b.length).fill(1)),
  logGamma: betas.map((b) => new Float64Array(b.length).fill(Math.log(100))),
  beta: betas.map((b) => Float64Array.from(b)),
});

describe("moveHingesOn", () => {
  it("names the one channel the draws disagree about (hand-computed: its share is 1)", () => {
    // Moving 100 → 150 on a: gain 0.1 · beta = 10, 20, 30; 100 → 50 on b: −16.67 in every draw (no disagreement).
    expect(
      moveHingesOn(
        curves([
          [100, 200, 300],
          [100, 100, 100],
        ]),
        ["a", "b"],
        [100, 100],
        [150, 50],
      ),
    ).toEqual([{ channel: "a", share: 1 }]);
  });

  it("splits the disagreement by covariance with the total gain (hand-computed 0.625 / 0.375)", () => {
    // a: gains 10, 20, 30; b (betas 300, 200, 100, cut to 50): −50, −33.3, −16.7. Total −40, −13.3, 13.3.
    // Cov(b, total) / Var(total) = (2 · 16.67 · 26.67) / (2 · 26.67²) = 0.625; a: 0.375.
    const h = moveHingesOn(
      curves([
        [100, 200, 300],
        [300, 200, 100],
      ]),
      ["a", "b"],
      [100, 100],
      [150, 50],
    );
    expect(h.map((x) => x.channel)).toEqual(["b", "a"]);
    expect(h[0].share).toBeCloseTo(0.625, 12);
    expect(h[1].share).toBeCloseTo(0.375, 12);
  });

  it("leaves out channels below the minimum share and scales with the margin not at all", () => {
    const c = curves([
      [100, 200, 300],
      [100, 101, 102],
    ]);
    const h = moveHingesOn(c, ["a", "b"], [100, 100], [150, 50]);
    expect(h.map((x) => x.channel)).toEqual(["a"]);
    const scaled = moveHingesOn(c, ["a", "b"], [100, 100], [150, 50], 3);
    expect(scaled.map((x) => x.channel)).toEqual(["a"]);
    expect(scaled[0].share).toBeCloseTo(h[0].share, 12);
  });

  it("is empty without draws, for no move, and when every draw agrees", () => {
    expect(moveHingesOn(curves([[100], [100]], false), ["a", "b"], [100, 100], [150, 50])).toEqual([]);
    expect(
      moveHingesOn(
        curves([
          [100, 200],
          [100, 300],
        ]),
        ["a", "b"],
        [100, 100],
        [100, 100],
      ),
    ).toEqual([]);
    expect(
      moveHingesOn(
        curves([
          [100, 100],
          [100, 100],
        ]),
        ["a", "b"],
        [100, 100],
        [150, 50],
      ),
    ).toEqual([]);
  });
});
