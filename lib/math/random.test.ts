import { describe, expect, it } from "vitest";
import { createRng } from "./random";

describe("createRng", () => {
  it("is reproducible from its seed and differs across seeds", () => {
    const a = createRng(42),
      b = createRng(42),
      c = createRng(43);
    const xa = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xa);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xa);
  });

  it("draws uniforms with mean 1/2 and normals with mean 0, variance 1", () => {
    const rng = createRng(7);
    const n = 200_000;
    let su = 0,
      sn = 0,
      sn2 = 0;
    for (let i = 0; i < n; i++) {
      su += rng.next();
      const z = rng.normal();
      sn += z;
      sn2 += z * z;
    }
    // Standard errors: uniform mean 0.00065, normal mean 0.0022, variance 0.0032; bounds are ~5 SE.
    expect(Math.abs(su / n - 0.5)).toBeLessThan(0.004);
    expect(Math.abs(sn / n)).toBeLessThan(0.012);
    expect(Math.abs(sn2 / n - 1)).toBeLessThan(0.016);
  });
});
