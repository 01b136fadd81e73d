export type RiskLevel = "High" | "Medium" | "Low";

/** Probability cut-offs on the calibrated P(low satisfaction). */
export type RiskCutoffs = { high: number; medium: number };

/**
 * Fixed cut-offs on a calibrated probability (not validation quantiles), so a level means the same
 * thing across retrains: High = at least an even chance of a rating ≤ 2, Medium = at least 1 in 4.
 */
export const DEFAULT_RISK_CUTOFFS: RiskCutoffs = { high: 0.5, medium: 0.25 };

/** @example riskLevel(0.3) // "Medium" */
export function riskLevel(probability: number, cutoffs: RiskCutoffs = DEFAULT_RISK_CUTOFFS): RiskLevel {
  if (probability >= cutoffs.high) return "High";
  if (probability >= cutoffs.medium) return "Medium";
  return "Low";
}
