import { randomGeoCaseByName } from "./random-geo-cases";

/**
 * The geo benchmark's named cases (bench/README-geo.md). Structure is written out; the seed drives only the random
 * parts (populations, regional effect multipliers, spend, noise). `--seed-offset N` keeps the structure and redraws.
 */
export type GeoChannelSpec = {
  name: string;
  /** Geometric carryover of the generator's own (unnormalised) adstock, w_l = theta^l, maxLag 6. */
  theta: number;
  /** Hill alpha (≤ 1 concave, > 1 S-shaped), shared by every region. */
  alpha: number;
  /** Hill gamma relative to the steady-state adstock of the mean per-capita weekly spend. */
  gammaRel: number;
  /** True NATIONAL ROI (in-window contribution / spend, summed over regions); 0 = a null channel. */
  roi: number;
  /** Mean weekly spend per 1,000 people. */
  spendPerThousand: number;
  pattern: "always-on" | "bursty" | "seasonal";
  /** Sd of the log regional effect multiplier (regional effect sizes vary around the national one). */
  regionalSd: number;
};

export type GeoCaseSpec = {
  name: string;
  seed: number;
  about: string;
  regions: number;
  /** Regions made tiny (population × 0.04): little data, noisy KPI. */
  smallRegions: number;
  weeks: number;
  /** First week (a Monday). */
  start: string;
  /** KPI noise sd as a fraction of a median-size region's mean KPI (larger, relatively, in small regions). */
  noise: number;
  /** Weight of the national spend factor in each region's spend variation (0 = regions independent). */
  nationalShare: number;
  trend: number;
  season: number;
  mediaShare: number;
  channels: GeoChannelSpec[];
};

const ch = (
  name: string,
  theta: number,
  alpha: number,
  gammaRel: number,
  roi: number,
  spendPerThousand: number,
  pattern: GeoChannelSpec["pattern"],
  regionalSd = 0.3,
): GeoChannelSpec => ({ name, theta, alpha, gammaRel, roi, spendPerThousand, pattern, regionalSd });

export const GEO_CASES: GeoCaseSpec[] = [
  {
    name: "geo-20r-130w-3ch",
    seed: 11,
    about: "20 regions, short history, 3 channels (one null)",
    regions: 20,
    smallRegions: 3,
    weeks: 130,
    start: "2022-01-03",
    noise: 0.06,
    nationalShare: 0.6,
    trend: 0.1,
    season: 0.25,
    mediaShare: 0.25,
    channels: [ch("tv", 0.6, 1.2, 1.0, 2.4, 40, "bursty"), ch("search", 0.2, 0.8, 1.2, 3.5, 25, "always-on"), ch("display", 0.3, 1, 1, 0, 15, "always-on")],
  },
  {
    name: "geo-20r-156w-5ch",
    seed: 23,
    about: "20 regions, 5 channels (one null, one seasonal)",
    regions: 20,
    smallRegions: 4,
    weeks: 156,
    start: "2021-01-04",
    noise: 0.05,
    nationalShare: 0.7,
    trend: 0.15,
    season: 0.3,
    mediaShare: 0.3,
    channels: [
      ch("tv", 0.7, 1.5, 1.0, 1.8, 50, "bursty"),
      ch("search", 0.1, 0.7, 1.5, 4.0, 20, "seasonal", 0.25),
      ch("social", 0.4, 1, 0.8, 2.2, 18, "always-on", 0.4),
      ch("radio", 0.5, 1, 1, 0, 12, "bursty"),
      ch("email", 0.2, 0.6, 0.7, 6.0, 4, "always-on"),
    ],
  },
  {
    name: "geo-40r-156w-6ch",
    seed: 37,
    about: "40 regions × 156 weeks × 6 channels (the speed case; one null)",
    regions: 40,
    smallRegions: 6,
    weeks: 156,
    start: "2021-01-04",
    noise: 0.05,
    nationalShare: 0.6,
    trend: 0.1,
    season: 0.3,
    mediaShare: 0.3,
    channels: [
      ch("tv", 0.7, 1.3, 1.1, 2.0, 45, "bursty"),
      ch("search", 0.15, 0.8, 1.4, 3.6, 22, "always-on"),
      ch("social", 0.4, 1, 0.9, 2.5, 15, "always-on", 0.4),
      ch("video", 0.5, 1.8, 1.0, 1.5, 20, "bursty"),
      ch("display", 0.3, 1, 1, 0, 10, "always-on"),
      ch("email", 0.2, 0.6, 0.7, 5.0, 4, "always-on", 0.2),
    ],
  },
  {
    name: "geo-40r-143w-4ch",
    seed: 41,
    about: "40 regions, regions strongly driven by the national plan, 4 channels (one null)",
    regions: 40,
    smallRegions: 8,
    weeks: 143,
    start: "2021-06-07",
    noise: 0.07,
    nationalShare: 0.8,
    trend: 0.05,
    season: 0.35,
    mediaShare: 0.2,
    channels: [
      ch("tv", 0.6, 1.2, 1.0, 2.2, 40, "bursty", 0.35),
      ch("search", 0.2, 0.8, 1.3, 3.0, 25, "seasonal"),
      ch("print", 0.4, 1, 1, 0, 12, "always-on"),
      ch("social", 0.3, 1, 0.9, 2.8, 14, "always-on"),
    ],
  },
  // Round 2 (added before any fit was run on them, to make the medians less noisy; bench/README-geo.md reports the
  // first four alone and all eight).
  {
    name: "geo-30r-156w-4ch",
    seed: 53,
    about: "30 regions, a seasonal and an always-on channel besides tv (one null)",
    regions: 30,
    smallRegions: 5,
    weeks: 156,
    start: "2021-01-04",
    noise: 0.05,
    nationalShare: 0.7,
    trend: 0.1,
    season: 0.3,
    mediaShare: 0.25,
    channels: [
      ch("tv", 0.6, 1.3, 1.0, 2.0, 40, "bursty"),
      ch("search", 0.2, 0.8, 1.3, 3.2, 22, "seasonal"),
      ch("social", 0.35, 1, 0.9, 2.4, 15, "always-on"),
      ch("display", 0.3, 1, 1, 0, 10, "always-on"),
    ],
  },
  {
    name: "geo-24r-120w-4ch",
    seed: 67,
    about: "24 regions, short history, two always-on channels, a bursty null",
    regions: 24,
    smallRegions: 3,
    weeks: 120,
    start: "2022-03-07",
    noise: 0.06,
    nationalShare: 0.5,
    trend: 0.1,
    season: 0.25,
    mediaShare: 0.3,
    channels: [
      ch("tv", 0.5, 1.2, 1.0, 1.6, 45, "bursty"),
      ch("search", 0.15, 0.7, 1.4, 4.0, 24, "always-on"),
      ch("radio", 0.5, 1, 1, 0, 12, "bursty"),
      ch("email", 0.2, 0.6, 0.7, 5.5, 4, "always-on", 0.25),
    ],
  },
  {
    name: "geo-32r-156w-5ch",
    seed: 79,
    about: "32 regions, 5 channels (one null), strongly national plans",
    regions: 32,
    smallRegions: 4,
    weeks: 156,
    start: "2021-01-04",
    noise: 0.04,
    nationalShare: 0.75,
    trend: 0.12,
    season: 0.3,
    mediaShare: 0.3,
    channels: [
      ch("tv", 0.7, 1.3, 1.0, 1.9, 45, "bursty"),
      ch("video", 0.5, 1.6, 1.0, 1.4, 18, "bursty"),
      ch("search", 0.2, 0.8, 1.4, 3.4, 22, "seasonal"),
      ch("social", 0.4, 1, 0.9, 2.6, 15, "always-on", 0.4),
      ch("print", 0.4, 1, 1, 0, 10, "always-on"),
    ],
  },
  {
    name: "geo-20r-143w-3ch",
    seed: 97,
    about: "20 regions, always-on channels only besides a bursty null",
    regions: 20,
    smallRegions: 2,
    weeks: 143,
    start: "2021-06-07",
    noise: 0.05,
    nationalShare: 0.65,
    trend: 0.08,
    season: 0.3,
    mediaShare: 0.25,
    channels: [ch("search", 0.2, 0.9, 1.2, 3.0, 25, "always-on"), ch("social", 0.35, 1, 0.9, 2.2, 16, "always-on"), ch("tv", 0.6, 1.2, 1, 0, 35, "bursty")],
  },
];

export const GEO_CASE_NAMES = GEO_CASES.map((c) => c.name);

/** A named case, or a random structure's `geo-random-<i>-…` name (random-geo-cases.ts). @throws naming the case when it is unknown */
export function geoCaseSpec(name: string, seedOffset = 0): GeoCaseSpec {
  const spec = GEO_CASES.find((c) => c.name === name) ?? randomGeoCaseByName(name);
  if (!spec) throw new Error(`geoCaseSpec: unknown case "${name}" (known: ${GEO_CASE_NAMES.join(", ")})`);
  return { ...spec, seed: spec.seed + seedOffset };
}

/**
 * A small case for the unit suite's recovery test (lib/mmm/fit-geo-mix-model.test.ts) and the CLI tests: 12 regions ×
 * 104 weeks × 3 channels (one null), two small regions. Not part of the benchmark table.
 */
export const SMALL_GEO_CASE: GeoCaseSpec = {
  name: "geo-test-12r-104w-3ch",
  seed: 5,
  about: "unit-test size",
  regions: 12,
  smallRegions: 2,
  weeks: 104,
  start: "2022-01-03",
  noise: 0.05,
  nationalShare: 0.5,
  trend: 0.1,
  season: 0.25,
  mediaShare: 0.3,
  channels: [ch("tv", 0.5, 1.2, 1.0, 2.5, 40, "bursty"), ch("search", 0.2, 0.8, 1.2, 3.5, 25, "always-on"), ch("display", 0.3, 1, 1, 0, 15, "always-on")],
};
