/**
 * The generator's own media transforms (written independently of lib/mmm; the conventions differ on purpose
 * so the fitted model has to absorb them, as it would on real data):
 *
 * - adstock weights are NOT normalised: geometric w_l = theta^l (w_0 = 1), so a steady weekly spend x
 *   accumulates to x · Σ w_l (more than x when there is carryover);
 * - Weibull "cdf" (decay with a changing rate): w_l = S(l) = exp(−(l/scale)^shape), the Weibull survival at
 *   lag l (w_0 = 1), scale in WEEKS;
 * - Weibull "pdf" (delayed peak possible): w_l = F(l + 1) − F(l), the probability mass of a Weibull lag
 *   distribution in week l (so Σ w_l = F(maxLag + 1) ≤ 1), scale in weeks;
 * - Hill on the adstocked spend a: beta · a^alpha / (a^alpha + gamma^alpha), gamma in adstocked units.
 *
 * Spend before the first generated week is taken as 0 (the generator simulates a burn-in before the CSV window).
 */
export type TruthAdstock =
  | { type: "geometric"; theta: number; maxLag: number }
  | { type: "weibull-cdf"; shape: number; scale: number; maxLag: number }
  | { type: "weibull-pdf"; shape: number; scale: number; maxLag: number };

export type TruthHill = { alpha: number; gamma: number; beta: number };

/**
 * Lag weights w_0..w_maxLag of a truth adstock (see the module comment for each convention).
 * @throws if a parameter is out of range
 * @example truthAdstockWeights({ type: "geometric", theta: 0.5, maxLag: 2 }) // [1, 0.5, 0.25]
 */
export function truthAdstockWeights(adstock: TruthAdstock): number[] {
  const L = adstock.maxLag;
  if (!Number.isInteger(L) || L < 0) throw new Error(`truthAdstockWeights: maxLag must be a non-negative integer, got ${L}`);
  if (adstock.type === "geometric") {
    if (!(adstock.theta >= 0 && adstock.theta < 1)) throw new Error(`truthAdstockWeights: theta must be in [0, 1), got ${adstock.theta}`);
    return Array.from({ length: L + 1 }, (_, l) => adstock.theta ** l);
  }
  const { shape, scale } = adstock;
  if (!(shape > 0) || !(scale > 0)) throw new Error(`truthAdstockWeights: Weibull shape and scale must be > 0, got ${shape}, ${scale}`);
  const survival = (l: number) => Math.exp(-Math.pow(l / scale, shape));
  if (adstock.type === "weibull-cdf") return Array.from({ length: L + 1 }, (_, l) => survival(l));
  return Array.from({ length: L + 1 }, (_, l) => survival(l) - survival(l + 1));
}

/** Σ w_l: the steady-state multiplier (a steady weekly spend x adstocks to x · Σ w_l). */
export function truthWeightSum(adstock: TruthAdstock): number {
  return truthAdstockWeights(adstock).reduce((a, b) => a + b, 0);
}

/**
 * a_t = Σ_{l=0}^{min(t, L)} w_l · x_{t−l} (spend before index 0 is 0).
 * @example applyTruthAdstock([2, 0, 2], [1, 0.5]) // [2, 1, 2]
 */
export function applyTruthAdstock(spend: ArrayLike<number>, weights: ArrayLike<number>): number[] {
  const out = new Array<number>(spend.length);
  for (let t = 0; t < spend.length; t++) {
    let s = 0;
    for (let l = 0; l < weights.length && l <= t; l++) s += weights[l] * spend[t - l];
    out[t] = s;
  }
  return out;
}

/**
 * Hill response beta · a^alpha / (a^alpha + gamma^alpha), 0 for a ≤ 0.
 * @example truthHill(2, { alpha: 1, gamma: 2, beta: 10 }) // 5
 */
export function truthHill(a: number, hill: TruthHill): number {
  if (a <= 0 || hill.beta === 0) return 0;
  const r = Math.pow(a / hill.gamma, hill.alpha);
  return Number.isFinite(r) ? (hill.beta * r) / (1 + r) : hill.beta;
}
