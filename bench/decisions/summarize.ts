/**
 * Pure summaries and tables of a benchmark run (no I/O, so they are unit-testable).
 */
import { REACHES_ZERO, type CaseResult } from "./run-case";

/** Linear-interpolation quantile (R type 7) of finite values; NaN when there are none. */
export function quantile(values: number[], q: number): number {
  const s = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const pos = (s.length - 1) * q,
    lo = Math.floor(pos),
    hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}

export type Spread = { median: number; p90: number; worst: number };
const spread = (v: number[], worst: (v: number[]) => number = (x) => Math.max(...x)): Spread => ({
  median: quantile(v, 0.5),
  p90: quantile(v, 0.9),
  worst: v.length ? worst(v) : NaN,
});

/** A plan counts as worse than the current mix when it loses more than this share of the current mix's outcome. */
export const WORSE_TOLERANCE = 1e-6;

export type ReferenceRow = { label: string; regret: Spread; lossVsCurrent: Spread; worseThanCurrent: number; cases: number };

export type RunSummary = {
  cases: number;
  failed: string[];
  plan: ReferenceRow;
  references: ReferenceRow[];
  worseThanCurrent: string[];
  /** Per-dataset median ROI error (non-null channels). */
  roiError: Spread;
  /** Median over every non-null channel of every dataset. */
  roiErrorPooled: number;
  /** The oracle regression's per-dataset median ROI error (the floor the data allow). */
  oracleRoiError: Spread;
  /** ROI error of our model on the channels the oracle identifies (t ≥ 2), pooled median. */
  roiErrorIdentified: { median: number; channels: number };
  coverage: { covered: number; total: number };
  nulls: { count: number; reachZero: number; roiMin: number; roiMax: number };
  overclaim: Spread;
  beyondData: { plans: number; channels: number };
  /** Plans whose JSON reported a gain over the current mix: how often the true gain lay inside its 90 % interval. */
  risk: { plans: number; trueGainInside: number; probBeats: Spread };
  /** Channels the fit flagged unidentified: null channels flagged, real channels flagged (and how many of those the oracle cannot identify, t < 2). */
  flagged: { nulls: number; nullCount: number; real: number; realOracleUnidentified: number; realCount: number; reported: boolean };
  seconds: Spread;
  cpuSeconds: Spread;
};

function row(label: string, regrets: number[], losses: number[]): ReferenceRow {
  return {
    label,
    regret: spread(regrets),
    lossVsCurrent: spread(losses),
    worseThanCurrent: losses.filter((l) => l > WORSE_TOLERANCE).length,
    cases: regrets.length,
  };
}

/** Summary over the cases that ran (failed cases are listed, not scored). */
export function summarizeRun(results: CaseResult[]): RunSummary {
  const ok = results.filter((r) => r.ok && r.score);
  const real = ok.flatMap((r) => r.perChannel!.filter((c) => !c.isNull));
  const nulls = ok.flatMap((r) => r.perChannel!.filter((c) => c.isNull));
  const oracleOpt = ok.filter((r) => r.oracleOptimizer && !r.oracleOptimizer.error);
  return {
    cases: results.length,
    failed: results.filter((r) => !r.ok).map((r) => r.name),
    plan: row(
      "our plan (mixcast mmm → mixcast optimize)",
      ok.map((r) => r.score!.regret),
      ok.map((r) => r.score!.lossVsCurrent),
    ),
    references: [
      row(
        "oracle (true curves, exact optimum)",
        ok.map(() => 0),
        ok.map((r) => (r.current.outcome - r.optimumOutcome) / r.current.outcome),
      ),
      row(
        "true curves → mixcast optimize --extrapolate any",
        oracleOpt.map((r) => r.oracleOptimizer!.regret),
        oracleOpt.map((r) => r.oracleOptimizer!.lossVsCurrent),
      ),
      ...(() => {
        const inData = ok.filter((r) => r.trueCurvesInData && !r.trueCurvesInData.error);
        const oreg = ok.filter((r) => r.oracleRegressionPlan && !r.oracleRegressionPlan.error);
        return [
          ...(inData.length
            ? [
                row(
                  "true curves → mixcast optimize (default: inside the data)",
                  inData.map((r) => r.trueCurvesInData!.regret),
                  inData.map((r) => r.trueCurvesInData!.lossVsCurrent),
                ),
              ]
            : []),
          ...(oreg.length
            ? [
                row(
                  "oracle regression (true shapes, OLS betas) → mixcast optimize",
                  oreg.map((r) => r.oracleRegressionPlan!.regret),
                  oreg.map((r) => r.oracleRegressionPlan!.lossVsCurrent),
                ),
              ]
            : []),
        ];
      })(),
      row(
        "keep the current mix",
        ok.map((r) => r.headroom),
        ok.map(() => 0),
      ),
    ],
    worseThanCurrent: ok.filter((r) => r.score!.lossVsCurrent > WORSE_TOLERANCE).map((r) => r.name),
    roiError: spread(ok.map((r) => r.medianRoiError!)),
    roiErrorPooled: quantile(
      real.map((c) => c.roiError!),
      0.5,
    ),
    oracleRoiError: spread(ok.map((r) => r.oracleRoiError)),
    roiErrorIdentified: (() => {
      const ident = real.filter((c) => c.oracle.t >= 2);
      return {
        median: quantile(
          ident.map((c) => c.roiError!),
          0.5,
        ),
        channels: ident.length,
      };
    })(),
    coverage: { covered: real.filter((c) => c.covered).length, total: real.length },
    nulls: {
      count: nulls.length,
      reachZero: nulls.filter((c) => c.reachesZero).length,
      roiMin: nulls.length ? Math.min(...nulls.map((c) => c.roi)) : NaN,
      roiMax: nulls.length ? Math.max(...nulls.map((c) => c.roi)) : NaN,
    },
    overclaim: spread(ok.map((r) => r.overclaim ?? NaN).filter(Number.isFinite)),
    beyondData: {
      plans: ok.filter((r) => r.perChannel!.some((c) => c.beyondData)).length,
      channels: ok.reduce((s, r) => s + r.perChannel!.filter((c) => c.beyondData).length, 0),
    },
    risk: (() => {
      const withRisk = ok.filter((r) => r.risk);
      return {
        plans: withRisk.length,
        trueGainInside: withRisk.filter(
          (r) =>
            r.risk!.gain.low - 1e-9 * Math.abs(r.risk!.gain.low) <= r.risk!.trueGain &&
            r.risk!.trueGain <= r.risk!.gain.high + 1e-9 * Math.abs(r.risk!.gain.high),
        ).length,
        probBeats: spread(withRisk.map((r) => r.risk!.probBeatsCurrent ?? NaN).filter(Number.isFinite)),
      };
    })(),
    flagged: {
      nulls: nulls.filter((c) => c.identified === false).length,
      nullCount: nulls.length,
      real: real.filter((c) => c.identified === false).length,
      realOracleUnidentified: real.filter((c) => c.identified === false && c.oracle.t < 2).length,
      realCount: real.length,
      reported: [...real, ...nulls].some((c) => c.identified !== undefined),
    },
    seconds: spread(ok.map((r) => r.seconds!.total)),
    cpuSeconds: spread(ok.map((r) => r.seconds!.cpu)),
  };
}

/** Percent; values that round to zero print as 0 (no "−0.0 %" from a 1e-12 difference in a reference row). */
const pct = (v: number | undefined, digits = 1) =>
  v === undefined || !Number.isFinite(v) ? "—" : `${(Math.abs(100 * v) < 0.5 * 10 ** -digits ? 0 : 100 * v).toFixed(digits)} %`;
const num = (v: number, digits = 2) => (Number.isFinite(v) ? v.toFixed(digits) : "—");

/** Per-dataset markdown table. */
export function caseTable(results: CaseResult[]): string {
  const head =
    "| case | weeks × ch | headroom | regret | loss vs current | model's gain [90 %] · P(beats) | ROI error (median) | oracle ROI error | 90 % coverage | null channels: ROI [90 %] | unidentified | plan beyond data (× max weekly spend) | s wall / cpu |";
  const sep = "|---|---|---:|---:|---:|---|---:|---:|---:|---|---|---|---:|";
  const lines = results.map((r) => {
    if (!r.ok)
      return `| ${r.name} | ${r.weeks} × ${r.channels} | ${pct(r.headroom)} | FAILED: ${(r.error ?? "").split("\n")[0].slice(0, 80)} | | | | | | | | | |`;
    const nulls =
      r
        .perChannel!.filter((c) => c.isNull)
        .map((c) => `${c.channel} ${num(c.roi)} [${num(c.roiLow)}, ${num(c.roiHigh)}]`)
        .join("; ") || "—";
    const beyond =
      r
        .perChannel!.filter((c) => c.beyondData)
        .map((c) => `${c.channel} ${num(c.planSpend / c.maxWeeklySpend, 1)}×`)
        .join("; ") || "—";
    // The model's own gain forecast as a share of the current mix's true outcome, so it compares with "loss vs current".
    const rel = (v: number) => pct(v / r.current.outcome);
    const risk = r.risk
      ? `${rel(r.risk.gain.mean)} [${rel(r.risk.gain.low)}, ${rel(r.risk.gain.high)}] · ${r.risk.probBeatsCurrent === null ? "—" : num(r.risk.probBeatsCurrent)}`
      : "—";
    const flagged =
      r
        .perChannel!.filter((c) => c.identified === false)
        .map((c) => c.channel)
        .join(", ") || "—";
    return `| ${r.name} | ${r.weeks} × ${r.channels} | ${pct(r.headroom)} | ${pct(r.score!.regret)} | ${pct(r.score!.lossVsCurrent)} | ${risk} | ${pct(r.medianRoiError)} | ${pct(r.oracleRoiError)} | ${r.coverage!.covered}/${r.coverage!.total} | ${nulls} | ${flagged} | ${beyond} | ${num(r.seconds!.total, 1)} / ${num(r.seconds!.cpu, 1)} |`;
  });
  return [head, sep, ...lines].join("\n");
}

/** Summary markdown: the plan and the reference rows, then the other metrics. */
export function summaryTable(s: RunSummary): string {
  const rows = [s.plan, ...s.references].map(
    (r) =>
      `| ${r.label} | ${pct(r.regret.median)} | ${pct(r.regret.p90)} | ${pct(r.regret.worst)} | ${pct(r.lossVsCurrent.median)} | ${pct(r.lossVsCurrent.p90)} | ${pct(r.lossVsCurrent.worst)} | ${r.worseThanCurrent}/${r.cases} |`,
  );
  const out = [
    "| plan | regret median | p90 | worst | loss vs current median | p90 | worst | worse than current |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
    ...rows,
    "",
    "| metric | median | p90 | worst |",
    "|---|---:|---:|---:|",
    `| ROI error, per-dataset median over non-null channels | ${pct(s.roiError.median)} | ${pct(s.roiError.p90)} | ${pct(s.roiError.worst)} |`,
    `| oracle regression ROI error (true shapes, OLS: the data's floor) | ${pct(s.oracleRoiError.median)} | ${pct(s.oracleRoiError.p90)} | ${pct(s.oracleRoiError.worst)} |`,
    `| model's predicted revenue of its plan ÷ true − 1 (overclaim) | ${pct(s.overclaim.median, 0)} | ${pct(s.overclaim.p90, 0)} | ${pct(s.overclaim.worst, 0)} |`,
    `| fit + plan seconds, wall (2 cases at a time) | ${num(s.seconds.median, 1)} | ${num(s.seconds.p90, 1)} | ${num(s.seconds.worst, 1)} |`,
    `| fit + plan seconds, CPU | ${num(s.cpuSeconds.median, 1)} | ${num(s.cpuSeconds.p90, 1)} | ${num(s.cpuSeconds.worst, 1)} |`,
    "",
    `- plan worse than the current mix: ${s.worseThanCurrent.length}/${s.plan.cases}${s.worseThanCurrent.length ? ` (${s.worseThanCurrent.join(", ")})` : ""}`,
    `- ROI error pooled over all ${s.coverage.total} non-null channels: median ${pct(s.roiErrorPooled)}; over the ${s.roiErrorIdentified.channels} the oracle identifies (t ≥ 2): ${pct(s.roiErrorIdentified.median)}`,
    `- 90 % interval coverage of the true ROI (non-null channels): ${s.coverage.covered}/${s.coverage.total} = ${pct(s.coverage.total ? s.coverage.covered / s.coverage.total : NaN, 0)}`,
    s.nulls.count
      ? `- null channels: ${s.nulls.count}, estimated ROI ${num(s.nulls.roiMin)}–${num(s.nulls.roiMax)}, interval reaches 0 (lower end ≤ ${REACHES_ZERO}) for ${s.nulls.reachZero}/${s.nulls.count}`
      : "- null channels: none in these cases",
    `- plans that put a channel beyond its largest observed weekly spend: ${s.beyondData.plans}/${s.plan.cases} (${s.beyondData.channels} channels)`,
    ...(s.risk.plans
      ? [
          `- the plan's own 90 % interval of its gain over the current mix holds the true gain in ${s.risk.trueGainInside}/${s.risk.plans} plans; P(beats current mix) reported: median ${num(s.risk.probBeats.median)}`,
        ]
      : []),
    ...(s.flagged.reported
      ? [
          `- flagged unidentified: ${s.flagged.nulls}/${s.flagged.nullCount} null channels, ${s.flagged.real}/${s.flagged.realCount} real channels (${s.flagged.realOracleUnidentified} of them not identifiable by the oracle either, t < 2)`,
        ]
      : []),
  ];
  if (s.failed.length) out.push(`- FAILED (not scored): ${s.failed.join(", ")}`);
  return out.join("\n");
}
