import { describe, expect, it } from "vitest";
import { decodeHyper, fitCandidate, hyperPenalty } from "./candidate-model";
import { buildProblem } from "./mmm-problem";
import { deviance } from "./select-model";
import { posteriorMean, SHAPE_GRID, shapeAveragedRoi } from "./shape-averaged-roi";
import { simulateMixData, type SimChannel } from "./testing/simulate";

describe("posteriorMean — weights exp(−(d − min d)/2)", () => {
  it.each([
    // weights 1 and e^{−ln 3} = 1/3: (1·1 + 3·1/3) / (4/3) = 1.5
    { values: [1, 3], d: [0, 2 * Math.log(3)], expected: 1.5 },
    // equal deviances: the plain mean; a shift of every d changes nothing
    { values: [2, 4, 9], d: [100, 100, 100], expected: 5 },
    // d 0, 2 ln 2, ∞: weights 1, ½, 0 → (1·1 + 4·½) / 1.5 = 2
    { values: [1, 4, 50], d: [0, 2 * Math.log(2), Infinity], expected: 2 },
  ])("$values with d $d → $expected (hand-computed)", ({ values, d, expected }) => {
    expect(posteriorMean(values, d)).toBeCloseTo(expected, 12);
  });

  it("throws naming the function on empty or mismatched input", () => {
    expect(() => posteriorMean([], [])).toThrow(/posteriorMean/);
    expect(() => posteriorMean([1, 2], [0])).toThrow(/posteriorMean/);
    expect(() => posteriorMean([1], [Infinity])).toThrow(/posteriorMean/);
  });
});

describe("shapeAveragedRoi — a channel's ROI averaged over its Hill alpha and gamma", () => {
  const channels: SimChannel[] = [
    { name: "tv", meanSpend: 20_000, roi: 1.2, theta: 0.5, alpha: 2, gammaFactor: 1.2, darkWeeks: 0.3 },
    // always-on, concave (alpha 1), far from saturation: the case whose ROI the selected S-shaped fit understated
    { name: "search", meanSpend: 8_000, roi: 2.5, theta: 0.1, alpha: 1, gammaFactor: 2 },
  ];
  const { input, truth } = simulateMixData({ seed: 5, weeks: 156, channels, noise: 0.03 });
  const problem = buildProblem(input, "geometric", 8, true, true);
  const lambda = problem.lambdas[0];
  const none = [false, false];
  const q = 1 + problem.controlZ.length;
  const roiAt = (u: number[], c: number) => {
    const f = fitCandidate(problem, decodeHyper(problem, u), [lambda], { pinned: none });
    return ((f.b[q + c] / f.hSd[c]) * f.hMean[c] * problem.n) / problem.media[c].total;
  };

  it("depends on the channel's adstock and the other channels, not on its own alpha and gamma coordinates", () => {
    // u = [theta, alpha, gamma] per channel (geometric): search's alpha and gamma coordinates are replaced by the grid.
    const a = shapeAveragedRoi(problem, [0.5, 0.6, 0.5, 0.1, 1, 0.9], 1, lambda, none);
    const b = shapeAveragedRoi(problem, [0.5, 0.6, 0.5, 0.1, 0, 0.1], 1, lambda, none);
    expect(a).toBeCloseTo(b, 12);
    expect(shapeAveragedRoi(problem, [0.5, 0.6, 0.5, 0.6, 1, 0.9], 1, lambda, none)).not.toBeCloseTo(a, 6);
  });

  it("lies between the smallest and largest ROI on its grid", () => {
    const u = [0.5, 0.6, 0.5, 0.1, 0.5, 0.5];
    const grid: number[] = [];
    for (let i = 0; i < SHAPE_GRID; i++)
      for (let j = 0; j < SHAPE_GRID; j++) grid.push(roiAt([0.5, 0.6, 0.5, 0.1, (i + 0.5) / SHAPE_GRID, (j + 0.5) / SHAPE_GRID], 1));
    const avg = shapeAveragedRoi(problem, u, 1, lambda, none);
    expect(avg).toBeGreaterThanOrEqual(Math.min(...grid) - 1e-12);
    expect(avg).toBeLessThanOrEqual(Math.max(...grid) + 1e-12);
  });

  it("is the posterior mean over the cell midpoints of its alpha × gamma grid, weighted by deviance + alpha prior", () => {
    // Rebuilt from the pieces: midpoints (i + ½)/SHAPE_GRID of both coordinates, weight exp(−D/2) with D the deviance
    // plus hyperPenalty (the alpha prior). Without the prior (or with the bootstrap's λ, or the adstock averaged) it differs.
    const base = [0.5, 0.6, 0.5, 0.111, 0.3, 0.7];
    const rois: number[] = [],
      ds: number[] = [];
    for (let i = 0; i < SHAPE_GRID; i++) {
      for (let j = 0; j < SHAPE_GRID; j++) {
        const u = [0.5, 0.6, 0.5, 0.111, (i + 0.5) / SHAPE_GRID, (j + 0.5) / SHAPE_GRID];
        const f = fitCandidate(problem, decodeHyper(problem, u), [lambda], { pinned: none });
        rois.push(roiAt(u, 1));
        ds.push(deviance(f.objectives, problem.n) + hyperPenalty(problem, u));
      }
    }
    const avg = shapeAveragedRoi(problem, base, 1, lambda, none);
    expect(avg).toBeCloseTo(posteriorMean(rois, ds), 10);
    expect(avg).not.toBeCloseTo(
      posteriorMean(
        rois,
        ds.map((d, k) => d - hyperPenalty(problem, [0.5, 0.6, 0.5, 0.111, (Math.floor(k / SHAPE_GRID) + 0.5) / SHAPE_GRID, 0.5])),
      ),
      4,
    );
    // On this well-identified channel (true ROI 2.5) the average stays near the truth.
    expect(Math.abs(avg / truth[1].roi - 1)).toBeLessThan(0.2);
  });

  it("is 0 for a channel pinned at zero and for one that never spends", () => {
    expect(shapeAveragedRoi(problem, [0.5, 0.6, 0.5, 0.1, 0.5, 0.5], 1, lambda, [false, true])).toBe(0);
    const idle = buildProblem({ ...input, media: [input.media[0], { name: "idle", spend: input.media[1].spend.map(() => 0) }] }, "geometric", 8, true, true);
    expect(shapeAveragedRoi(idle, [0.5, 0.6, 0.5, 0.1, 0.5, 0.5], 1, lambda, none)).toBe(0);
    expect(() => shapeAveragedRoi(problem, [0.5, 0.6, 0.5], 2, lambda, none)).toThrow(/shapeAveragedRoi/);
  });
});
