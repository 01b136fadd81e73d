import type { CaseSpec, ChannelSpec, SpendPattern } from "./case-spec";
import { createBenchRng, type BenchRng } from "./prng";
import { logUniform, round, shuffle, uniform } from "./random-draws";
import type { TruthAdstock } from "./truth-curves";

/**
 * Random STRUCTURES for the decision benchmark (`--random N`). The 28 named cases were written by hand, and every rule
 * in lib/mmm and lib/optimize since has been judged on them (over eight seed sets, but the structures stay the same).
 * A check on datasets we do not know must not depend on those 28 choices, so this draws every structural parameter —
 * history length, channel count, adstock family and carryover, Hill shape and saturation, ROI, spend level and
 * pattern, noise, correlation, trend, season, price, dark weeks, spend trend, media share, null channels — from the
 * documented ranges below. Case i is a pure function of i: `random-<i>-<weeks>w-<channels>ch`.
 *
 * The ranges span the family (geometric and Weibull adstock, Hill saturation, trend, seasonality, one price
 * control; 104–260 weeks plus short histories; 3–8 channels; noise 3–10 %; some channels with zero effect) without
 * aiming at any case: they were fixed before any fit was run on them.
 */
const RANDOM_SEED_BASE = 50_000;
const CHANNEL_NAMES = ["tv", "search", "social", "display", "radio", "video", "email", "print", "ooh", "podcast"];

function randomAdstock(rng: BenchRng): TruthAdstock {
  const u = rng.uniform();
  // Weibull scales/shapes as in the named cases: CDF shape 0.5–2 (decay speeding up or slowing down), PDF shape 1–2.5
  // with scale 1–4 (peak delayed up to a few weeks).
  if (u < 0.7) return { type: "geometric", theta: round(uniform(rng, 0.05, 0.75), 2), maxLag: 8 };
  if (u < 0.85) return { type: "weibull-cdf", shape: round(uniform(rng, 0.5, 2), 2), scale: round(uniform(rng, 1, 3), 2), maxLag: 10 };
  return { type: "weibull-pdf", shape: round(uniform(rng, 1, 2.5), 2), scale: round(uniform(rng, 1, 4), 2), maxLag: 10 };
}

function randomPattern(rng: BenchRng): SpendPattern {
  const u = rng.uniform();
  if (u < 0.5) {
    // A third of the always-on channels move in a narrow band (cv ≤ 0.15), where extrapolation bites.
    const cv = rng.uniform() < 1 / 3 ? uniform(rng, 0.04, 0.15) : uniform(rng, 0.2, 0.7);
    return { kind: "always-on", cv: round(cv, 2) };
  }
  if (u < 0.8) {
    const on = rng.intBetween(1, 4);
    const off = rng.intBetween(1, 5);
    return { kind: "bursty", onWeeks: [on, on + rng.intBetween(1, 4)], offWeeks: [off, off + rng.intBetween(1, 5)], cv: round(uniform(rng, 0.1, 0.4), 2) };
  }
  return { kind: "seasonal", amplitude: round(uniform(rng, 0.2, 0.6), 2), cv: round(uniform(rng, 0.2, 0.5), 2) };
}

/** The i-th random case (i ≥ 0). Same i → same spec, on every machine. */
export function randomCaseSpec(index: number): CaseSpec {
  if (!Number.isInteger(index) || index < 0) throw new Error(`randomCaseSpec: index must be an integer ≥ 0, got ${index}`);
  const rng = createBenchRng(RANDOM_SEED_BASE + 7919 * index);
  const weeks = rng.uniform() < 0.15 ? rng.intBetween(70, 100) : rng.intBetween(104, 260);
  const nChannels = rng.intBetween(3, 8);
  // Shuffle the names so that "tv" is not always the first channel.
  const names = shuffle(rng, CHANNEL_NAMES.slice());
  const nulls = rng.uniform() < 0.35 ? Math.min(rng.intBetween(1, 2), nChannels - 2) : 0;
  const channels: ChannelSpec[] = [];
  for (let c = 0; c < nChannels; c++) {
    const isNull = c < nulls;
    channels.push({
      name: names[c],
      adstock: randomAdstock(rng),
      alpha: round(uniform(rng, 0.6, 3), 2),
      // < 1: saturated at the current level; > 1: headroom.
      gammaRel: round(logUniform(rng, 0.5, 2), 2),
      roi: isNull ? 0 : round(logUniform(rng, 0.4, 5), 2),
      spend: Math.round(logUniform(rng, 4_000, 50_000) / 500) * 500,
      pattern: randomPattern(rng),
    });
  }
  // The nulls were drawn first; put them at random positions.
  shuffle(rng, channels);
  const equal = rng.uniform() < 0.15;
  return {
    name: `random-${index}-${weeks}w-${nChannels}ch`,
    seed: RANDOM_SEED_BASE + index,
    about: "a random structure (bench/decisions/random-cases.ts)",
    weeks,
    start: "2021-01-04",
    noise: round(uniform(rng, 0.02, 0.1), 3),
    correlation: round(uniform(rng, 0, 0.8), 2),
    trend: round(uniform(rng, -0.1, 0.5), 2),
    season: round(uniform(rng, 0.05, 0.3), 2),
    priceElasticity: round(-uniform(rng, 0.5, 2), 2),
    discountRate: round(uniform(rng, 0, 0.2), 2),
    darkWeeks: rng.uniform() < 0.15 ? rng.intBetween(3, 8) : 0,
    spendTrend: rng.uniform() < 0.25 ? round(uniform(rng, 0.1, 0.8), 2) : 0,
    mediaShare: round(uniform(rng, 0.1, 0.4), 2),
    ...(equal ? { equalMarginalRoi: round(uniform(rng, 0.8, 2.5), 2) } : {}),
    channels,
  };
}

export const RANDOM_NAME = /^random-(\d+)-\d+w-\d+ch$/;

/** The spec behind a `random-<i>-…` name, or undefined for other names. @throws when the name's i gives another name */
export function randomCaseByName(name: string): CaseSpec | undefined {
  const m = RANDOM_NAME.exec(name);
  if (!m) return undefined;
  const spec = randomCaseSpec(Number(m[1]));
  if (spec.name !== name) throw new Error(`unknown random case "${name}" (index ${m[1]} is ${spec.name})`);
  return spec;
}
