import { createBenchRng } from "./prng";
import type { GeneratedCase } from "./generate-case";
import { applyTruthAdstock, truthHill } from "./truth-curves";

/**
 * Simulated lift tests (holdout experiments) for a generated case: one per channel whose spend is not flighted (the
 * always-on and seasonal channels, whose curve the observational data show over a narrow band only), each over `weeks`
 * weeks in the middle of the history. The measured value is the TRUE incremental KPI of the channel over the window in
 * the convention `mixcast mmm --lift` documents (its contribution in the window, carryover from earlier weeks
 * included) plus noise of the stated standard error: se = relative · |true lift| + roiSe · the window's spend. Null
 * channels that spend always-on get a test too (true lift 0). Seeded; imports nothing from lib/.
 * Used by `BENCH_LIFT_TESTS=REL,ROI npm run bench:decisions` (run-case.ts) to measure what experiments add.
 */
export type SimulatedLift = { channel: string; start: string; end: string; measured: number; se: number; truth: number };

export type LiftOptions = { weeks?: number; relative?: number; roiSe?: number; seed?: number };

/** The shared design of the simulated tests: defaults, the seeded noise stream, the window [from, to] of n weeks. */
export function liftDesign(options: LiftOptions, n: number, caseSeed: number) {
  const weeks = options.weeks ?? 8;
  const from = Math.max(0, Math.floor(n / 2) - Math.floor(weeks / 2));
  return {
    relative: options.relative ?? 0.1,
    roiSe: options.roiSe ?? 0.2,
    rng: createBenchRng((options.seed ?? 1) * 1009 + caseSeed),
    from,
    to: Math.min(n - 1, from + weeks - 1),
  };
}

export function simulatedLiftTests(g: GeneratedCase, options: LiftOptions = {}): SimulatedLift[] {
  const { relative, roiSe, rng, from, to } = liftDesign(options, g.dates.length, g.truth.seed);
  const out: SimulatedLift[] = [];
  g.spec.channels.forEach((spec, c) => {
    if (spec.pattern.kind === "bursty") return;
    const tc = g.truth.channels[c];
    const spend = g.spend[spec.name];
    // The window sits after the first max-lag weeks, so the data's own spend gives its adstock exactly.
    const adstocked = applyTruthAdstock(spend, tc.weights);
    let truth = 0,
      windowSpend = 0;
    for (let t = from; t <= to; t++) {
      truth += truthHill(adstocked[t], tc.hill);
      windowSpend += spend[t];
    }
    const se = relative * Math.abs(truth) + roiSe * windowSpend;
    out.push({ channel: spec.name, start: g.dates[from], end: g.dates[to], measured: truth + se * rng.normal(), se, truth });
  });
  return out;
}

/** The CSV `mixcast mmm --lift` reads. */
export function liftCsv(tests: SimulatedLift[]): string {
  return (
    [
      "channel,start,end,incremental_kpi,standard_error",
      ...tests.map((t) => `${t.channel},${t.start},${t.end},${t.measured.toFixed(2)},${t.se.toFixed(2)}`),
    ].join("\n") + "\n"
  );
}
