import { describe, expect, it } from "vitest";
import { decodeHyper, fitCandidate } from "./candidate-model";
import { buildProblem } from "./mmm-problem";
import { CHI2_1_90, profileRoiBounds } from "./profile-likelihood";
import { simulateMixData, SIX_CHANNELS } from "./testing/simulate";

describe("profileRoiBounds", () => {
  const { input } = simulateMixData({ seed: 9, channels: SIX_CHANNELS.slice(0, 2) });
  const problem = buildProblem(input, "geometric", 8, true, true);
  const x = new Float64Array(6).fill(0.5);
  const fit = fitCandidate(problem, decodeHyper(problem, x), [1e-3]);
  const roi = (c: number) => ((fit.b[fit.b.length - 2 + c] / fit.hSd[c]) * fit.hMean[c] * problem.n) / problem.media[c].total;

  it("brackets the best candidate's ROI", () => {
    const { low, high } = profileRoiBounds(problem, [{ x, f: fit.objectives }], 1e-3);
    for (let c = 0; c < 2; c++) {
      expect(low[c]).toBeLessThanOrEqual(roi(c));
      expect(high[c]).toBeGreaterThanOrEqual(roi(c));
      expect(high[c] - low[c]).toBeGreaterThan(0);
    }
  });

  it("ignores candidates whose deviance is more than χ²₁(0.90) worse, widens with plausible ones", () => {
    const alt = new Float64Array(6).fill(0.5);
    alt[2] = 0.1; // another Hill shape for channel 0
    const altFit = fitCandidate(problem, decodeHyper(problem, alt), [1e-3]);
    const alone = profileRoiBounds(problem, [{ x, f: fit.objectives }], 1e-3);
    const both = profileRoiBounds(
      problem,
      [
        { x, f: fit.objectives },
        { x: alt, f: altFit.objectives },
      ],
      1e-3,
    );
    const dDev = problem.n * Math.log((altFit.objectives[0] / fit.objectives[0]) ** 2);
    if (Math.abs(dDev) > CHI2_1_90) {
      // Whichever is worse by more than the cut-off contributes nothing beyond the better one alone.
      const better = dDev > 0 ? alone : profileRoiBounds(problem, [{ x: alt, f: altFit.objectives }], 1e-3);
      expect(both.low[0]).toBeCloseTo(better.low[0], 9);
      expect(both.high[0]).toBeCloseTo(better.high[0], 9);
    } else {
      expect(both.high[0] - both.low[0]).toBeGreaterThanOrEqual(alone.high[0] - alone.low[0] - 1e-12);
    }
  });
});
