import { hillShape, hillShapeDerivative } from "../math/response-curve";

/** Points on which the national Hill is fitted to the summed regional curves (0 < x ≤ CURVE_SPAN × mean weekly spend). */
const CURVE_POINTS = 24;
const CURVE_SPAN = 2.5;

export type NationalCurve = {
  /** Steady-state national weekly KPI at national weekly spend x, split over regions as in the data: Σ_g of the regional curves. */
  at: (x: number) => number;
  /** d at / dx at the mean weekly spend (the national marginal ROI). */
  marginalAtMean: number;
  /** One Hill curve (alpha of the shared shape) closest to `at` in least squares on (0, 2.5 × mean]: the response-model contract's single curve. */
  hill: { alpha: number; gamma: number; beta: number };
};

/**
 * The national response of one channel as the sum of its regional curves. A national weekly spend x is split over
 * regions by their share of the channel's spend in the data (π_g), so region g spends π_g·x, i.e. π_g·x/s_g per size
 * unit: R(x) = Σ_g s_g·b_g·hill(π_g·x/s_g; α, γ). When every region spends the same per size unit (π_g = s_g/Σs) this
 * is exactly one Hill with gamma γ·Σs and beta Σ s_g·b_g; otherwise a sum of Hills with the same alpha and different
 * gammas, which `hill` approximates (gamma by golden-section search on log gamma between the regional gammas, beta by
 * least squares) so that the national optimizer and the Planner keep their one-curve-per-channel contract.
 */
export function nationalChannelCurve(sizes: number[], shares: number[], b: number[], alpha: number, gamma: number, meanWeekly: number): NationalCurve {
  const G = sizes.length;
  const at = (x: number) => {
    let s = 0;
    for (let g = 0; g < G; g++) if (b[g] !== 0 && shares[g] > 0) s += sizes[g] * b[g] * hillShape((shares[g] * x) / sizes[g], alpha, gamma);
    return s;
  };
  let marginalAtMean = 0;
  for (let g = 0; g < G; g++)
    if (b[g] !== 0 && shares[g] > 0) marginalAtMean += b[g] * shares[g] * hillShapeDerivative((shares[g] * meanWeekly) / sizes[g], alpha, gamma);
  const gammas: number[] = [];
  for (let g = 0; g < G; g++) if (shares[g] > 0) gammas.push((gamma * sizes[g]) / shares[g]);
  const top = CURVE_SPAN * (meanWeekly > 0 ? meanWeekly : 1);
  const xs = Array.from({ length: CURVE_POINTS }, (_, k) => (top * (k + 1)) / CURVE_POINTS);
  const ys = xs.map(at);
  if (!gammas.length || ys.every((v) => v === 0)) return { at, marginalAtMean, hill: { alpha, gamma: gammas.length ? median(gammas) : gamma, beta: 0 } };
  const fitAt = (logG: number) => {
    const gm = Math.exp(logG);
    let sy = 0,
      ss = 0;
    const hs = xs.map((x) => hillShape(x, alpha, gm));
    hs.forEach((h, k) => {
      sy += h * ys[k];
      ss += h * h;
    });
    const beta = ss > 0 ? sy / ss : 0;
    let sse = 0;
    hs.forEach((h, k) => (sse += (ys[k] - beta * h) ** 2));
    return { gamma: gm, beta, sse };
  };
  let lo = Math.log(Math.min(...gammas)),
    hi = Math.log(Math.max(...gammas));
  if (hi - lo < 1e-9) {
    const f = fitAt(lo);
    return { at, marginalAtMean, hill: { alpha, gamma: f.gamma, beta: f.beta } };
  }
  const phi = (Math.sqrt(5) - 1) / 2;
  let a = hi - phi * (hi - lo),
    c = lo + phi * (hi - lo);
  let fa = fitAt(a).sse,
    fc = fitAt(c).sse;
  for (let it = 0; it < 40; it++) {
    if (fa < fc) {
      hi = c;
      c = a;
      fc = fa;
      a = hi - phi * (hi - lo);
      fa = fitAt(a).sse;
    } else {
      lo = a;
      a = c;
      fa = fc;
      c = lo + phi * (hi - lo);
      fc = fitAt(c).sse;
    }
  }
  const f = fitAt(0.5 * (lo + hi));
  return { at, marginalAtMean, hill: { alpha, gamma: f.gamma, beta: f.beta } };
}

function median(v: number[]): number {
  const s = v.slice().sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : 0.5 * (s[s.length / 2 - 1] + s[s.length / 2]);
}
