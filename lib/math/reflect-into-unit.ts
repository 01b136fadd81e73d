/**
 * Folds a random-walk proposal back into [0, 1] by reflecting it at the walls (−0.1 → 0.1, 1.2 → 0.8, 2.3 → 0.3).
 * Why not clamping: a proposal clamped to the wall puts a point mass on the wall that the reverse move cannot
 * propose, so a Metropolis chain with clamped proposals is not reversible and piles up at the edges of the box. In the
 * mix models' shape coordinates the edges are alpha = 3 and gamma at the top of the data: nearly-step and
 * nearly-linear curves, both of which carry a low ROI. A reflected Gaussian step is symmetric, so the plain
 * Metropolis acceptance stays exact.
 * @example reflectIntoUnit(-0.1) // 0.1
 * @example reflectIntoUnit(1.2) // 0.8
 */
export function reflectIntoUnit(v: number): number {
  if (!Number.isFinite(v)) throw new Error(`reflectIntoUnit: ${v} is not a finite number`);
  const folded = Math.abs(v) % 2;
  return folded > 1 ? 2 - folded : folded;
}
