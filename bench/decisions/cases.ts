import type { CaseSpec, ChannelSpec, SpendPattern } from "./case-spec";
import { randomCaseByName } from "./random-cases";
import type { TruthAdstock } from "./truth-curves";

/**
 * The fixed list of benchmark cases. Each is a named, seeded process; the seed drives only the random parts
 * (spend noise, flights, price cuts, dark-week position, KPI noise) — every structural parameter is written here.
 */
const geo = (theta: number, maxLag = 8): TruthAdstock => ({ type: "geometric", theta, maxLag });
const wcdf = (shape: number, scale: number, maxLag = 10): TruthAdstock => ({ type: "weibull-cdf", shape, scale, maxLag });
const wpdf = (shape: number, scale: number, maxLag = 10): TruthAdstock => ({ type: "weibull-pdf", shape, scale, maxLag });
const on = (cv: number): SpendPattern => ({ kind: "always-on", cv });
const burst = (cv = 0.3, onWeeks: [number, number] = [2, 5], offWeeks: [number, number] = [2, 7]): SpendPattern => ({ kind: "bursty", onWeeks, offWeeks, cv });
const seas = (amplitude: number, cv = 0.45): SpendPattern => ({ kind: "seasonal", amplitude, cv });
const ch = (name: string, adstock: TruthAdstock, alpha: number, gammaRel: number, roi: number, spend: number, pattern: SpendPattern): ChannelSpec => ({
  name,
  adstock,
  alpha,
  gammaRel,
  roi,
  spend,
  pattern,
});

const DEFAULTS = {
  start: "2021-01-04",
  noise: 0.03,
  correlation: 0.3,
  trend: 0.15,
  season: 0.15,
  priceElasticity: -1,
  discountRate: 0.08,
  darkWeeks: 0,
  spendTrend: 0,
  mediaShare: 0.3,
};
type CaseInput = Partial<typeof DEFAULTS> & Pick<CaseSpec, "name" | "seed" | "about" | "weeks" | "channels"> & { equalMarginalRoi?: number };
const define = (c: CaseInput): CaseSpec => ({ ...DEFAULTS, ...c });

export const CASES: CaseSpec[] = [
  define({
    name: "base-156w-6ch",
    seed: 101,
    weeks: 156,
    about: "a typical mix: geometric adstock, concave and S-shaped curves, all three spend patterns",
    channels: [
      ch("search", geo(0.2), 1.0, 0.8, 2.5, 30_000, seas(0.3)),
      ch("social", geo(0.4), 1.0, 1.5, 1.2, 20_000, on(0.6)),
      ch("tv", geo(0.7), 2.2, 1.0, 1.8, 40_000, burst()),
      ch("display", geo(0.3), 1.5, 1.5, 0.6, 10_000, on(0.6)),
      ch("radio", geo(0.5), 2.0, 0.7, 1.0, 15_000, burst()),
      ch("email", geo(0.1), 0.7, 0.5, 4.5, 5_000, on(0.65)),
    ],
  }),
  define({
    name: "narrow-s-156w-5ch",
    seed: 102,
    weeks: 156,
    about: "extrapolation bait: always-on spend in a narrow band, S-shaped truth near half saturation",
    channels: [
      ch("tv", geo(0.6), 2.8, 1.0, 1.5, 40_000, on(0.06)),
      ch("search", geo(0.2), 2.5, 1.2, 2.2, 25_000, on(0.08)),
      ch("social", geo(0.4), 3.0, 0.9, 1.0, 20_000, on(0.07)),
      ch("display", geo(0.3), 2.5, 1.3, 0.7, 12_000, on(0.1)),
      ch("video", geo(0.5), 1.0, 1.5, 1.4, 15_000, on(0.6)),
    ],
  }),
  define({
    name: "narrow-s-saturated-208w-4ch",
    seed: 103,
    weeks: 208,
    about: "S-shaped curves already saturated at a narrow spend band: more money buys little",
    channels: [
      ch("tv", geo(0.6), 3.0, 0.6, 1.2, 45_000, on(0.05)),
      ch("search", geo(0.15), 2.5, 0.55, 2.0, 25_000, on(0.06)),
      ch("social", geo(0.35), 2.2, 0.7, 1.1, 18_000, on(0.08)),
      ch("radio", geo(0.5), 1.0, 1.0, 0.9, 10_000, on(0.6)),
    ],
  }),
  define({
    name: "headroom-concave-156w-4ch",
    seed: 104,
    weeks: 156,
    noise: 0.04,
    about: "large headroom: a saturated big channel and an under-funded unsaturated one (concave truth)",
    channels: [
      ch("tv", geo(0.6), 0.9, 0.25, 0.9, 50_000, on(0.6)),
      ch("search", geo(0.2), 1.0, 3.0, 3.5, 8_000, on(0.65)),
      ch("social", geo(0.4), 1.0, 1.5, 1.3, 20_000, on(0.6)),
      ch("display", geo(0.3), 0.7, 0.8, 0.8, 12_000, on(0.6)),
    ],
  }),
  define({
    name: "balanced-concave-156w-5ch",
    seed: 105,
    weeks: 156,
    equalMarginalRoi: 0.9,
    about: "no headroom: concave curves with equal marginal ROI at the current mix",
    channels: [
      ch("tv", geo(0.6), 0.9, 0.8, 1, 40_000, on(0.6)),
      ch("search", geo(0.2), 0.8, 0.6, 1, 25_000, seas(0.3)),
      ch("social", geo(0.4), 1.0, 1.2, 1, 20_000, on(0.6)),
      ch("display", geo(0.3), 0.7, 1.0, 1, 10_000, on(0.65)),
      ch("radio", geo(0.5), 1.0, 1.5, 1, 12_000, burst()),
    ],
  }),
  define({
    name: "balanced-s-156w-6ch",
    seed: 106,
    weeks: 156,
    equalMarginalRoi: 1.1,
    about: "no headroom: S-shaped curves past their inflection with equal marginal ROI at the current mix",
    channels: [
      ch("tv", geo(0.6), 2.5, 0.8, 1, 40_000, on(0.65)),
      ch("search", geo(0.2), 2.0, 0.7, 1, 25_000, seas(0.25)),
      ch("social", geo(0.4), 1.8, 0.9, 1, 20_000, on(0.65)),
      ch("display", geo(0.3), 1.5, 0.8, 1, 10_000, on(0.6)),
      ch("radio", geo(0.5), 3.0, 0.75, 1, 12_000, on(0.15)),
      ch("email", geo(0.1), 0.8, 0.6, 1, 4_000, on(0.6)),
    ],
  }),
  define({
    name: "short-70w-3ch",
    seed: 107,
    weeks: 70,
    start: "2022-03-07",
    about: "very short history (70 weeks): barely more than a year for trend, season and media",
    channels: [
      ch("search", geo(0.2), 1.0, 1.0, 2.4, 25_000, seas(0.25)),
      ch("tv", geo(0.6), 2.0, 1.2, 1.5, 40_000, burst()),
      ch("social", geo(0.4), 0.8, 0.8, 1.0, 15_000, on(0.6)),
    ],
  }),
  define({
    name: "short-78w-5ch-s",
    seed: 108,
    weeks: 78,
    noise: 0.05,
    start: "2022-01-03",
    about: "very short history with S-shaped curves and flighted spend",
    channels: [
      ch("tv", geo(0.6), 2.5, 1.1, 1.6, 35_000, burst()),
      ch("radio", geo(0.5), 2.0, 1.0, 1.0, 12_000, burst()),
      ch("search", geo(0.2), 1.0, 0.9, 2.8, 20_000, on(0.65)),
      ch("social", geo(0.4), 2.2, 1.3, 1.2, 15_000, on(0.2)),
      ch("display", geo(0.3), 0.8, 1.0, 0.5, 8_000, on(0.6)),
    ],
  }),
  define({
    name: "nulls-156w-6ch",
    seed: 109,
    weeks: 156,
    correlation: 0.6,
    about: "two null channels (no effect) whose spend moves with the real ones",
    channels: [
      ch("tv", geo(0.6), 1.8, 1.0, 1.8, 40_000, on(0.6)),
      ch("search", geo(0.2), 1.0, 0.9, 2.5, 25_000, seas(0.3)),
      ch("social", geo(0.4), 1.0, 1.5, 1.2, 20_000, on(0.6)),
      ch("display", geo(0.3), 1.5, 1.0, 0, 12_000, on(0.6)),
      ch("podcast", geo(0.5), 1.0, 1.0, 0, 10_000, on(0.65)),
      ch("email", geo(0.1), 0.7, 0.6, 3.5, 5_000, on(0.6)),
    ],
  }),
  define({
    name: "null-bursty-130w-5ch",
    seed: 110,
    weeks: 130,
    about: "a flighted null channel among always-on real ones",
    channels: [
      ch("tv", geo(0.6), 2.0, 1.0, 1.6, 40_000, on(0.6)),
      ch("search", geo(0.2), 0.9, 1.0, 2.6, 25_000, on(0.6)),
      ch("social", geo(0.4), 1.2, 1.2, 1.1, 18_000, on(0.6)),
      ch("ooh", geo(0.7), 1.5, 1.0, 0, 20_000, burst()),
      ch("email", geo(0.1), 0.7, 0.7, 4.0, 4_000, on(0.65)),
    ],
  }),
  define({
    name: "corr-strong-156w-4ch",
    seed: 111,
    weeks: 156,
    correlation: 0.9,
    about: "strongly correlated always-on spend: channels hard to tell apart",
    channels: [
      ch("tv", geo(0.6), 1.8, 1.0, 1.5, 40_000, on(0.6)),
      ch("search", geo(0.2), 1.0, 0.8, 2.5, 25_000, on(0.6)),
      ch("social", geo(0.4), 1.0, 1.5, 1.0, 20_000, on(0.6)),
      ch("display", geo(0.3), 1.2, 1.0, 0.5, 12_000, on(0.6)),
    ],
  }),
  define({
    name: "corr-weak-156w-5ch",
    seed: 112,
    weeks: 156,
    correlation: 0.05,
    about: "nearly independent spend: the easy identification case, plus one null channel",
    channels: [
      ch("tv", geo(0.6), 1.8, 1.0, 1.5, 40_000, on(0.65)),
      ch("search", geo(0.2), 1.0, 0.8, 2.5, 25_000, on(0.65)),
      ch("social", geo(0.4), 1.0, 1.5, 1.0, 20_000, on(0.65)),
      ch("display", geo(0.3), 1.2, 1.0, 0.5, 12_000, on(0.65)),
      ch("print", geo(0.3), 1.0, 1.0, 0, 12_000, on(0.6)),
    ],
  }),
  define({
    name: "weibull-cdf-156w-5ch",
    seed: 113,
    weeks: 156,
    noise: 0.05,
    about: "Weibull-cdf carryover (decay rate changing over time); the CLI's default fits geometric here (Weibull-pdf never wins its screen)",
    channels: [
      ch("tv", wcdf(0.7, 3.0), 2.0, 1.0, 1.6, 40_000, burst()),
      ch("search", wcdf(1.5, 1.0), 1.0, 0.9, 2.4, 25_000, on(0.6)),
      ch("social", wcdf(1.0, 2.0), 0.8, 1.1, 1.1, 20_000, on(0.6)),
      ch("radio", wcdf(2.0, 3.0), 1.5, 1.2, 0.9, 12_000, burst()),
      ch("display", wcdf(0.5, 1.0), 1.0, 1.0, 0.6, 10_000, on(0.6)),
    ],
  }),
  define({
    name: "weibull-pdf-156w-5ch",
    seed: 114,
    weeks: 156,
    about: "Weibull-pdf carryover with delayed peaks (TV and OOH peak 2-4 weeks after spend)",
    channels: [
      ch("tv", wpdf(2.5, 4.0), 2.2, 1.0, 1.7, 40_000, burst()),
      ch("ooh", wpdf(2.0, 3.0), 1.8, 1.1, 1.0, 15_000, burst(0.2, [3, 6], [3, 8])),
      ch("search", wpdf(1.0, 1.0), 1.0, 0.9, 2.6, 25_000, on(0.6)),
      ch("social", wpdf(1.5, 1.5), 0.8, 1.0, 1.2, 18_000, on(0.6)),
      ch("display", wpdf(1.2, 1.2), 1.2, 1.2, 0.5, 10_000, on(0.6)),
    ],
  }),
  define({
    name: "mixed-adstock-260w-8ch",
    seed: 115,
    weeks: 260,
    noise: 0.04,
    start: "2019-01-07",
    about: "five years, eight channels, all three adstock families",
    channels: [
      ch("tv", wpdf(2.2, 3.5), 2.2, 1.0, 1.6, 45_000, burst()),
      ch("search", geo(0.15), 1.0, 0.9, 2.8, 28_000, seas(0.3)),
      ch("social", geo(0.4), 1.0, 1.5, 1.2, 20_000, on(0.6)),
      ch("display", wcdf(0.8, 1.5), 1.3, 1.2, 0.6, 12_000, on(0.6)),
      ch("radio", geo(0.5), 2.0, 1.0, 0.9, 12_000, burst()),
      ch("video", wcdf(1.5, 2.5), 1.6, 1.0, 1.3, 18_000, on(0.6)),
      ch("affiliate", geo(0.1), 0.7, 0.7, 3.0, 6_000, on(0.6)),
      ch("podcast", wpdf(1.8, 2.0), 1.2, 1.0, 0, 8_000, burst(0.2, [3, 6], [2, 6])),
    ],
  }),
  define({
    name: "long-260w-3ch",
    seed: 116,
    weeks: 260,
    start: "2019-01-07",
    noise: 0.03,
    about: "long history, few channels, low noise: the model should do well here",
    channels: [
      ch("tv", geo(0.6), 2.0, 1.0, 1.5, 40_000, burst()),
      ch("search", geo(0.2), 1.0, 0.9, 2.5, 25_000, on(0.6)),
      ch("social", geo(0.4), 1.0, 1.5, 1.1, 20_000, on(0.6)),
    ],
  }),
  define({
    name: "noisy-104w-4ch",
    seed: 117,
    weeks: 104,
    noise: 0.1,
    about: "two years at 10 % noise",
    channels: [
      ch("tv", geo(0.6), 2.0, 1.0, 1.6, 40_000, burst()),
      ch("search", geo(0.2), 1.0, 0.9, 2.5, 25_000, on(0.6)),
      ch("social", geo(0.4), 1.0, 1.5, 1.1, 20_000, on(0.6)),
      ch("display", geo(0.3), 1.2, 1.0, 0.6, 10_000, on(0.6)),
    ],
  }),
  define({
    name: "dark-weeks-156w-6ch",
    seed: 118,
    weeks: 156,
    darkWeeks: 6,
    about: "six consecutive weeks with all media off (a null channel goes dark with the others)",
    channels: [
      ch("tv", geo(0.6), 1.8, 1.0, 1.6, 40_000, on(0.6)),
      ch("search", geo(0.2), 1.0, 0.9, 2.5, 25_000, on(0.6)),
      ch("social", geo(0.4), 1.0, 1.5, 1.1, 20_000, on(0.6)),
      ch("display", geo(0.3), 1.3, 1.0, 0.6, 10_000, on(0.6)),
      ch("email", geo(0.1), 0.7, 0.6, 4.0, 4_000, on(0.65)),
      ch("print", geo(0.3), 1.0, 1.0, 0, 10_000, on(0.6)),
    ],
  }),
  define({
    name: "dark-weeks-s-208w-6ch",
    seed: 119,
    weeks: 208,
    noise: 0.04,
    darkWeeks: 4,
    about: "dark weeks plus narrow-band S-shaped channels: the off weeks show the bottom of the curve only",
    channels: [
      ch("tv", geo(0.6), 2.8, 1.1, 1.5, 40_000, on(0.07)),
      ch("search", geo(0.2), 2.5, 1.0, 2.3, 25_000, on(0.08)),
      ch("social", geo(0.4), 2.2, 1.3, 1.0, 20_000, on(0.08)),
      ch("display", geo(0.3), 1.0, 1.0, 0.6, 10_000, on(0.6)),
      ch("radio", geo(0.5), 2.0, 0.9, 0.9, 12_000, burst()),
      ch("email", geo(0.1), 0.7, 0.6, 4.0, 4_000, on(0.65)),
    ],
  }),
  define({
    name: "dominant-2x-156w-5ch",
    seed: 120,
    weeks: 156,
    noise: 0.05,
    about: "one channel spends twice as much as any other",
    channels: [
      ch("tv", geo(0.6), 2.0, 0.9, 1.4, 60_000, on(0.65)),
      ch("search", geo(0.2), 1.0, 1.0, 2.5, 30_000, on(0.6)),
      ch("social", geo(0.4), 1.0, 1.5, 1.2, 25_000, on(0.6)),
      ch("display", geo(0.3), 1.3, 1.0, 0.6, 15_000, on(0.6)),
      ch("radio", geo(0.5), 1.8, 1.1, 0.9, 15_000, burst()),
    ],
  }),
  define({
    name: "dominant-2x-saturated-182w-4ch",
    seed: 121,
    weeks: 182,
    about: "the 2x channel is saturated: the optimum moves money out of it",
    channels: [
      ch("tv", geo(0.6), 1.5, 0.35, 0.9, 60_000, on(0.65)),
      ch("search", geo(0.2), 1.0, 2.0, 3.0, 25_000, on(0.6)),
      ch("social", geo(0.4), 0.8, 1.5, 1.3, 20_000, on(0.6)),
      ch("radio", geo(0.5), 2.0, 1.6, 1.0, 15_000, burst()),
    ],
  }),
  define({
    name: "seasonal-spend-156w-4ch",
    seed: 122,
    weeks: 156,
    noise: 0.04,
    season: 0.3,
    about: "every channel follows the demand season: media confounded with seasonality",
    channels: [
      ch("search", geo(0.2), 1.0, 0.9, 2.5, 30_000, seas(0.5, 0.25)),
      ch("tv", geo(0.6), 2.0, 1.0, 1.5, 40_000, seas(0.6, 0.25)),
      ch("social", geo(0.4), 1.0, 1.5, 1.1, 20_000, seas(0.4, 0.3)),
      ch("display", geo(0.3), 1.2, 1.0, 0.6, 10_000, seas(0.4, 0.35)),
    ],
  }),
  define({
    name: "bursty-all-156w-5ch",
    seed: 123,
    weeks: 156,
    noise: 0.06,
    about: "every channel flighted: many zero weeks per channel",
    channels: [
      ch("tv", geo(0.6), 2.0, 1.0, 1.6, 40_000, burst()),
      ch("radio", geo(0.5), 1.8, 1.0, 1.0, 12_000, burst()),
      ch("ooh", wcdf(1.0, 2.5), 1.5, 1.1, 0.8, 15_000, burst(0.2, [4, 8], [4, 10])),
      ch("search", geo(0.2), 1.0, 0.9, 2.4, 25_000, burst(0.3, [3, 8], [1, 3])),
      ch("social", geo(0.4), 1.0, 1.5, 1.1, 18_000, burst(0.3, [2, 4], [1, 4])),
    ],
  }),
  define({
    name: "low-media-share-156w-6ch",
    seed: 124,
    weeks: 156,
    mediaShare: 0.1,
    about: "media drives only 10 % of the KPI: small signals in the noise",
    channels: [
      ch("tv", geo(0.6), 1.8, 1.0, 1.2, 40_000, burst()),
      ch("search", geo(0.2), 1.0, 0.9, 2.0, 25_000, on(0.6)),
      ch("social", geo(0.4), 1.0, 1.5, 0.9, 20_000, on(0.6)),
      ch("display", geo(0.3), 1.2, 1.0, 0.4, 10_000, on(0.6)),
      ch("radio", geo(0.5), 1.8, 1.0, 0.7, 12_000, burst()),
      ch("email", geo(0.1), 0.7, 0.7, 3.0, 4_000, on(0.6)),
    ],
  }),
  define({
    name: "high-media-share-156w-4ch",
    seed: 125,
    weeks: 156,
    noise: 0.07,
    mediaShare: 0.4,
    about: "media drives 40 % of the KPI, high ROIs",
    channels: [
      ch("tv", geo(0.6), 2.0, 1.0, 3.0, 40_000, burst()),
      ch("search", geo(0.2), 1.0, 0.9, 5.0, 25_000, on(0.6)),
      ch("social", geo(0.4), 1.0, 1.5, 2.5, 20_000, on(0.6)),
      ch("affiliate", geo(0.1), 0.7, 0.8, 4.0, 8_000, on(0.6)),
    ],
  }),
  define({
    name: "low-roi-130w-5ch",
    seed: 126,
    weeks: 130,
    noise: 0.05,
    mediaShare: 0.12,
    about: "every channel returns less than it costs (ROI 0.3-0.8)",
    channels: [
      ch("tv", geo(0.6), 2.0, 1.0, 0.5, 40_000, burst()),
      ch("search", geo(0.2), 1.0, 0.9, 0.8, 25_000, on(0.6)),
      ch("social", geo(0.4), 1.0, 1.5, 0.4, 20_000, on(0.6)),
      ch("display", geo(0.3), 1.2, 1.0, 0.3, 10_000, on(0.6)),
      ch("radio", geo(0.5), 1.8, 1.0, 0.6, 12_000, burst()),
    ],
  }),
  define({
    name: "price-heavy-156w-5ch",
    seed: 127,
    weeks: 156,
    noise: 0.04,
    priceElasticity: -2,
    discountRate: 0.15,
    about: "a strong price effect with frequent price cuts, and a flighted null channel",
    channels: [
      ch("tv", geo(0.6), 2.0, 1.0, 1.5, 40_000, burst()),
      ch("search", geo(0.2), 1.0, 0.9, 2.5, 25_000, on(0.6)),
      ch("social", geo(0.4), 1.0, 1.5, 1.1, 20_000, on(0.6)),
      ch("display", geo(0.3), 1.2, 1.0, 0.6, 10_000, on(0.6)),
      ch("radio", geo(0.5), 1.5, 1.0, 0, 12_000, burst()),
    ],
  }),
  define({
    name: "trend-strong-208w-6ch",
    seed: 128,
    weeks: 208,
    trend: 0.5,
    spendTrend: 0.8,
    about: "demand grows 50 % while spend grows 80 %: media (and a null channel) confounded with the trend",
    channels: [
      ch("tv", geo(0.6), 2.0, 1.0, 1.5, 40_000, on(0.6)),
      ch("search", geo(0.2), 1.0, 0.9, 2.5, 25_000, on(0.6)),
      ch("social", geo(0.4), 1.0, 1.5, 1.1, 20_000, on(0.6)),
      ch("display", geo(0.3), 1.2, 1.0, 0.6, 10_000, on(0.6)),
      ch("video", geo(0.5), 2.5, 1.2, 1.2, 15_000, on(0.1)),
      ch("podcast", geo(0.4), 1.0, 1.0, 0, 10_000, on(0.4)),
    ],
  }),
];

/** A representative subset for `--quick`: base, extrapolation, headroom, no headroom, short, nulls, Weibull, dark weeks. */
export const QUICK_CASES = [
  "base-156w-6ch",
  "narrow-s-156w-5ch",
  "headroom-concave-156w-4ch",
  "balanced-concave-156w-5ch",
  "short-70w-3ch",
  "nulls-156w-6ch",
  "weibull-pdf-156w-5ch",
  "dark-weeks-s-208w-6ch",
];

export const CASE_NAMES = CASES.map((c) => c.name);

/** A named case, or a random structure's `random-<i>-…` name (random-cases.ts). @throws naming the unknown case and the known ones */
export function caseSpec(name: string): CaseSpec {
  const spec = CASES.find((c) => c.name === name) ?? randomCaseByName(name);
  if (!spec) throw new Error(`caseSpec: unknown case "${name}" (known: ${CASE_NAMES.join(", ")})`);
  return spec;
}
