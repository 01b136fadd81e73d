import { createBenchRng } from "../decisions/prng";
import { logUniform, round, shuffle, uniform } from "../decisions/random-draws";
import type { GeoCaseSpec, GeoChannelSpec } from "./geo-cases";

/**
 * Random STRUCTURES for the geo benchmark (`npm run bench:geo -- --random N`), for the same reason as
 * bench/decisions/random-cases.ts: the geo model's rules were judged on eight hand-written structures, redrawn over
 * seed sets. Case i is a pure function of i: `geo-random-<i>-<regions>r-<weeks>w-<channels>ch`. Ranges (fixed before
 * any fit was run on them): 12–48 regions, 0–25 % of them tiny; 104–208 weeks; 3–6 channels; carryover θ 0.1–0.7;
 * Hill α 0.6–2.5; gammaRel log-uniform 0.6–1.6; true national ROI log-uniform 1–6; spend 10–50 per 1,000 people a
 * week; always-on (0.5), bursty (0.35) or seasonal (0.15) spend; regional effect sd 0.15–0.4; noise 3–8 %; national
 * share of spend variation 0.3–0.85; trend −5 to +20 %; season 10–35 %; media share 15–35 %; one null channel with
 * probability 0.7, two with 0.1.
 */
const RANDOM_GEO_SEED_BASE = 70_000;
const NAMES = ["tv", "search", "social", "display", "radio", "video", "email", "print"];

/** The i-th random geo case (i ≥ 0). */
export function randomGeoCaseSpec(index: number): GeoCaseSpec {
  if (!Number.isInteger(index) || index < 0) throw new Error(`randomGeoCaseSpec: index must be an integer ≥ 0, got ${index}`);
  const rng = createBenchRng(RANDOM_GEO_SEED_BASE + 7919 * index);
  const regions = rng.intBetween(12, 48);
  const weeks = rng.intBetween(104, 208);
  const nChannels = rng.intBetween(3, 6);
  const names = shuffle(rng, NAMES.slice());
  const u = rng.uniform();
  const nulls = u < 0.1 ? 2 : u < 0.8 ? 1 : 0;
  const channels: GeoChannelSpec[] = names.slice(0, nChannels).map((name, c) => {
    const p = rng.uniform();
    return {
      name,
      theta: round(uniform(rng, 0.1, 0.7), 2),
      alpha: round(uniform(rng, 0.6, 2.5), 2),
      gammaRel: round(logUniform(rng, 0.6, 1.6), 2),
      roi: c < nulls ? 0 : round(logUniform(rng, 1, 6), 2),
      spendPerThousand: Math.round(uniform(rng, 10, 50)),
      pattern: p < 0.5 ? "always-on" : p < 0.85 ? "bursty" : "seasonal",
      regionalSd: round(uniform(rng, 0.15, 0.4), 2),
    };
  });
  // The nulls were drawn first; put them at random positions.
  shuffle(rng, channels);
  return {
    name: `geo-random-${index}-${regions}r-${weeks}w-${nChannels}ch`,
    seed: RANDOM_GEO_SEED_BASE + index,
    about: "a random geo structure (bench/geo/random-geo-cases.ts)",
    regions,
    smallRegions: rng.intBetween(0, Math.floor(regions / 4)),
    weeks,
    start: "2021-01-04",
    noise: round(uniform(rng, 0.03, 0.08), 3),
    nationalShare: round(uniform(rng, 0.3, 0.85), 2),
    trend: round(uniform(rng, -0.05, 0.2), 2),
    season: round(uniform(rng, 0.1, 0.35), 2),
    mediaShare: round(uniform(rng, 0.15, 0.35), 2),
    channels,
  };
}

export const RANDOM_GEO_NAME = /^geo-random-(\d+)-\d+r-\d+w-\d+ch$/;

/** The spec behind a `geo-random-<i>-…` name, or undefined for other names. @throws when i gives another name */
export function randomGeoCaseByName(name: string): GeoCaseSpec | undefined {
  const m = RANDOM_GEO_NAME.exec(name);
  if (!m) return undefined;
  const spec = randomGeoCaseSpec(Number(m[1]));
  if (spec.name !== name) throw new Error(`unknown random geo case "${name}" (index ${m[1]} is ${spec.name})`);
  return spec;
}
