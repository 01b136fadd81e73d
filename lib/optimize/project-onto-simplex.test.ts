import { describe, expect, it } from "vitest";
import { createRng } from "../math/random";
import { projectOntoSimplex } from "./project-onto-simplex";

describe("projectOntoSimplex", () => {
  it("matches hand-computed projections", () => {
    expect(projectOntoSimplex([0.5, 0.5], 1)).toEqual([0.5, 0.5]);
    // v = [3, 1, −1], total 2: the threshold is τ = 1, so x = max(v − 1, 0) = [2, 0, 0].
    expect(projectOntoSimplex([3, 1, -1], 2)).toEqual([2, 0, 0]);
    expect(projectOntoSimplex([1, 2, 3], 3)).toEqual([0, 1, 2]);
  });

  it("is the closest point: no random feasible point is nearer", () => {
    const rng = createRng(3);
    const v = Array.from({ length: 6 }, () => rng.normal() * 3);
    const p = projectOntoSimplex(v, 5);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(5, 12);
    const dist = (x: number[]) => x.reduce((a, xi, i) => a + (xi - v[i]) ** 2, 0);
    for (let k = 0; k < 2000; k++) {
      const raw = v.map(() => rng.next());
      const s = raw.reduce((a, b) => a + b, 0);
      expect(dist(raw.map((r) => (5 * r) / s))).toBeGreaterThanOrEqual(dist(p) - 1e-12);
    }
  });
});
