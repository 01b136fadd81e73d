import { describe, expect, it } from "vitest";
import { mediaPrefix, refitOnRows, replicateRows } from "./bootstrap-replicate";
import { movingBlockIndices } from "./block-bootstrap";
import { createRng } from "../math/random";
import { decodeHyper, fitCandidate } from "./candidate-model";
import { buildProblem } from "./mmm-problem";
import { simulateMixData, SIX_CHANNELS } from "./testing/simulate";

describe("refitOnRows", () => {
  const { input } = simulateMixData({ seed: 8, channels: SIX_CHANNELS.slice(0, 3) });
  const problem = buildProblem(input, "geometric", 8, true, true);
  const fit = fitCandidate(problem, decodeHyper(problem, new Float64Array(9).fill(0.4)), [1e-3]);

  it("reproduces the full-data fit when the resample is the identity", () => {
    const idx = Int32Array.from({ length: problem.n }, (_, t) => t);
    const { b, objectives } = refitOnRows(problem, replicateRows(problem, idx, []), fit, fit.penalty, 0);
    fit.b.forEach((v, j) => expect(b[j]).toBeCloseTo(v, 6));
    expect(objectives[0]).toBeCloseTo(fit.objectives[0], 9);
    expect(objectives[1]).toBeCloseTo(fit.objectives[1], 9);
  });

  it("weights every week by how often the resample draws it", () => {
    // Drawing weeks 0..n/2−1 twice each equals a fit on those weeks with doubled Gram — same coefficients
    // as a fit on the first half with the penalty halved.
    const half = Math.floor(problem.n / 2);
    const twice = Int32Array.from({ length: 2 * half }, (_, k) => k % half);
    const once = Int32Array.from({ length: half }, (_, k) => k);
    const a = refitOnRows({ ...problem, n: 2 * half }, replicateRows({ ...problem, n: 2 * half }, twice, []), fit, fit.penalty, 0).b;
    const halfPenalty = fit.penalty.map((v) => v / 2);
    const b = refitOnRows({ ...problem, n: half }, replicateRows({ ...problem, n: half }, once, []), fit, halfPenalty, 0).b;
    a.forEach((v, j) => expect(v).toBeCloseTo(b[j], 6));
  });

  it("gives the same fit from the design's prefix sums over the resample's runs as from the gathered weeks", () => {
    const rng = createRng(3);
    for (let r = 0; r < 5; r++) {
      const rows = replicateRows(problem, movingBlockIndices(problem.n, 5, rng), []);
      // Runs cover the resample exactly: their lengths add up to n.
      let covered = 0;
      for (let k = 0; k < rows.segments.length; k += 2) covered += rows.segments[k + 1] - rows.segments[k];
      expect(covered).toBe(problem.n);
      expect(rows.segments.length / 2).toBeLessThan(problem.n / 3);
      const direct = refitOnRows(problem, rows, fit, fit.penalty, 0, fit.b);
      const viaPrefix = refitOnRows(problem, rows, fit, fit.penalty, 0, fit.b, mediaPrefix(problem, fit));
      direct.b.forEach((v, j) => expect(viaPrefix.b[j]).toBeCloseTo(v, 6));
      direct.objectives.forEach((v, j) => expect(viaPrefix.objectives[j]).toBeCloseTo(v, 10));
    }
  });
});
