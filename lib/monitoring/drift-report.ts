import { ksTwoSample } from "./ks-statistic";
import { populationStabilityIndex } from "./population-stability-index";

/** Drift of each feature (and prediction) between the training window and the current window. */
export type DriftThresholds = { psiWarning: number; psiCritical: number; ksPValue: number };
export const DEFAULT_DRIFT_THRESHOLDS: DriftThresholds = { psiWarning: 0.1, psiCritical: 0.25, ksPValue: 0.01 };

export type DriftRow = { feature: string; group: string; psi: number; ks: number; pValue: number; status: "stable" | "moderate" | "drift"; nReference: number; nCurrent: number };

export function buildDriftReport(samples: { feature: string; group: string; reference: number[]; current: number[] }[], thresholds: DriftThresholds = DEFAULT_DRIFT_THRESHOLDS): DriftRow[] {
  return samples
    .filter((s) => s.reference.length >= 5 && s.current.length >= 5)
    .map((s) => {
      const psi = populationStabilityIndex(s.reference, s.current);
      const { statistic, pValue } = ksTwoSample(s.reference, s.current);
      // PSI decides severity; KS confirms it is not noise (a large PSI on a handful of points is not drift).
      const status = psi >= thresholds.psiCritical && pValue < thresholds.ksPValue ? "drift" : psi >= thresholds.psiWarning ? "moderate" : "stable";
      return { feature: s.feature, group: s.group, psi, ks: statistic, pValue, status, nReference: s.reference.length, nCurrent: s.current.length };
    });
}
