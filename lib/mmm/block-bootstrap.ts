import type { Rng } from "../math/random";

/**
 * Indices of a circular moving-block bootstrap sample (Künsch 1989; Politis & Romano 1992): blocks of
 * `blockLength` consecutive weeks starting at random weeks, wrapping at the end, concatenated to length n.
 * Blocks keep the residuals' autocorrelation that a week-by-week resample would destroy.
 * @throws if blockLength < 1 or n < 1
 */
export function movingBlockIndices(n: number, blockLength: number, rng: Rng, out?: Int32Array): Int32Array {
  if (!(n >= 1) || !(blockLength >= 1)) throw new Error(`movingBlockIndices: need n ≥ 1 and blockLength ≥ 1, got ${n}, ${blockLength}`);
  const idx = out ?? new Int32Array(n);
  let k = 0;
  while (k < n) {
    const start = rng.int(n);
    for (let l = 0; l < blockLength && k < n; l++) idx[k++] = (start + l) % n;
  }
  return idx;
}

/** Default block length ≈ n^(1/3) (Hall, Horowitz & Jing 1995), at least 2 weeks. */
export const defaultBlockLength = (n: number) => Math.max(2, Math.round(Math.cbrt(n)));
