import { ksTwoSample } from "./ks-statistic";
import { populationStabilityIndex } from "./population-stability-index";

/**
 * Drift of each model input (and prediction) between the training window and the recent window, judged so that an
 * alert means something a planner should act on.
 *
 * Two kinds of samples:
 * - `level`: independent draws (promotion discounts, service wait times, scored probabilities) — their values are
 *   compared directly.
 * - `weekly change`: weekly series (spend, activations, macro indicators). These trend and are persistent, so any
 *   recent quarter differs from the whole history in level — comparing levels flags every trending indicator on a
 *   fresh demo (PSI 4.8–8.6 for the macro series). What a model depends on is how the series moves: its week-to-week
 *   changes, which are close to independent for persistent series. They are compared the same way as levels, and a
 *   level shift shows as a *jump*: a recent week-to-week change larger than `jumpRatio` × the largest change in the
 *   whole training window.
 *
 * Decision (per feature; thresholds can be set per feature or per group):
 * - drift (raises an alert): a jump, or PSI ≥ psiCritical with a KS p-value below ksPValue divided by the number of
 *   features tested (Bonferroni: ~20 features checked every week would otherwise cry wolf by chance alone);
 * - moderate: PSI ≥ psiWarning, or the KS p-value below ksPValue before correction;
 * - stable otherwise.
 * PSI uses fewer bins for small samples (about 5 recent points per bin) and is reported net of its sampling bias
 * (B − 1)(1/n_ref + 1/n_cur), its expected value when nothing changed (floored at 0): with 13 recent weeks and
 * 10 bins that bias alone is ≈ 0.7, far above the 0.25 that conventionally means a significant shift.
 * Default per-group threshold: media spend is flighted (bursts, dark weeks are the team's own decisions), so only
 * a week-to-week change 3× the largest in training counts as a jump there.
 */
export type DriftThresholds = {
  psiWarning: number;
  psiCritical: number;
  ksPValue: number;
  /** A recent week-to-week change this many times the largest one in the training window is a level shift. */
  jumpRatio: number;
  /** Overrides by feature name or group name (feature wins). */
  overrides?: Record<string, Partial<Omit<DriftThresholds, "overrides">>>;
};
export const DEFAULT_DRIFT_THRESHOLDS: DriftThresholds = {
  psiWarning: 0.1,
  psiCritical: 0.25,
  ksPValue: 0.01,
  jumpRatio: 1.5,
  overrides: { "media spend": { jumpRatio: 3 } },
};

export type DriftBasis = "level" | "weekly change";

export type DriftSample =
  | { feature: string; group: string; basis?: "level"; reference: number[]; current: number[] }
  /** One weekly series in time order; the last `recentWeeks` values are the recent window. */
  | { feature: string; group: string; basis: "weekly change"; values: number[]; recentWeeks: number; unit?: string };

export type DriftRow = {
  feature: string;
  group: string;
  basis: DriftBasis;
  psi: number;
  ks: number;
  pValue: number;
  /** Largest recent week-to-week change ÷ largest in the training window (weekly series only). */
  jump: number | null;
  status: "stable" | "moderate" | "drift";
  /** Why, in plain words (empty when stable). */
  reason: string;
  nReference: number;
  nCurrent: number;
};

const MIN_SAMPLE = 5;

/** Week-to-week changes of a weekly series, split so the first recent change is the one into the recent window. */
export function weeklyChanges(values: number[], recentWeeks: number): { reference: number[]; current: number[] } {
  if (!Number.isInteger(recentWeeks) || recentWeeks < 1 || recentWeeks >= values.length)
    throw new Error(`weeklyChanges: recentWeeks must be between 1 and ${values.length - 1}`);
  const diffs = values.slice(1).map((v, i) => v - values[i]);
  const cut = diffs.length - recentWeeks;
  return { reference: diffs.slice(0, cut), current: diffs.slice(cut) };
}

function thresholdsFor(s: { feature: string; group: string }, t: DriftThresholds): Omit<DriftThresholds, "overrides"> {
  const { overrides, ...base } = t;
  return { ...base, ...overrides?.[s.group], ...overrides?.[s.feature] };
}

const maxAbs = (xs: number[]) => xs.reduce((m, x) => Math.max(m, Math.abs(x)), 0);

export function buildDriftReport(samples: DriftSample[], thresholds: DriftThresholds = DEFAULT_DRIFT_THRESHOLDS): DriftRow[] {
  const prepared = samples
    .map((s) => {
      if (s.basis === "weekly change") {
        if (s.values.length <= s.recentWeeks + 1) return null;
        const { reference, current } = weeklyChanges(s.values, s.recentWeeks);
        const refMax = maxAbs(reference);
        const curMax = maxAbs(current);
        // A series that never moved and now does has jumped; one that never moves has not.
        const jump = refMax > 0 ? curMax / refMax : curMax > 0 ? Infinity : 0;
        return { s, basis: "weekly change" as const, reference, current, jump };
      }
      return { s, basis: "level" as const, reference: s.reference, current: s.current, jump: null };
    })
    .filter((p): p is NonNullable<typeof p> => p !== null && p.reference.length >= MIN_SAMPLE && p.current.length >= MIN_SAMPLE);
  const tests = prepared.length;
  return prepared.map(({ s, basis, reference, current, jump }) => {
    const t = thresholdsFor(s, thresholds);
    const bins = Math.max(3, Math.min(10, Math.floor(Math.min(reference.length, current.length) / 4)));
    const psi = Math.max(0, populationStabilityIndex(reference, current, bins) - (bins - 1) * (1 / reference.length + 1 / current.length));
    const { statistic, pValue } = ksTwoSample(reference, current);
    const jumped = jump !== null && jump >= t.jumpRatio;
    const shifted = psi >= t.psiCritical && pValue < t.ksPValue / tests;
    const status = jumped || shifted ? "drift" : psi >= t.psiWarning || pValue < t.ksPValue ? "moderate" : "stable";
    const what = basis === "weekly change" ? "its week-to-week changes" : "its values";
    const reason = jumped
      ? `a recent week-to-week change ${jump === Infinity ? "where it never moved before" : `${jump.toFixed(1)}× the largest in the training window`} (a level shift)`
      : shifted
        ? `${what} are distributed differently (PSI ${psi.toFixed(2)}, KS p ${pValue < 1e-4 ? "< 0.0001" : pValue.toFixed(4)})`
        : status === "moderate"
          ? `${what} moved somewhat (PSI ${psi.toFixed(2)}), within what chance gives`
          : "";
    return {
      feature: s.feature,
      group: s.group,
      basis,
      psi,
      ks: statistic,
      pValue,
      jump,
      status,
      reason,
      nReference: reference.length,
      nCurrent: current.length,
    };
  });
}
