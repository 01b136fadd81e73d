import { describe, expect, it } from "vitest";
import type { CaseResult } from "./run-case";
import { caseTable, quantile, summarizeRun, summaryTable } from "./summarize";

describe("quantile (R type 7)", () => {
  it.each([
    [[1, 2, 3, 4, 5], 0.5, 3],
    [[1, 2, 3, 4], 0.5, 2.5],
    [[0, 10], 0.9, 9],
    [[3, 1, 2], 1, 3],
    [[NaN, 1, 3], 0.5, 2],
  ])("quantile(%o, %d) = %d", (v, q, expected) => expect(quantile(v, q)).toBeCloseTo(expected, 12));
  it("is NaN without values", () => expect(quantile([], 0.5)).toBeNaN());
});

const result = (name: string, regret: number, loss: number, headroom: number, nullRoi?: number): CaseResult => {
  const channel = (isNull: boolean, roi: number, trueRoi: number) => ({
    channel: isNull ? "null" : "real",
    isNull,
    trueRoi,
    roi,
    roiLow: isNull ? 0 : roi * 0.8,
    roiHigh: roi * 1.2,
    roiError: isNull ? undefined : Math.abs(roi - trueRoi) / trueRoi,
    covered: Math.abs(roi - trueRoi) <= 0.2 * roi,
    reachesZero: isNull,
    currentSpend: 1,
    planSpend: 1,
    optimumSpend: 1,
    maxWeeklySpend: 2,
    beyondData: false,
    fitted: { alpha: 1, gamma: 1, beta: 1, adstock: {} },
    gammaOverMaxSpend: 0.5,
    truth: { alpha: 1, steadyGamma: 1, beta: 1, gammaRel: 1, pattern: "always-on" },
    oracle: { roi: trueRoi, t: 5 },
  });
  const perChannel = [channel(false, 1.1, 1), ...(nullRoi === undefined ? [] : [channel(true, nullRoi, 0)])];
  return {
    name,
    about: "",
    weeks: 156,
    channels: perChannel.length,
    nullChannels: nullRoi === undefined ? 0 : 1,
    budget: 1,
    headroom,
    ok: true,
    score: { outcome: 1 - regret, regret, lossVsCurrent: loss, spend: 1 },
    current: { outcome: 1 - headroom, regret: headroom, lossVsCurrent: 0, spend: 1 },
    oracleOptimizer: { outcome: 1, regret: 0, lossVsCurrent: -headroom, spend: 1 },
    optimumOutcome: 1,
    perChannel,
    medianRoiError: 0.1,
    oracleRoiError: 0.05,
    oracleUnidentified: 0,
    coverage: { covered: 1, total: 1 },
    overclaim: 0.5,
    seconds: { fit: 1, plan: 0.1, total: 1.1, cpu: 1, engine: 1 },
  };
};

describe("summarizeRun", () => {
  const results = [
    result("a", 0.02, -0.05, 0.07),
    result("b", 0.3, 0.2, 0.1, 1.4),
    result("c", 0.1, 0, 0.1, 0.2),
    { ...result("d", 0, 0, 0), ok: false, error: "boom" },
  ];
  const s = summarizeRun(results);
  it("counts plans worse than the current mix and lists failures", () => {
    expect(s.worseThanCurrent).toEqual(["b"]);
    expect(s.plan.worseThanCurrent).toBe(1);
    expect(s.failed).toEqual(["d"]);
    expect(s.plan.cases).toBe(3);
  });
  it("median, p90 and worst regret", () => {
    expect(s.plan.regret.median).toBeCloseTo(0.1, 12);
    expect(s.plan.regret.p90).toBeCloseTo(0.1 + 0.8 * 0.2, 12);
    expect(s.plan.regret.worst).toBeCloseTo(0.3, 12);
  });
  it("reference rows: the oracle has regret 0, keeping the current mix has regret = headroom", () => {
    const [oracle, , keep] = s.references;
    expect(oracle.regret.worst).toBe(0);
    expect(keep.regret.worst).toBeCloseTo(0.1, 12);
    expect(keep.worseThanCurrent).toBe(0);
  });
  it("null channels and coverage", () => {
    expect(s.nulls).toEqual({ count: 2, reachZero: 2, roiMin: 0.2, roiMax: 1.4 });
    expect(s.coverage).toEqual({ covered: 3, total: 3 });
  });
  it("renders tables with a row per case and the failure", () => {
    const t = caseTable(results);
    expect(t.split("\n")).toHaveLength(6);
    expect(t).toContain("FAILED: boom");
    expect(summaryTable(s)).toContain("plan worse than the current mix: 1/3 (b)");
  });
});
