import type { HillSaturation } from "../mmm/types";
import { hillDerivative, hillResponse } from "../math/response-curve";
import { hillInflection, spendAtMarginal } from "./response-curve";

/**
 * The least concave function above a Hill curve on [lo, hi]. For a concave curve (alpha ≤ 1, or
 * lo already past the inflection) it is the curve itself. For an S-shaped curve it is the straight
 * line from (lo, f(lo)) to the tangent point t (where f'(t)·(t − lo) = f(t) − f(lo)), then the curve;
 * if the tangent point lies beyond hi, the whole envelope is the chord from lo to hi.
 *
 * Optimising the sum of envelopes is a concave problem whose optimum bounds the true optimum from
 * above; the allocator uses that both to find the plan and to certify how far from optimal it can be.
 */
export type ConcaveEnvelope = {
  saturation: HillSaturation;
  lo: number;
  hi: number;
  /** End of the linear segment (= lo when there is none). */
  tangent: number;
  /** Slope of the linear segment, or f'(lo) when there is none. */
  slope: number;
  /** True when the envelope has a linear segment (lo, tangent) strictly above the curve. */
  hasSegment: boolean;
};

/**
 * Tangent points by curve and lower end. The tangent from lo does not depend on hi, and the
 * allocator rebuilds envelopes for many sub-problems that share (curve, lo), so this saves most of
 * the root finding. Bounded per curve; a WeakMap lets curves (and their entries) be collected.
 */
const tangentCache = new WeakMap<HillSaturation, Map<number, number>>();

/** Unconstrained tangent point from (lo, f(lo)) for an S-shaped curve with lo below its inflection. */
function tangentFrom(s: HillSaturation, lo: number, inflection: number): number {
  let cache = tangentCache.get(s);
  const hit = cache?.get(lo);
  if (hit !== undefined) return hit;
  const flo = hillResponse(s, lo);
  // g(x) = f'(x)(x − lo) − (f(x) − f(lo)) is ≥ 0 at the inflection, strictly decreasing above it
  // (g' = f''·(x − lo) < 0) and negative for large x, so its root is unique: bisect.
  const g = (x: number) => hillDerivative(s, x) * (x - lo) - (hillResponse(s, x) - flo);
  let a = inflection,
    b = Math.max(2 * inflection, lo + s.gamma);
  while (g(b) >= 0) b *= 2;
  for (let i = 0; i < 200; i++) {
    const m = 0.5 * (a + b);
    if (m <= a || m >= b) break;
    if (g(m) >= 0) a = m;
    else b = m;
  }
  const tangent = 0.5 * (a + b);
  if (!cache) tangentCache.set(s, (cache = new Map()));
  if (cache.size > 256) cache.clear();
  cache.set(lo, tangent);
  return tangent;
}

export function buildConcaveEnvelope(s: HillSaturation, lo: number, hi: number): ConcaveEnvelope {
  const inflection = hillInflection(s);
  if (inflection <= lo || hi <= lo) {
    return { saturation: s, lo, hi, tangent: lo, slope: hillDerivative(s, lo), hasSegment: false };
  }
  // Past hi the tangent is out of reach and the envelope on [lo, hi] is the chord.
  const tangent = Math.min(tangentFrom(s, lo, inflection), hi);
  const slope = (hillResponse(s, tangent) - hillResponse(s, lo)) / (tangent - lo);
  return { saturation: s, lo, hi, tangent, slope, hasSegment: true };
}

/** Envelope value at x in [lo, hi]. */
export function envelopeValue(e: ConcaveEnvelope, x: number): number {
  if (e.hasSegment && x < e.tangent) return hillResponse(e.saturation, e.lo) + e.slope * (x - e.lo);
  return hillResponse(e.saturation, x);
}

/**
 * argmax over [lo, hi] of envelope(x) − lambda·x: lo when lambda is at or above the segment slope,
 * otherwise where the concave part's derivative equals lambda. Non-increasing in lambda, with one
 * jump (lo → tangent) at lambda = slope for S-shaped curves.
 */
export function envelopeSpendAt(e: ConcaveEnvelope, lambda: number, start?: number): number {
  if (e.hasSegment) {
    if (lambda >= e.slope) return e.lo;
    if (e.tangent >= e.hi) return e.hi;
    return spendAtMarginal(e.saturation, lambda, e.tangent, e.hi, start);
  }
  return spendAtMarginal(e.saturation, lambda, e.lo, e.hi, start);
}
