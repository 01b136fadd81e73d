/**
 * The decision benchmark's own seeded PRNG (independent of lib/math/random on purpose: the benchmark must
 * not share code with the fitting path). mulberry32 (Tommy Ettinger's 32-bit generator, public domain) for
 * uniforms, Box–Muller for normals. Same seed → same stream on every platform (only 32-bit integer ops
 * and IEEE doubles).
 */
export type BenchRng = {
  /** Uniform in [0, 1). */
  uniform: () => number;
  /** Standard normal. */
  normal: () => number;
  /** Integer in [lo, hi] (both inclusive). */
  intBetween: (lo: number, hi: number) => number;
};

/**
 * @param seed any integer (taken modulo 2^32)
 * @example const rng = createBenchRng(7); rng.uniform();
 */
export function createBenchRng(seed: number): BenchRng {
  if (!Number.isFinite(seed)) throw new Error(`createBenchRng: seed must be a finite number, got ${seed}`);
  let state = Math.trunc(seed) >>> 0;
  const uniform = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  let spare: number | null = null;
  const normal = () => {
    if (spare !== null) {
      const v = spare;
      spare = null;
      return v;
    }
    let u = 0;
    while (u <= 1e-300) u = uniform();
    const v = uniform();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
  const intBetween = (lo: number, hi: number) => lo + Math.floor(uniform() * (hi - lo + 1));
  return { uniform, normal, intBetween };
}
