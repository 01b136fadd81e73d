import { describe, expect, it } from "vitest";
import { createRng } from "../math/random";
import { defaultBlockLength, movingBlockIndices } from "./block-bootstrap";

describe("movingBlockIndices", () => {
  it("returns n indices made of consecutive (circular) runs of the block length", () => {
    const idx = movingBlockIndices(20, 4, createRng(5));
    expect(idx.length).toBe(20);
    for (let b = 0; b < 5; b++) for (let l = 1; l < 4; l++) expect(idx[b * 4 + l]).toBe((idx[b * 4] + l) % 20);
  });

  it("visits every week about equally often (circular blocks have no edge bias)", () => {
    const rng = createRng(9),
      counts = new Array(12).fill(0);
    for (let r = 0; r < 4000; r++) for (const i of movingBlockIndices(12, 3, rng)) counts[i]++;
    counts.forEach((c) => expect(Math.abs(c / 4000 - 1)).toBeLessThan(0.05));
  });

  it("picks ≈ n^(1/3) as the default block length", () => {
    expect(defaultBlockLength(156)).toBe(5);
    expect(defaultBlockLength(4)).toBe(2);
  });
});
