import type { BenchRng } from "./prng";

/** Draws for the random-structure samplers (random-cases.ts, ../geo/random-geo-cases.ts), on the benchmark's own PRNG. */

/** Uniform on [lo, hi). */
export const uniform = (rng: BenchRng, lo: number, hi: number) => lo + (hi - lo) * rng.uniform();

/** Log-uniform on [lo, hi): as likely to halve as to double. */
export const logUniform = (rng: BenchRng, lo: number, hi: number) => Math.exp(uniform(rng, Math.log(lo), Math.log(hi)));

/** Rounded to `digits` decimals, so a spec reads as written (and prints the same everywhere). */
export const round = (v: number, digits: number) => Number(v.toFixed(digits));

/** Fisher–Yates shuffle in place (one rng.intBetween per position, last to second). */
export function shuffle<T>(rng: BenchRng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.intBetween(0, i);
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}
