import { createRng, type Rng } from "@/lib/math/random";

/**
 * One independent random stream per component (spend, demand, promotions …), derived from the
 * dataset seed. Separate streams keep components stable: changing how promotions are drawn does
 * not reshuffle the spend series. The golden-ratio stride spreads mulberry32 states far apart.
 */
export function streamRng(seed: number, component: number): Rng {
  return createRng((Math.imul(seed >>> 0, 2654435761) + Math.imul(component + 1, 0x9e3779b9)) >>> 0);
}

/** Mean-one lognormal multiplier exp(σz − σ²/2): noise that never flips a sign and keeps averages. */
export function lognormalFactor(rng: Rng, sdLog: number): number {
  return Math.exp(sdLog * rng.normal() - (sdLog * sdLog) / 2);
}

/** Index drawn with probability proportional to weights. */
export function pickWeighted(rng: Rng, weights: readonly number[]): number {
  const total = weights.reduce((s, w) => s + w, 0);
  let u = rng.next() * total;
  for (let i = 0; i < weights.length; i++) {
    u -= weights[i];
    if (u < 0) return i;
  }
  return weights.length - 1;
}

export function roundTo(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
