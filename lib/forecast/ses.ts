/**
 * Simple exponential smoothing with the smoothing weight chosen by least squares of the
 * one-step errors (Hyndman et al., "Forecasting with Exponential Smoothing", 2008, ch. 2).
 * The initial level is the first observation, as in the classic Theta method; a coarse grid
 * followed by golden-section search is enough because SSE(α) is smooth and usually unimodal.
 */
export type SesFit = { alpha: number; level: number; sigma: number };

function sse(y: number[], alpha: number): { sse: number; level: number } {
  let level = y[0];
  let s = 0;
  for (let t = 1; t < y.length; t++) {
    const e = y[t] - level;
    s += e * e;
    level += alpha * e;
  }
  return { sse: s, level };
}

/** @throws when y is empty. */
export function fitSes(y: number[], alphaBounds: [number, number] = [0.01, 0.99]): SesFit {
  if (y.length === 0) throw new Error("fitSes: empty series");
  if (y.length < 3) return { alpha: 0.5, level: sse(y, 0.5).level, sigma: 0 };
  const [a0, a1] = alphaBounds;
  let best = a0;
  let bestSse = Infinity;
  const steps = 20;
  for (let k = 0; k <= steps; k++) {
    const a = a0 + ((a1 - a0) * k) / steps;
    const v = sse(y, a).sse;
    if (v < bestSse) {
      bestSse = v;
      best = a;
    }
  }
  // golden section in the bracket around the grid minimum
  let lo = Math.max(a0, best - (a1 - a0) / steps);
  let hi = Math.min(a1, best + (a1 - a0) / steps);
  const g = (Math.sqrt(5) - 1) / 2;
  let c = hi - g * (hi - lo);
  let d = lo + g * (hi - lo);
  let fc = sse(y, c).sse;
  let fd = sse(y, d).sse;
  for (let it = 0; it < 30; it++) {
    if (fc < fd) {
      hi = d;
      d = c;
      fd = fc;
      c = hi - g * (hi - lo);
      fc = sse(y, c).sse;
    } else {
      lo = c;
      c = d;
      fc = fd;
      d = lo + g * (hi - lo);
      fd = sse(y, d).sse;
    }
  }
  const alpha = (lo + hi) / 2;
  const r = sse(y, alpha);
  return { alpha, level: r.level, sigma: Math.sqrt(r.sse / Math.max(1, y.length - 2)) };
}
