import { quantileSorted } from "../math/quantile-sorted";
/**
 * Population stability index between a reference sample (the training window) and a current sample:
 *   PSI = Σ_i (a_i − e_i) · ln(a_i / e_i)
 * over bins whose edges are the reference's quantiles, so each bin holds ~1/bins of the reference. Empty bins get
 * a small floor (1e-4) so the log stays finite. Conventional reading (Siddiqi, "Credit Risk Scorecards", 2006):
 * < 0.1 stable, 0.1–0.25 moderate shift, > 0.25 significant shift.
 *
 * @throws {Error} populationStabilityIndex: when either sample is empty or has non-finite values
 * @example psiFromProportions([0.25, 0.25, 0.25, 0.25], [0.1, 0.2, 0.3, 0.4]) // ≈ 0.2282
 */
const FLOOR = 1e-4;

export function psiFromProportions(expected: number[], actual: number[]): number {
  if (expected.length !== actual.length) throw new Error("psiFromProportions: proportions must have the same length");
  let psi = 0;
  for (let i = 0; i < expected.length; i++) {
    const e = Math.max(expected[i], FLOOR);
    const a = Math.max(actual[i], FLOOR);
    psi += (a - e) * Math.log(a / e);
  }
  return psi;
}

export function quantileEdges(sorted: number[], bins: number): number[] {
  const edges: number[] = [];
  for (let k = 1; k < bins; k++) {
    edges.push(quantileSorted(sorted, k / bins));
  }
  // Ties in the reference collapse edges; a bin between equal edges would always be empty, so drop duplicates.
  return [...new Set(edges)];
}

function binProportions(values: number[], edges: number[]): number[] {
  const counts = new Array(edges.length + 1).fill(0);
  for (const v of values) {
    let i = 0;
    while (i < edges.length && v > edges[i]) i++;
    counts[i]++;
  }
  return counts.map((c) => c / values.length);
}

export function populationStabilityIndex(reference: number[], current: number[], bins = 10): number {
  for (const [name, xs] of [
    ["reference", reference],
    ["current", current],
  ] as const) {
    if (xs.length === 0) throw new Error(`populationStabilityIndex: ${name} sample is empty`);
    if (xs.some((x) => !Number.isFinite(x))) throw new Error(`populationStabilityIndex: ${name} sample has non-finite values`);
  }
  const edges = quantileEdges(
    [...reference].sort((a, b) => a - b),
    bins,
  );
  return psiFromProportions(binProportions(reference, edges), binProportions(current, edges));
}
