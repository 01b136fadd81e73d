/**
 * Lift tests (geo experiments) measure a channel's TRUE incremental revenue in a window, with
 * experimental noise: incrementalKpi = Σ true national effect over the window × (1 + 0.1·z),
 * standard error 10 % of the estimate. Video's test is placed on a flight so it measures something.
 */
import type { Rng } from "@/lib/math/random";
import { addDays } from "./calendar";
import { roundTo } from "./rng-streams";
import type { DemoLiftTestRow } from "./types";

export const LIFT_TEST_PLAN = [
  { channel: "search", weeks: 6 },
  { channel: "social", weeks: 4 },
  { channel: "video", weeks: 8 },
  { channel: "affiliate", weeks: 5 },
  // Email's effect is a near-constant level the spend data cannot separate from the baseline (README § 7): a holdout test
  // is how it is measured in practice, and without one no model can recover it.
  { channel: "email", weeks: 8 },
] as const;

export const LIFT_TEST_RELATIVE_SE = 0.1;

export function generateLiftTests(weeks: readonly string[], effects: Record<string, number[]>, spend: Record<string, number[]>, rng: Rng): DemoLiftTestRow[] {
  const n = weeks.length;
  // Tests run in the last ~1.5 years, ending at least 2 weeks before the last data week.
  const earliest = Math.max(0, n - 78);
  return LIFT_TEST_PLAN.map(({ channel, weeks: len }) => {
    // Candidate starts: video tests open with a flight; the others need spend in every test week.
    const candidates: number[] = [];
    for (let t = Math.max(1, earliest); t <= n - 2 - len; t++) {
      const s = spend[channel];
      const ok = channel === "video" ? s[t] > 0 && s[t - 1] === 0 : s.slice(t, t + len).every((x) => x > 0);
      if (ok) candidates.push(t);
    }
    const start = candidates.length ? candidates[rng.int(candidates.length)] : earliest;
    let truth = 0;
    for (let t = start; t < start + len; t++) truth += effects[channel][t];
    const incrementalKpi = roundTo(truth * (1 + LIFT_TEST_RELATIVE_SE * rng.normal()), 2);
    return {
      channel,
      startDate: weeks[start],
      endDate: addDays(weeks[start + len - 1], 6),
      incrementalKpi,
      standardError: roundTo(Math.abs(incrementalKpi) * LIFT_TEST_RELATIVE_SE, 2),
    };
  });
}
