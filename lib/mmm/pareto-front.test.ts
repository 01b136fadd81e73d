import { describe, expect, it } from "vitest";
import { closestToUtopia, crowdingDistance, dominates, nonDominatedSort } from "./pareto-front";

describe("dominates", () => {
  it.each([
    { a: [1, 1], b: [2, 2], r: true },
    { a: [1, 2], b: [1, 2], r: false },
    { a: [1, 3], b: [2, 2], r: false },
    { a: [1, 2], b: [1, 3], r: true },
  ])("$a vs $b → $r", ({ a, b, r }) => expect(dominates(a, b)).toBe(r));
});

describe("nonDominatedSort", () => {
  it("layers points into fronts", () => {
    const pts = [
      [1, 4],
      [2, 2],
      [4, 1],
      [3, 3],
      [5, 5],
      [2, 5],
    ];
    expect(nonDominatedSort(pts).map((f) => [...f].sort())).toEqual([[0, 1, 2], [3, 5], [4]]);
  });
});

describe("crowdingDistance", () => {
  it("gives boundary points infinity and interior points the normalised side lengths", () => {
    const pts = [
      [0, 4],
      [1, 2],
      [4, 0],
    ];
    const d = crowdingDistance(pts, [0, 1, 2]);
    expect(d[0]).toBe(Infinity);
    expect(d[2]).toBe(Infinity);
    expect(d[1]).toBeCloseTo(4 / 4 + 4 / 4, 12);
  });
});

describe("closestToUtopia", () => {
  it("picks the knee of a convex front", () => {
    const pts = [
      [0, 1],
      [0.2, 0.2],
      [1, 0],
    ];
    expect(closestToUtopia(pts, [0, 1, 2])).toBe(1);
    // Weighting the first objective 30× pushes the pick to its minimum.
    expect(closestToUtopia(pts, [0, 1, 2], [30, 1])).toBe(0);
  });
});
