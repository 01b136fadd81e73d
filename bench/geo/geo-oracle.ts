/**
 * The geo benchmark's ROI floor: the best a regression can do on a case's data when it knows every media shape
 * (adstock θ, Hill α and γ, the burn-in's carryover) and the demand season's shape, only the linear coefficients
 * unknown. bench/decisions' oracle regression does the same for one national series; this one fits each region.
 *
 * Per region g, ordinary least squares of kpi_g,t on [1, t, s(t), pop_g · h_g,c,t for every channel c]; the
 * coefficient of channel c estimates β_c · m_g,c. Two national read-outs:
 *   - unpooled: every region's own coefficient;
 *   - pooled: each coefficient shrunk toward the channel's precision-weighted mean with τ² by DerSimonian–Laird,
 *     the estimator the geo model uses (lib/mmm's own code is not imported: this is the yardstick).
 * National contribution = Σ_g coef_g,c · pop_g · Σ_t h^window_g,c,t (the window's own spend, the ROI convention),
 * national ROI = contribution ÷ the channel's window spend. Where even this misses the true ROI by 10 %, no model
 * fitted on the same data can be expected to do better on average; the issue's target is judged against it.
 */
import { solveLeastSquares } from "../decisions/oracle-regression";
import { quantile } from "../decisions/summarize";
import type { GeoCase } from "./generate-geo-case";

export type GeoOracleChannel = {
  name: string;
  truth: number;
  /** National ROI from the regions' own coefficients, and its standard error. */
  unpooled: number;
  unpooledSe: number;
  /** National ROI from the DerSimonian–Laird-pooled coefficients. */
  pooled: number;
};

export type GeoOracle = {
  channels: GeoOracleChannel[];
  /** Median over non-null channels of |estimate − truth| / truth. */
  unpooledMedianError: number;
  pooledMedianError: number;
};

/**
 * Shrinks estimates b_g (standard errors se_g) toward their precision-weighted mean with the DerSimonian–Laird τ².
 * @example poolDerSimonianLaird([1, 1], [0.1, 0.1]) // [1, 1] (no spread → τ² = 0 → every estimate becomes the mean)
 */
export function poolDerSimonianLaird(b: number[], se: number[]): number[] {
  const w = se.map((s) => 1 / (s * s));
  const W = w.reduce((a, v) => a + v, 0);
  const mu = b.reduce((a, v, g) => a + w[g] * v, 0) / W;
  const Q = b.reduce((a, v, g) => a + w[g] * (v - mu) ** 2, 0);
  const W2 = w.reduce((a, v) => a + v * v, 0);
  const tau2 = Math.max(0, (Q - (b.length - 1)) / (W - W2 / W));
  // Random-effects mean, then each region's posterior mean.
  const wr = se.map((s) => 1 / (s * s + tau2));
  const muR = b.reduce((a, v, g) => a + wr[g] * v, 0) / wr.reduce((a, v) => a + v, 0);
  if (tau2 === 0) return b.map(() => muR);
  return b.map((v, g) => (v / (se[g] * se[g]) + muR / tau2) / (1 / (se[g] * se[g]) + 1 / tau2));
}

/** The oracle regressions of one generated geo case. */
export function geoOracle(g: GeoCase): GeoOracle {
  const { season, kpi, shape, windowShape } = g.design;
  const n = g.dates.length;
  const trend = Array.from({ length: n }, (_, t) => t / (n - 1) - 0.5);
  const ones = new Array<number>(n).fill(1);
  const C = g.truth.channels.length;
  const coef: number[][] = Array.from({ length: C }, () => []),
    se: number[][] = Array.from({ length: C }, () => []),
    unit: number[][] = Array.from({ length: C }, () => []); // pop_g · Σ_t window shape: contribution per unit coefficient
  g.truth.regions.forEach((region, r) => {
    const media = shape.map((sc) => sc[r].map((v) => v * region.population));
    const fit = solveLeastSquares([ones, trend, season, ...media], kpi[r]);
    for (let c = 0; c < C; c++) {
      coef[c].push(fit.coef[3 + c]);
      se[c].push(fit.se[3 + c]);
      unit[c].push(region.population * windowShape[c][r].reduce((a, v) => a + v, 0));
    }
  });
  const channels = g.truth.channels.map((t, c) => {
    const spend = t.spend;
    const pooledCoef = poolDerSimonianLaird(coef[c], se[c]);
    let unpooled = 0,
      variance = 0,
      pooled = 0;
    unit[c].forEach((u, r) => {
      unpooled += coef[c][r] * u;
      variance += (se[c][r] * u) ** 2;
      pooled += pooledCoef[r] * u;
    });
    return { name: t.name, truth: t.roi, unpooled: unpooled / spend, unpooledSe: Math.sqrt(variance) / spend, pooled: pooled / spend };
  });
  const real = channels.filter((_, c) => !g.truth.channels[c].isNull);
  return {
    channels,
    unpooledMedianError: quantile(
      real.map((c) => Math.abs(c.unpooled - c.truth) / c.truth),
      0.5,
    ),
    pooledMedianError: quantile(
      real.map((c) => Math.abs(c.pooled - c.truth) / c.truth),
      0.5,
    ),
  };
}
