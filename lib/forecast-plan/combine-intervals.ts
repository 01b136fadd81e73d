import type { IntervalForecast } from "../forecast/types";

/**
 * Forecast intervals of baseline + media: the baseline's calibrated predictive distribution of each week,
 * mixed over the media model's bootstrap draws (baseline error and media parameters independent):
 *
 *   F(x) = (1/K) Σ_k F_b(x − center_media − offset_k),
 *
 * F_b being the baseline's distribution of that week. F_b is read off the baseline's own quantiles — 2.5, 10,
 * 50, 90 and 97.5 % (lo95, lo80, yhat, hi80, hi95) — as a normal CDF in a piecewise-linear z: z(x) interpolates
 * (−1.96, −1.28, 0, 1.28, 1.96) through those points and extends the outer segments, so an asymmetric calibrated
 * interval stays asymmetric. Each combined quantile is found by bisection on F. Many draws are first reduced to
 * `maxComponents` evenly spaced quantiles of the offsets (the mixture changes by far less than the bisection
 * tolerance at 64 components; 200 draws × 52 weeks × 35 series would otherwise cost seconds).
 */
const Z80 = 1.2815515655446004;
const Z95 = 1.959963984540054;
const KNOT_Z = [-Z95, -Z80, 0, Z80, Z95];

/**
 * Standard normal CDF, W. J. Cody's rational Chebyshev approximations (Cody 1969, "Rational Chebyshev
 * approximations for the error function"; the form R's pnorm uses): about 1e-15 relative accuracy, a few dozen flops.
 */
const CODY_A = [2.2352520354606839287, 161.02823106855587881, 1067.6894854603709582, 18154.981253343561249, 0.065682337918207449113];
const CODY_B = [47.20258190468824187, 976.09855173777669322, 10260.932208618978205, 45507.789335026729956];
const CODY_C = [
  0.39894151208813466764, 8.8831497943883759412, 93.506656132177855979, 597.27027639480026226, 2494.5375852903726711, 6848.1904505362823326,
  11602.651437647350124, 9842.7148383839780218, 1.0765576773720192317e-8,
];
const CODY_D = [
  22.266688044328115691, 235.38790178262499861, 1519.377599407554805, 6485.558298266760755, 18615.571640885098091, 34900.952721145977266, 38912.003286093271411,
  19685.429676859990727,
];
const CODY_P = [0.21589853405795699, 0.1274011611602473639, 0.022235277870649807, 0.001421619193227893466, 2.9112874951168792e-5, 0.02307344176494017303];
const CODY_Q = [1.28426009614491121, 0.468238212480865118, 0.0659881378689285515, 0.00378239633202758244, 7.29751555083966205e-5];
const INV_SQRT_2PI = 0.398942280401432677939946059934;

export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  const y = Math.abs(x);
  if (y <= 0.67448975) {
    let num = 0,
      den = 0;
    if (y > 1.1e-16) {
      const sq = x * x;
      num = CODY_A[4] * sq;
      den = sq;
      for (let i = 0; i < 3; i++) {
        num = (num + CODY_A[i]) * sq;
        den = (den + CODY_B[i]) * sq;
      }
    }
    return 0.5 + (x * (num + CODY_A[3])) / (den + CODY_B[3]);
  }
  let tail: number;
  if (y <= 5.656854249492380195206754896838) {
    let num = CODY_C[8] * y,
      den = y;
    for (let i = 0; i < 7; i++) {
      num = (num + CODY_C[i]) * y;
      den = (den + CODY_D[i]) * y;
    }
    const r = (num + CODY_C[7]) / (den + CODY_D[7]);
    const sq = Math.trunc(y * 16) / 16;
    tail = Math.exp(-sq * sq * 0.5) * Math.exp(-(y - sq) * (y + sq) * 0.5) * r;
  } else {
    if (y > 40) return x > 0 ? 1 : 0;
    const inv = 1 / (x * x);
    let num = CODY_P[5] * inv,
      den = inv;
    for (let i = 0; i < 4; i++) {
      num = (num + CODY_P[i]) * inv;
      den = (den + CODY_Q[i]) * inv;
    }
    const r = (INV_SQRT_2PI - (inv * (num + CODY_P[4])) / (den + CODY_Q[4])) / y;
    const sq = Math.trunc(y * 16) / 16;
    tail = Math.exp(-sq * sq * 0.5) * Math.exp(-(y - sq) * (y + sq) * 0.5) * r;
  }
  return x > 0 ? 1 - tail : tail;
}

/** Knots x_0 ≤ … ≤ x_4 of one week's baseline distribution, widened by a hair where two coincide (a zero-width interval). */
function knots(lo95: number, lo80: number, yhat: number, hi80: number, hi95: number): number[] {
  const x = [lo95, lo80, yhat, hi80, hi95];
  const eps = 1e-9 * Math.max(1, Math.abs(yhat));
  // Below the median: each knot at most the one above it, and strictly below.
  for (let i = 1; i >= 0; i--) x[i] = Math.min(x[i], x[i + 1] - eps);
  for (let i = 3; i <= 4; i++) x[i] = Math.max(x[i], x[i - 1] + eps);
  return x;
}

function zAt(x: number[], v: number): number {
  if (v <= x[1]) return KNOT_Z[0] + ((v - x[0]) * (KNOT_Z[1] - KNOT_Z[0])) / (x[1] - x[0]);
  if (v >= x[3]) return KNOT_Z[3] + ((v - x[3]) * (KNOT_Z[4] - KNOT_Z[3])) / (x[4] - x[3]);
  const i = v <= x[2] ? 1 : 2;
  return KNOT_Z[i] + ((v - x[i]) * (KNOT_Z[i + 1] - KNOT_Z[i])) / (x[i + 1] - x[i]);
}

/** Evenly spaced mid-quantiles ((i + ½)/m) of the values: a smaller equally weighted mixture with the same spread. */
export function reduceToQuantiles(values: number[], m: number): number[] {
  if (values.length <= m) return values.slice();
  const sorted = values.slice().sort((a, b) => a - b);
  return Array.from({ length: m }, (_, i) => {
    const pos = ((i + 0.5) / m) * sorted.length - 0.5;
    const lo = Math.max(0, Math.floor(pos)),
      hi = Math.min(sorted.length - 1, lo + 1);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
  });
}

function mixtureQuantile(x: number[], offsets: number[], p: number): number {
  const cdf = (v: number) => {
    let s = 0;
    for (const o of offsets) s += normalCdf(zAt(x, v - o));
    return s / offsets.length;
  };
  const spreadLo = (x[2] - x[0]) * 3 + 1e-9,
    spreadHi = (x[4] - x[2]) * 3 + 1e-9;
  let lo = x[2] + Math.min(...offsets) - spreadLo - 1;
  let hi = x[2] + Math.max(...offsets) + spreadHi + 1;
  const tol = 1e-7 * Math.max(1, Math.abs(x[2]));
  for (let i = 0; i < 100 && hi - lo > tol; i++) {
    const mid = 0.5 * (lo + hi);
    if (cdf(mid) < p) lo = mid;
    else hi = mid;
  }
  return 0.5 * (lo + hi);
}

/**
 * baseline + media, week by week, with intervals over baseline error and media draws.
 * @param baseline the baseline forecast (calibrated 80/95 % intervals), one entry per plan week
 * @param media.center media response per week under the selected model (added to the baseline's yhat)
 * @param media.drawOffsets per draw, per week: how far that draw moves the total (plan-media.ts); none = baseline
 *   interval around the shifted point
 * @param options.floor lower bound for every value (0 for a KPI that cannot be negative), null for none
 * @returns yhat = baseline.yhat + media.center; intervals from the mixture
 * @throws naming the function when lengths differ
 */
export function combineBaselineAndMedia(
  baseline: IntervalForecast,
  media: { center: number[]; drawOffsets?: number[][] },
  options: { floor?: number | null; maxComponents?: number } = {},
): IntervalForecast {
  const H = baseline.yhat.length;
  if (media.center.length !== H) throw new Error(`combineBaselineAndMedia: media has ${media.center.length} weeks, the baseline ${H}`);
  const bad = (media.drawOffsets ?? []).findIndex((d) => d.length !== H);
  if (bad >= 0) throw new Error(`combineBaselineAndMedia: draw ${bad} has ${media.drawOffsets![bad].length} weeks, the baseline ${H}`);
  const floor = options.floor ?? null;
  const clip = (v: number) => (floor === null ? v : Math.max(floor, v));
  const m = options.maxComponents ?? 64;
  const draws = media.drawOffsets ?? [];
  const out: IntervalForecast = { dates: baseline.dates.slice(), yhat: [], lo80: [], hi80: [], lo95: [], hi95: [] };
  for (let h = 0; h < H; h++) {
    const c = media.center[h];
    const x = knots(baseline.lo95[h] + c, baseline.lo80[h] + c, baseline.yhat[h] + c, baseline.hi80[h] + c, baseline.hi95[h] + c);
    const offsets = draws.length
      ? reduceToQuantiles(
          draws.map((d) => d[h]),
          m,
        )
      : [0];
    out.yhat.push(clip(baseline.yhat[h] + c));
    out.lo95.push(clip(mixtureQuantile(x, offsets, 0.025)));
    out.lo80.push(clip(mixtureQuantile(x, offsets, 0.1)));
    out.hi80.push(clip(mixtureQuantile(x, offsets, 0.9)));
    out.hi95.push(clip(mixtureQuantile(x, offsets, 0.975)));
  }
  return out;
}
