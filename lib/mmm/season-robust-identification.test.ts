import { describe, expect, it } from "vitest";
import { decodeHyper, fitCandidate, hyperPenalty } from "./candidate-model";
import { fitMarketingMixModel } from "./fit-marketing-mix-model";
import { identifyChannels, type PlausibleFit } from "./identify-channels";
import { buildProblem } from "./mmm-problem";
import { SEASON_FOLLOW_R2, seasonRobustIdentification } from "./season-robust-identification";
import { seasonalShare } from "./season-share";
import { deviance } from "./select-model";
import { simulateMixData, SIX_CHANNELS } from "./testing/simulate";

// Three real channels (random weekly budgets), a December demand peak two harmonics cannot draw, and "dud": a channel
// with no effect whose budget rises with that peak.
const { input: base } = simulateMixData({ seed: 31, channels: SIX_CHANNELS.slice(0, 3), noise: 0.03 });
const peak = base.dates.map((d) => {
  const day = (Date.parse(d) - Date.UTC(new Date(d).getUTCFullYear(), 0, 1)) / 86_400_000;
  return Math.exp(4 * (Math.cos((2 * Math.PI * (day - 345)) / 365.25) - 1));
});
const input = {
  ...base,
  kpi: base.kpi.map((v, t) => v + 12_000 * peak[t]),
  media: [...base.media, { name: "dud", spend: peak.map((p, t) => 6_000 * Math.exp(1.2 * p) * (1 + 0.15 * Math.sin(t * 1.7))) }],
};

describe("seasonRobustIdentification — channels whose budget follows the season", () => {
  it("only the season-following channel is tested again (two-harmonic R² at or above the line)", () => {
    const shares = input.media.map((m) => seasonalShare(input.dates, m.spend));
    expect(shares[3]).toBeGreaterThanOrEqual(SEASON_FOLLOW_R2);
    for (let c = 0; c < 3; c++) expect(shares[c], input.media[c].name).toBeLessThan(SEASON_FOLLOW_R2);
    const problem = buildProblem(input, "geometric", 8, true, true, 1);
    const x = new Float64Array(12).fill(0.4);
    const fit = fitCandidate(problem, decodeHyper(problem, x), [1e-3]);
    const plausible: PlausibleFit[] = [{ x, fit, d: deviance(fit.objectives, problem.n) + hyperPenalty(problem, x) }];
    const first = identifyChannels(problem, plausible);
    const out = seasonRobustIdentification(input, problem, plausible, first, { maxLag: 8, trend: true, harmonics: 1, lambda: 1e-3 });
    expect(out.seasonTested).toEqual([false, false, false, !first.unidentified[3]]);
    // Flagged by the second test only when it was tested there and eliminated.
    out.seasonFlagged.forEach((f, c) => expect(f).toBe(out.seasonTested[c] && out.unidentified[c]));
    // Channels not tested again keep the first verdict and LR.
    for (let c = 0; c < 3; c++) {
      expect(out.unidentified[c]).toBe(first.unidentified[c]);
      expect(out.lr[c]).toBe(first.lr[c]);
    }
    // The first test's result is not modified.
    expect(first.unidentified).not.toBe(out.unidentified);
  });

  it("tests nothing again when the fit already has the richest season the weeks allow (156 weeks: 6 harmonics)", () => {
    const problem = buildProblem(input, "geometric", 8, true, true, 6);
    const x = new Float64Array(12).fill(0.4);
    const fit = fitCandidate(problem, decodeHyper(problem, x), [1e-3]);
    const plausible: PlausibleFit[] = [{ x, fit, d: 0 }];
    const first = identifyChannels(problem, plausible);
    const out = seasonRobustIdentification(input, problem, plausible, first, { maxLag: 8, trend: true, harmonics: 6, lambda: 1e-3 });
    expect(out.seasonTested).toEqual([false, false, false, false]);
    expect(out.unidentified).toEqual(first.unidentified);
  });

  it("in a full fit with one harmonic: the season-following channel with no effect is flagged, the real ones are not", () => {
    // Before this check the dud read ROI 3.85 [0.97, 3.85], identified, LR 137: it stood in for the December peak.
    const r = fitMarketingMixModel(input, { seed: 3, iterations: 60, bootstrap: 40, harmonics: 1 });
    const dud = r.channels[3];
    expect(dud.identified).toBe(false);
    expect(dud.roi).toBeLessThanOrEqual(0.3);
    expect(dud.roiLow).toBe(0);
    expect(dud.contribution).toBe(0);
    expect(r.identification.unidentified).toEqual(["dud"]);
    expect(r.identification.rule).toContain("follows the yearly season");
    // The Channel ROI page and the report say why (lib/mmm/view/identifiability.ts).
    expect(dud.seasonConfounded).toBe(true);
    for (const c of r.channels.slice(0, 3)) {
      expect(c.identified, c.name).toBe(true);
      expect(c.seasonConfounded, c.name).toBeUndefined();
    }
  });
});
