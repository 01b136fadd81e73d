import { describe, expect, it } from "vitest";
import { partnersOf, SPEND_OVERLAP_R, spendOverlaps } from "./spend-overlap";

describe("spendOverlaps", () => {
  it("is Pearson's r on one series per channel (hand-computed: 5 / √(2 · 38/3) = 0.99339)", () => {
    const out = spendOverlaps([
      { name: "a", spend: [[1, 2, 3]] },
      { name: "b", spend: [[2, 4, 7]] },
    ]);
    expect(out).toHaveLength(1);
    expect(out[0].a).toBe("a");
    expect(out[0].b).toBe("b");
    expect(out[0].r).toBeCloseTo(5 / Math.sqrt((2 * 38) / 3), 12);
  });

  it("centres each region on its own mean: a bigger region spending more on both channels is not a correlation", () => {
    // Within each region the two channels move in opposite directions (r = −1); concatenated, the level
    // difference between the regions would read as r ≈ +0.96.
    const out = spendOverlaps([
      {
        name: "a",
        spend: [
          [1, 2, 3],
          [11, 12, 13],
        ],
      },
      {
        name: "b",
        spend: [
          [3, 2, 1],
          [13, 12, 11],
        ],
      },
    ]);
    expect(out).toHaveLength(1);
    expect(out[0].r).toBeCloseTo(-1, 12);
  });

  it("keeps only pairs at |r| ≥ the threshold, strongest first, and skips channels that never vary", () => {
    const t = [0, 1, 2, 3, 4, 5, 6, 7];
    const base = t.map((x) => Math.sin(x));
    const out = spendOverlaps([
      { name: "flat", spend: [t.map(() => 5)] },
      { name: "x", spend: [base] },
      { name: "y", spend: [base.map((v, i) => v + 0.05 * (i % 2))] },
      { name: "z", spend: [t.map((x) => Math.cos(3 * x))] },
    ]);
    expect(out.map((o) => [o.a, o.b])).toEqual([["x", "y"]]);
    expect(out[0].r).toBeGreaterThan(SPEND_OVERLAP_R);
    expect(
      spendOverlaps(
        [
          { name: "x", spend: [base] },
          { name: "z", spend: [t.map((x) => Math.cos(3 * x))] },
        ],
        0,
      ),
    ).toHaveLength(1);
  });

  it("refuses series of different lengths rather than misreading them", () => {
    expect(() =>
      spendOverlaps([
        { name: "a", spend: [[1, 2, 3]] },
        { name: "b", spend: [[1, 2]] },
      ]),
    ).toThrow(/differ in length/);
  });
});

describe("partnersOf", () => {
  it("lists a channel's partners from either side of each pair", () => {
    const overlaps = [
      { a: "video", b: "podcast", r: 0.65 },
      { a: "display", b: "podcast", r: 0.63 },
      { a: "tv", b: "search", r: 0.7 },
    ];
    expect(partnersOf("podcast", overlaps)).toEqual([
      { name: "video", r: 0.65 },
      { name: "display", r: 0.63 },
    ]);
    expect(partnersOf("radio", overlaps)).toEqual([]);
  });
});
