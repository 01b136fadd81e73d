/**
 * Normalised geometric adstock weights (Jin et al. 2017, "Bayesian methods for media mix modeling with
 * carryover and shape effects", eq. 1; pymc-marketing `geometric_adstock(normalize=True)`):
 * w_l = theta^l / Σ_k theta^k for l = 0..maxLag. Normalising makes the weights sum to 1, so a constant
 * weekly spend x has steady-state adstock x — the property `lib/mmm/types.ts` relies on.
 *
 * @param theta decay per week, in [0, 1)
 * @param maxLag longest lag in weeks (≥ 0)
 * @throws if theta is outside [0, 1] or maxLag is not a non-negative integer
 * @example geometricAdstockWeights(0.5, 2) // [4/7, 2/7, 1/7]
 */
export function geometricAdstockWeights(theta: number, maxLag: number): Float64Array {
  if (!(theta >= 0 && theta <= 1)) throw new Error(`geometricAdstockWeights: theta must be in [0, 1], got ${theta}`);
  if (!Number.isInteger(maxLag) || maxLag < 0) throw new Error(`geometricAdstockWeights: maxLag must be a non-negative integer, got ${maxLag}`);
  const w = new Float64Array(maxLag + 1);
  let p = 1, sum = 0;
  for (let l = 0; l <= maxLag; l++) {
    w[l] = p;
    sum += p;
    p *= theta;
  }
  for (let l = 0; l <= maxLag; l++) w[l] /= sum;
  return w;
}
