/**
 * The model-selection rule, stated once and used for the search result and inside every bootstrap
 * replicate. Objectives are [NRMSE, DECOMP.RSSD (, mean lift z²)].
 *
 * Rule: minimum joint Gaussian deviance of the data and the experiments,
 *   D = n·ln(NRMSE²) + K·mean(z²)   (= n·ln(SSE/n) + Σ_k z_k² up to a constant),
 * which always lies on the Pareto front. DECOMP.RSSD shapes and is reported with the front but does not
 * pick the model: Robyn's default (closest point to the utopia of NRMSE and RSSD) and even a 1 % NRMSE
 * tolerance with RSSD as tie-break pulled every channel's effect share onto its spend share on all our
 * datasets with a known truth (Robyn simulated data: all ROIs ≈ equal; pymc-marketing example: x1 −45 %).
 * RSSD encodes a belief that effect follows spend, which is exactly what an MMM is asked to test.
 */
export function deviance(objectives: ArrayLike<number>, n: number): number {
  const nrmse = Math.max(objectives[0], 1e-300);
  const lift = objectives.length > 2 ? objectives[2] : 0;
  return n * Math.log(nrmse * nrmse) + lift * (objectives.length > 2 ? liftCountOf(objectives) : 0);
}

/** The lift count travels as a 4th entry when lift tests exist (see candidate-model); default 1. */
const liftCountOf = (objectives: ArrayLike<number>) => (objectives.length > 3 ? objectives[3] : 1);

/**
 * Index of the candidate with the smallest deviance (ties → smaller RSSD). `penalties` (−2·log prior of each
 * candidate's hyperparameters, see candidate-model's hyperPenalty) are added when given, so the pick is the
 * posterior mode among the candidates rather than the maximum likelihood.
 */
export function selectModel(objectives: ArrayLike<number>[], n: number, penalties?: ArrayLike<number>): number {
  let pick = 0,
    best = Infinity;
  objectives.forEach((f, i) => {
    const d = deviance(f, n) + (penalties ? penalties[i] : 0);
    if (d < best - 1e-9 || (Math.abs(d - best) <= 1e-9 && f[1] < objectives[pick][1])) {
      best = d;
      pick = i;
    }
  });
  return pick;
}
