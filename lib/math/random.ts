/**
 * Seeded pseudo-random numbers shared by the demo generator, bootstraps and optimizers, so every
 * stochastic result in Mixcast is reproducible from a seed.
 *
 * mulberry32: 32-bit state, period 2^32, passes SmallCrush; plenty for simulation and resampling,
 * and small enough to serialise in a run's params. (Math.random cannot be seeded.)
 */
export type Rng = {
  /** Uniform on [0, 1). */
  next(): number;
  /** Standard normal (Box–Muller, caching the second variate). */
  normal(): number;
  /** Integer uniform on [0, n). */
  int(n: number): number;
};

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  let spare: number | null = null;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = () => {
    if (spare !== null) {
      const s = spare;
      spare = null;
      return s;
    }
    let u = 0;
    while (u === 0) u = next();
    const v = next();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
  return { next, normal, int: (n: number) => Math.floor(next() * n) };
}
