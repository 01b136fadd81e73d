import { describe, expect, it } from "vitest";
import { adstockWeights } from "../math/response-curve";
import { ALPHA_PRIOR_SD, decodeHyper, fitCandidate, GAMMA_QUANTILES, gammaRange, hyperPenalty, refitPinned } from "./candidate-model";
import { fitMarketingMixModel } from "./fit-marketing-mix-model";
import { buildProblem } from "./mmm-problem";
import { deviance } from "./select-model";
import { simulateMixData, SIX_CHANNELS } from "./testing/simulate";

describe("gammaRange — Hill gamma is searched inside the channel's observed adstocked spend", () => {
  it("uses the 10 % quantile and the maximum of the adstocked weeks with spend (hand-computed)", () => {
    expect(GAMMA_QUANTILES).toEqual([0.1, 1]);
    // No carryover (weights [1]): the adstocked series is the spend. Non-zero values 10, 20, …, 100 (zeros dropped):
    // type-7 quantile at 0.1 = 10 + 0.9·(20 − 10) = 19; maximum 100.
    const spend = [0, 10, 20, 30, 0, 40, 50, 60, 70, 80, 90, 100];
    expect(gammaRange(spend, [1])).toEqual([19, 100]);
  });

  it("adstocks first and leaves out the first lag window (its adstock misses the spend before the data)", () => {
    // Weights [0.5, 0.5]: a_t = (x_t + x_{t−1})/2 → [5, 15, 25, 35, 45, 55, 65, 75]; the first week is skipped,
    // leaving 15 … 75: q(0.1) = 15 + 0.6·10 = 21, max 75.
    const spend = [10, 20, 30, 40, 50, 60, 70, 80];
    const [lo, hi] = gammaRange(spend, [0.5, 0.5]);
    expect(lo).toBeCloseTo(21, 12);
    expect(hi).toBeCloseTo(75, 12);
  });

  it("takes the weeks with spend: the decaying tails after a bursty channel's flights do not pull the lower end down", () => {
    // Weights [1, 0.1, 0.01]; flights of 100, 200, 300 in weeks 1, 4, 7 → adstock
    // [0, 100, 10, 1, 200, 20, 2, 300, 30, 3]; the first two weeks are skipped. The weeks with spend past them: 4 and
    // 7 (200, 300) → q(0.1) = 200 + 0.1·100 = 210, max 300. Counting every week with a non-zero adstock (the old rule)
    // gives 1, 2, 3, 10, 20, 30, 200, 300 → q(0.1) = 1.7: a gamma at 1/170 of the flights, a step the search used.
    const spend = [0, 100, 0, 0, 200, 0, 0, 300, 0, 0];
    const [lo, hi] = gammaRange(spend, [1, 0.1, 0.01]);
    expect(lo).toBeCloseTo(210, 12);
    expect(hi).toBeCloseTo(300, 12);
  });

  it("falls back to [1, 1] for a channel that never spends", () => {
    expect(gammaRange([0, 0, 0, 0], [0.6, 0.4])).toEqual([1, 1]);
  });

  it("maps the unit interval onto the range log-uniformly, for every candidate the search can propose", () => {
    const { input } = simulateMixData({ seed: 3, channels: SIX_CHANNELS.slice(0, 3) });
    const problem = buildProblem(input, "geometric", 8, true, true);
    for (const u of [0, 0.37, 1]) {
      const hyper = decodeHyper(problem, new Float64Array(9).fill(u));
      hyper.forEach((h, c) => {
        const [lo, hi] = gammaRange(problem.media[c].spend, adstockWeights(h.adstock));
        expect(h.gamma).toBeCloseTo(Math.exp(Math.log(lo) + u * (Math.log(hi) - Math.log(lo))), 6);
      });
    }
  });

  it("a fitted channel's gamma never leaves its data's adstocked range (point estimate and every draw)", () => {
    const { input } = simulateMixData({ seed: 11, channels: SIX_CHANNELS.slice(0, 4), noise: 0.03 });
    const r = fitMarketingMixModel(input, { seed: 1, iterations: 25, bootstrap: 20 });
    const within = (name: string, adstock: Parameters<typeof adstockWeights>[0], gamma: number) => {
      const spend = input.media.find((m) => m.name === name)!.spend;
      const [lo, hi] = gammaRange(spend, adstockWeights(adstock));
      expect(gamma, name).toBeGreaterThanOrEqual(lo * (1 - 1e-9));
      expect(gamma, name).toBeLessThanOrEqual(hi * (1 + 1e-9));
    };
    for (const c of r.channels) within(c.name, c.adstock, c.saturation.gamma);
    for (const draw of r.responseModel.draws!) for (const c of draw) within(c.name, c.adstock, c.saturation.gamma);
    // The planner's data range is the same series' extremes: the largest adstocked week bounds gamma from above.
    for (const c of r.responseModel.channels) expect(c.saturation.gamma).toBeLessThanOrEqual(c.dataMax! * (1 + 1e-9));
  });
});

describe("hyperPenalty — log-normal prior on the Hill alpha", () => {
  it("is Σ (ln α / s)² with s = ln 3 / 1.645 (hand-computed)", () => {
    const { input } = simulateMixData({ seed: 3, channels: SIX_CHANNELS.slice(0, 2) });
    const problem = buildProblem(input, "geometric", 8, true, true);
    // Geometric: 3 coordinates per channel [theta, alpha, gamma]; alpha = 0.5 + 2.5·u → u = 0.2 gives α = 1, u = 1 gives α = 3.
    expect(hyperPenalty(problem, [0.5, 0.2, 0.5, 0.5, 0.2, 0.5])).toBeCloseTo(0, 12);
    expect(hyperPenalty(problem, [0.5, 1, 0.5, 0.5, 0.2, 0.5])).toBeCloseTo((Math.log(3) / ALPHA_PRIOR_SD) ** 2, 12);
    // α = 3 sits at the prior's 95th percentile: (ln 3 / s)² = 1.645².
    expect((Math.log(3) / ALPHA_PRIOR_SD) ** 2).toBeCloseTo(1.645 ** 2, 12);
  });
});

describe("refitPinned — the 'without this channel' model of the likelihood-ratio test", () => {
  it("equals a fit with the channel's coefficient held at zero from the start", () => {
    const { input } = simulateMixData({ seed: 5, channels: SIX_CHANNELS.slice(0, 3) });
    const problem = buildProblem(input, "geometric", 8, true, true);
    const hyper = decodeHyper(problem, new Float64Array(9).fill(0.4));
    const full = fitCandidate(problem, hyper, [1e-3]);
    const pinned = refitPinned(problem, full, [false, true, false]);
    const direct = fitCandidate(problem, hyper, [1e-3], { pinned: [false, true, false] });
    const q = 1 + problem.controlZ.length;
    expect(pinned.b[q + 1]).toBe(0);
    // Relative: the SSE is ~1e10 in squared KPI units, so an absolute tolerance would test the last bits of rounding.
    expect(pinned.sse / direct.sse).toBeCloseTo(1, 12);
    expect(deviance(pinned.objectives, problem.n)).toBeCloseTo(deviance(direct.objectives, problem.n), 6);
    // Dropping a real channel can only fit worse.
    expect(pinned.sse).toBeGreaterThanOrEqual(full.sse);
  });
});
