import { describe, expect, it } from "vitest";
import { decodeHyper, fitCandidate, hyperPenalty } from "./candidate-model";
import { fitMarketingMixModel } from "./fit-marketing-mix-model";
import { identifyChannels, noEffectThreshold, unidentifiedRoi, type PlausibleFit } from "./identify-channels";
import { buildProblem } from "./mmm-problem";
import { deviance } from "./select-model";
import { simulateMixData, SIX_CHANNELS, type SimChannel } from "./testing/simulate";

const withDud: SimChannel[] = [...SIX_CHANNELS.slice(0, 2), { name: "dud", meanSpend: 8_000, roi: 0, theta: 0.3, alpha: 1, gammaFactor: 1 }];

describe("identifyChannels — the rule for an effect indistinguishable from zero", () => {
  const { input } = simulateMixData({ seed: 21, channels: withDud, noise: 0.02 });
  const problem = buildProblem(input, "geometric", 8, true, true);
  const plausible = (xs: Float64Array[]): PlausibleFit[] =>
    xs.map((x) => {
      const fit = fitCandidate(problem, decodeHyper(problem, x), [1e-3]);
      return { x, fit, d: deviance(fit.objectives, problem.n) + hyperPenalty(problem, x) };
    });
  const x0 = new Float64Array(9).fill(0.4);

  it("LR of a channel = rise of the best penalised deviance when it is pinned at zero (hand-computed on one candidate)", () => {
    const fits = plausible([x0]);
    const { lr, unidentified } = identifyChannels(problem, fits);
    const q = 1 + problem.controlZ.length;
    for (let c = 0; c < 3; c++) {
      if (unidentified[c]) continue;
      // Refit by hand with channel c (and the channels eliminated before it) held at zero.
      const pinned = unidentified.map((u, i) => u || i === c);
      const base = fitCandidate(problem, decodeHyper(problem, x0), [1e-3], { pinned: unidentified });
      const without = fitCandidate(problem, decodeHyper(problem, x0), [1e-3], { pinned });
      expect(without.b[q + c]).toBe(0);
      expect(lr[c]).toBeCloseTo(Math.max(0, deviance(without.objectives, problem.n) - deviance(base.objectives, problem.n)), 4);
    }
  });

  it("the threshold is χ²_{1+k}(0.90): 7.78 with geometric adstock (3 shape parameters), 9.24 with Weibull (4)", () => {
    expect(noEffectThreshold(problem)).toBeCloseTo(7.77944, 4);
    expect(noEffectThreshold(buildProblem(input, "weibull-pdf", 8, true, true))).toBeCloseTo(9.23636, 4);
  });

  it("flags the channel with no effect (LR below the threshold) and keeps the real ones (LR far above)", () => {
    const fits = plausible([x0, new Float64Array(9).fill(0.6), new Float64Array(9).fill(0.2)]);
    const { lr, unidentified } = identifyChannels(problem, fits);
    expect(unidentified).toEqual([false, false, true]);
    expect(lr[2]).toBeLessThan(noEffectThreshold(problem));
    expect(Math.min(lr[0], lr[1])).toBeGreaterThan(5 * noEffectThreshold(problem));
  });

  it("options.testable: only the testable channels may be eliminated; the others stay free and keep lr = Infinity", () => {
    const fits = plausible([x0, new Float64Array(9).fill(0.6), new Float64Array(9).fill(0.2)]);
    const onlyDud = identifyChannels(problem, fits, { testable: [false, false, true] });
    expect(onlyDud.unidentified).toEqual([false, false, true]);
    expect(onlyDud.lr[0]).toBe(Infinity);
    expect(onlyDud.lr[1]).toBe(Infinity);
    // The dud's LR is the same as in the full test's first round (nothing else pinned): hand-computed over the fits.
    const q = 1 + problem.controlZ.length;
    const best = (pinned: boolean[]) =>
      Math.min(
        ...fits.map((p) => {
          const f = fitCandidate(problem, decodeHyper(problem, p.x), [1e-3], { pinned });
          pinned.forEach((on, c) => on && expect(f.b[q + c]).toBe(0));
          return deviance(f.objectives, problem.n) + hyperPenalty(problem, p.x);
        }),
      );
    expect(onlyDud.lr[2]).toBeCloseTo(Math.max(0, best([false, false, true]) - best([false, false, false])), 3);
    // Nothing testable: nothing is eliminated, not even the dud.
    expect(identifyChannels(problem, fits, { testable: [false, false, false] }).unidentified).toEqual([false, false, false]);
    // A real channel alone testable is tested and kept.
    const tvOnly = identifyChannels(problem, fits, { testable: [true, false, false] });
    expect(tvOnly.unidentified).toEqual([false, false, false]);
    expect(tvOnly.lr[0]).toBeGreaterThan(5 * noEffectThreshold(problem));
  });

  it("a channel that never spends is unidentified by definition", () => {
    const silent = { ...input, media: [...input.media, { name: "silent", spend: new Array(input.dates.length).fill(0) }] };
    const p = buildProblem(silent, "geometric", 8, true, true);
    const x = new Float64Array(12).fill(0.4);
    const fit = fitCandidate(p, decodeHyper(p, x), [1e-3]);
    expect(identifyChannels(p, [{ x, fit, d: 0 }]).unidentified[3]).toBe(true);
  });

  it("a channel that spends the same every week is unidentified by definition, with lr 0, even when the first weeks ramp", () => {
    // A fixed weekly fee whose carryover builds up over the first weeks: that ramp is the only thing telling it from
    // the intercept, and it comes from where the data start (real spend before them carries over), not from the fee.
    const n = input.dates.length;
    const kpi = input.kpi.map((v, t) => v + 30_000 * (1 - 0.6 ** (t + 1)));
    const fee = { ...input, kpi, media: [...input.media, { name: "fee", spend: new Array(n).fill(5_000) }] };
    const p = buildProblem(fee, "geometric", 8, true, true);
    const x = new Float64Array(12).fill(0.4);
    x[9] = 0.9; // the fee's decay near the top of its range: the ramp spans the first weeks
    const fit = fitCandidate(p, decodeHyper(p, x), [1e-3]);
    const id = identifyChannels(p, [{ x, fit, d: 0 }]);
    expect(id.unidentified[3]).toBe(true);
    expect(id.lr[3]).toBe(0);
    expect(id.unidentified.slice(0, 2)).toEqual([false, false]);
  });

  it("unidentifiedRoi: bootstrap median × Akaike weight 1/(1 + exp(−(LR − 2(1 + k))/2)) (hand-computed)", () => {
    const cases: [median: number, lr: number, k: number, expected: number][] = [
      [1.2, 8, 3, 0.6], // LR = 2(1 + k): AIC cannot choose, w = ½
      [1.2, 10, 4, 0.6],
      [2, 0, 3, 2 / (1 + Math.exp(4))], // no evidence: w = 1/(1 + e⁴) ≈ 0.018
      [2, 4, 3, 2 / (1 + Math.exp(2))], // ≈ 0.238
      [2, 7.78, 3, 2 / (1 + Math.exp(0.11))], // at the geometric threshold: ≈ 0.945
      [0, 5, 3, 0],
      [1, Infinity, 3, 0], // a channel that never spends
    ];
    for (const [median, lr, k, expected] of cases) expect(unidentifiedRoi(median, lr, k), `${median}, ${lr}, ${k}`).toBeCloseTo(expected, 12);
  });

  it("in a full fit: the null channel says so (identified false, ROI ≈ 0, interval from 0), the real ones do not", () => {
    const r = fitMarketingMixModel(input, { seed: 2, iterations: 30, bootstrap: 30 });
    const dud = r.channels.find((c) => c.name === "dud")!;
    expect(dud.identified).toBe(false);
    // ROI: the Akaike-weighted bootstrap median (the rule above), near 0 for a channel with no effect.
    expect(dud.roi).toBeCloseTo(unidentifiedRoi(dud.roiMedian, dud.noEffectLr!, 3), 12);
    expect(dud.roi).toBeLessThanOrEqual(0.3);
    expect(dud.contribution).toBe(0);
    expect(dud.roiLow).toBe(0);
    // Its marginal ROI says the same: the point (0, the channel is held at zero) and an interval that starts at 0.
    expect(dud.mroiLow).toBe(0);
    // Every reported point lies inside its own reported interval.
    for (const c of r.channels) {
      expect(c.roiLow, c.name).toBeLessThanOrEqual(c.roi);
      expect(c.roi, c.name).toBeLessThanOrEqual(c.roiHigh);
      expect(c.mroiLow, c.name).toBeLessThanOrEqual(c.mroi);
      expect(c.mroi, c.name).toBeLessThanOrEqual(c.mroiHigh);
    }
    expect(dud.noEffectLr!).toBeLessThan(noEffectThreshold(buildProblem(input, "geometric", 8, true, true)));
    expect(r.identification.unidentified).toEqual(["dud"]);
    expect(r.responseModel.channels.find((c) => c.name === "dud")!.identified).toBe(false);
    for (const name of ["tv", "search"]) expect(r.channels.find((c) => c.name === name)!.identified, name).toBe(true);
  });
});
