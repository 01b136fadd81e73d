/**
 * The decision benchmark's data generator. Independent of the fitting path: it imports nothing from lib/
 * (own PRNG, adstock, Hill, trend, season, price). One named case (see cases.ts) → a wide weekly dataset in
 * the shape `mixcast mmm` reads plus its truth. The process, week by week (t = 0 … weeks−1, after a burn-in
 * of BURN_IN weeks whose spend carries over into the first weeks but is not in the CSV):
 *
 *   kpi_t = B · (1 + trend · (t/(n−1) − ½) + season · s(week of year) + elasticity · (price_t / 10 − 1))
 *         + Σ_c beta_c · hill_c(Σ_l w_c,l · spend_c,t−l) + ε_t,   ε_t ~ N(0, (noise · mean kpi)²)
 *
 * s is a yearly demand shape (a broad summer swell plus a sharp December peak, mean 0, max |s| = 1; not a
 * two-harmonic Fourier series, so the model's seasonality terms fit it only approximately). B is set so that
 * media drives `mediaShare` of the noise-free KPI; beta_c so that the channel's true ROI (lib/mmm's
 * convention, see true-outcome.ts) equals its `roi`, or, with `equalMarginalRoi`, so that every channel's
 * steady-state marginal ROI at its mean spend is that value. Gamma sits at gammaRel × the steady-state
 * adstock of the channel's mean weekly spend.
 */
import type { CaseSpec, ChannelSpec } from "./case-spec";
import { caseSpec } from "./cases";
import { solveLeastSquares, type OracleRegression } from "./oracle-regression";
import { createBenchRng, type BenchRng } from "./prng";
import { steadyStateOutcome, trueOptimum, trueRoi, type TrueOptimum } from "./true-outcome";
import { applyTruthAdstock, truthAdstockWeights, truthHill, type TruthAdstock, type TruthHill } from "./truth-curves";

/** Weeks simulated before the CSV window (≥ the longest true lag). */
export const BURN_IN = 13;
/** Price level the price effect is measured against. */
const BASE_PRICE = 10;
const DAY_MS = 86_400_000;

export type TruthChannel = {
  name: string;
  adstock: TruthAdstock;
  weights: number[];
  /** Σ w_l: a steady weekly spend x adstocks to x · weightSum. */
  weightSum: number;
  hill: TruthHill;
  /** True in-window ROI in lib/mmm's convention (0 for a null channel). */
  roi: number;
  /** True in-window contribution (KPI units) of the window's own spend. */
  contribution: number;
  isNull: boolean;
  /** Steady-state weekly response as a function of weekly spend x is beta · hill(x; alpha, steadyGamma). */
  steadyGamma: number;
  gammaRel: number;
  pattern: ChannelSpec["pattern"]["kind"];
  meanWeeklySpend: number;
  maxWeeklySpend: number;
  totalSpend: number;
  zeroWeeks: number;
  /** Largest steady-state-equivalent spend seen: max_t adstock_t / weightSum (the data's reach on the curve). */
  maxAdstockAsSpend: number;
};

export type CaseTruth = {
  name: string;
  seed: number;
  about: string;
  weeks: number;
  channels: TruthChannel[];
  /** Historical mean weekly total spend (the budget the benchmark plans). */
  budget: number;
  /** Historical mean weekly spend per channel. */
  currentMix: Record<string, number>;
  currentOutcome: number;
  optimum: TrueOptimum;
  /** (optimum − current) / optimum: how much a perfect plan could gain. */
  headroom: number;
  baselineLevel: number;
  priceElasticity: number;
  noiseSd: number;
  /** Realised share of the noise-free KPI driven by media. */
  mediaShare: number;
  /** Correlation of weekly spend between channels: mean and max |r| over pairs. */
  spendCorrelation: { mean: number; max: number };
  /** OLS on the true shapes (oracle-regression.ts): how well the data can identify each ROI at all. */
  oracle: OracleRegression;
};

export type GeneratedCase = {
  spec: CaseSpec;
  dates: string[];
  kpi: number[];
  spend: Record<string, number[]>;
  price: number[];
  /** The wide weekly CSV: date,kpi,<channel…>,price. */
  csv: string;
  truth: CaseTruth;
  /** The same data shaped like lib/mmm's MmmInput (structurally; nothing imported). */
  mixInput: { dates: string[]; kpi: number[]; kpiName: string; media: { name: string; spend: number[] }[]; controls: { name: string; values: number[] }[] };
};

const round2 = (v: number) => Math.round(v * 100) / 100;
const mean = (v: ArrayLike<number>) => {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i];
  return v.length ? s / v.length : 0;
};

/** AR(1) with unit stationary variance. */
function ar1(rng: BenchRng, length: number, phi = 0.85): number[] {
  const out = new Array<number>(length);
  let x = rng.normal();
  const k = Math.sqrt(1 - phi * phi);
  for (let t = 0; t < length; t++) {
    out[t] = x;
    x = phi * x + k * rng.normal();
  }
  return out;
}

/**
 * Concentration of the December peak (a von Mises bump). 3 leaves ~8 % of the seasonal variance outside the two
 * yearly harmonics lib/mmm fits: some misspecification, as real seasons have, without a spike that only a holiday
 * column could explain (the benchmark passes no --holidays).
 */
const SEASON_PEAK_CONCENTRATION = 3;
const SEASON_RAW = (dayOfYear: number) => {
  const phase = (d: number) => (2 * Math.PI * (dayOfYear - d)) / 365.25;
  return 0.5 * Math.cos(phase(196)) + Math.exp(SEASON_PEAK_CONCENTRATION * (Math.cos(phase(340)) - 1));
};
const SEASON_NORM = (() => {
  const raw = Array.from({ length: 3653 }, (_, i) => SEASON_RAW(i / 10));
  const m = mean(raw);
  return { mean: m, scale: Math.max(...raw.map((v) => Math.abs(v - m))) };
})();

/** Yearly demand shape at a UTC date (ms): mean 0 over the year, max |s| = 1. */
export function demandSeason(ms: number): number {
  const d = new Date(ms);
  const dayOfYear = (ms - Date.UTC(d.getUTCFullYear(), 0, 1)) / DAY_MS;
  return (SEASON_RAW(dayOfYear) - SEASON_NORM.mean) / SEASON_NORM.scale;
}

function parseMonday(start: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(start);
  const ms = m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) : NaN;
  if (!Number.isFinite(ms) || new Date(ms).getUTCDay() !== 1) throw new Error(`generateCase: start must be a Monday (YYYY-MM-DD), got "${start}"`);
  return ms;
}

function flightCalendar(rng: BenchRng, length: number, onWeeks: [number, number], offWeeks: [number, number]): boolean[] {
  const out: boolean[] = [];
  let onNow = rng.uniform() < 0.5;
  while (out.length < length) {
    const span = onNow ? rng.intBetween(onWeeks[0], onWeeks[1]) : rng.intBetween(offWeeks[0], offWeeks[1]);
    for (let k = 0; k < span && out.length < length; k++) out.push(onNow);
    onNow = !onNow;
  }
  return out;
}

function correlationSummary(series: number[][]): { mean: number; max: number } {
  const rs: number[] = [];
  for (let a = 0; a < series.length; a++)
    for (let b = a + 1; b < series.length; b++) {
      const ma = mean(series[a]),
        mb = mean(series[b]);
      let sab = 0,
        saa = 0,
        sbb = 0;
      for (let t = 0; t < series[a].length; t++) {
        sab += (series[a][t] - ma) * (series[b][t] - mb);
        saa += (series[a][t] - ma) ** 2;
        sbb += (series[b][t] - mb) ** 2;
      }
      rs.push(saa > 0 && sbb > 0 ? Math.abs(sab / Math.sqrt(saa * sbb)) : 0);
    }
  return rs.length ? { mean: mean(rs), max: Math.max(...rs) } : { mean: 0, max: 0 };
}

/** OLS of the KPI on the true shapes (see oracle-regression.ts); ROI = β̂ · (in-window Σ shape) / spend. */
function oracleRegression(channels: TruthChannel[], spend: number[][], shapes: number[][], season: number[], price: number[], kpi: number[]): OracleRegression {
  const n = kpi.length;
  const columns = [new Array<number>(n).fill(1), Array.from({ length: n }, (_, t) => t / (n - 1)), season, price, ...shapes];
  const fit = solveLeastSquares(columns, kpi);
  const q = 4;
  const out = channels.map((c, ci) => {
    const perBeta = trueRoi(spend[ci], c.weights, { ...c.hill, beta: 1 }).roi;
    const roi = fit.coef[q + ci] * perBeta,
      roiSe = fit.se[q + ci] * perBeta;
    return { name: c.name, roi, roiSe, roiError: c.isNull ? undefined : Math.abs(roi - c.roi) / c.roi, t: roiSe > 0 ? roi / roiSe : 0, beta: fit.coef[q + ci] };
  });
  const errs = out
    .filter((c) => c.roiError !== undefined)
    .map((c) => c.roiError!)
    .sort((a, b) => a - b);
  const mid = errs.length / 2;
  return {
    channels: out,
    medianRoiError: errs.length ? (errs.length % 2 ? errs[Math.floor(mid)] : (errs[mid - 1] + errs[mid]) / 2) : NaN,
    unidentified: out.filter((c, ci) => !channels[ci].isNull && c.t < 2).length,
  };
}

/**
 * Generates a case from its spec (deterministic in spec.seed).
 * @throws on an invalid spec (start not a Monday, weeks < 26, no channels)
 */
export function generateFromSpec(spec: CaseSpec): GeneratedCase {
  const n = spec.weeks,
    T = BURN_IN + n;
  if (!(Number.isInteger(n) && n >= 26)) throw new Error(`generateCase: weeks must be an integer ≥ 26, got ${n}`);
  if (!spec.channels.length) throw new Error("generateCase: a case needs at least one channel");
  const startMs = parseMonday(spec.start);
  const weekMs = (t: number) => startMs + 7 * DAY_MS * t; // t may be negative (burn-in)
  const dates = Array.from({ length: n }, (_, t) => new Date(weekMs(t)).toISOString().slice(0, 10));
  const season = Array.from({ length: T }, (_, i) => demandSeason(weekMs(i - BURN_IN)));

  // ---- spend ----
  const rngSpend = createBenchRng(spec.seed * 7 + 1);
  const common = ar1(rngSpend, T);
  const sharedFlights = spec.correlation >= 0.6 ? flightCalendar(rngSpend, T, [2, 5], [2, 7]) : undefined;
  const rngDark = createBenchRng(spec.seed * 7 + 2);
  const darkStart = spec.darkWeeks > 0 ? rngDark.intBetween(Math.round(0.3 * n), Math.round(0.7 * n) - spec.darkWeeks) : -1;
  const rawSpend = spec.channels.map((c) => {
    const own = ar1(rngSpend, T);
    const e = own.map((u, t) => Math.sqrt(spec.correlation) * common[t] + Math.sqrt(1 - spec.correlation) * u);
    const p = c.pattern;
    const flights = p.kind === "bursty" ? (sharedFlights ?? flightCalendar(rngSpend, T, p.onWeeks, p.offWeeks)) : undefined;
    return e.map((et, i) => {
      const w = i - BURN_IN;
      const growth = Math.max(0.1, 1 + spec.spendTrend * (w / (n - 1) - 0.5));
      // Log-normal week-to-week variation (mean one): positive without clipping, as budgets move by factors.
      const wobble = Math.exp(p.cv * et - (p.cv * p.cv) / 2);
      let level: number;
      if (p.kind === "always-on") level = wobble;
      else if (p.kind === "seasonal") level = Math.exp(p.amplitude * season[i]) * wobble;
      else level = flights![i] ? wobble : 0;
      const dark = darkStart >= 0 && w >= darkStart && w < darkStart + spec.darkWeeks;
      return dark ? 0 : level * growth;
    });
  });
  const fullSpend = rawSpend.map((s, c) => {
    const windowMean = mean(s.slice(BURN_IN));
    const k = windowMean > 0 ? spec.channels[c].spend / windowMean : 0;
    return s.map((v) => round2(v * k));
  });
  const windowSpend = fullSpend.map((s) => s.slice(BURN_IN));

  // ---- media truth ----
  const channels: TruthChannel[] = spec.channels.map((c, ci) => {
    const weights = truthAdstockWeights(c.adstock);
    const weightSum = weights.reduce((a, b) => a + b, 0);
    const spend = windowSpend[ci];
    const meanSpend = mean(spend);
    const gamma = c.gammaRel * meanSpend * weightSum;
    const isNull = c.roi === 0;
    const unit: TruthHill = { alpha: c.alpha, gamma, beta: 1 };
    let beta = 0;
    if (!isNull) {
      if (spec.equalMarginalRoi !== undefined) {
        const a = meanSpend * weightSum,
          r = Math.pow(a / gamma, c.alpha);
        const dShape = (c.alpha * r) / (a * (1 + r) * (1 + r));
        beta = spec.equalMarginalRoi / (weightSum * dShape);
      } else {
        beta = c.roi / trueRoi(spend, weights, unit).roi;
      }
    }
    const hill = { ...unit, beta };
    const { contribution, roi } = trueRoi(spend, weights, hill);
    const adstocked = applyTruthAdstock(spend, weights);
    return {
      name: c.name,
      adstock: c.adstock,
      weights,
      weightSum,
      hill,
      roi,
      contribution,
      isNull,
      steadyGamma: gamma / weightSum,
      gammaRel: c.gammaRel,
      pattern: c.pattern.kind,
      meanWeeklySpend: meanSpend,
      maxWeeklySpend: Math.max(...spend),
      totalSpend: spend.reduce((a, b) => a + b, 0),
      zeroWeeks: spend.filter((v) => v === 0).length,
      maxAdstockAsSpend: Math.max(...adstocked) / weightSum,
    };
  });
  // Media effect in the KPI uses the full history (burn-in spend carries over into the first weeks).
  const mediaByWeek = new Array<number>(n).fill(0);
  const unitShapes = channels.map((c, ci) => {
    const ad = applyTruthAdstock(fullSpend[ci], c.weights);
    const unit = { ...c.hill, beta: 1 };
    const h = Array.from({ length: n }, (_, t) => truthHill(ad[BURN_IN + t], unit));
    for (let t = 0; t < n; t++) mediaByWeek[t] += c.hill.beta * h[t];
    return h;
  });

  // ---- price ----
  const rngPrice = createBenchRng(spec.seed * 7 + 3);
  const priceNoise = ar1(rngPrice, n, 0.7);
  const price: number[] = [];
  let cutLeft = 0;
  for (let t = 0; t < n; t++) {
    if (cutLeft === 0 && rngPrice.uniform() < spec.discountRate / 1.5) cutLeft = rngPrice.intBetween(1, 2);
    const cut = cutLeft > 0;
    if (cutLeft > 0) cutLeft--;
    price.push(round2(BASE_PRICE * (1 + 0.02 * priceNoise[t]) * (cut ? 0.85 : 1)));
  }

  // ---- baseline, KPI ----
  const baseShape = Array.from(
    { length: n },
    (_, t) => 1 + spec.trend * (n > 1 ? t / (n - 1) - 0.5 : 0) + spec.season * season[BURN_IN + t] + spec.priceElasticity * (price[t] / BASE_PRICE - 1),
  );
  const mediaMean = mean(mediaByWeek);
  const baselineLevel = mediaMean > 0 ? (mediaMean * (1 - spec.mediaShare)) / (spec.mediaShare * mean(baseShape)) : 100_000;
  const clean = baseShape.map((k, t) => baselineLevel * k + mediaByWeek[t]);
  const noiseSd = spec.noise * mean(clean);
  const rngNoise = createBenchRng(spec.seed * 7 + 4);
  const kpi = clean.map((v) => round2(v + noiseSd * rngNoise.normal()));

  // ---- what the data can tell at best ----
  const oracle = oracleRegression(channels, windowSpend, unitShapes, season.slice(BURN_IN), price, kpi);

  // ---- decisions under the truth ----
  const currentMix = Object.fromEntries(channels.map((c) => [c.name, c.meanWeeklySpend]));
  const budget = channels.reduce((s, c) => s + c.meanWeeklySpend, 0);
  const currentOutcome = steadyStateOutcome(channels, currentMix);
  const optimum = trueOptimum(channels, budget, 2000, [currentMix]);
  const truth: CaseTruth = {
    name: spec.name,
    seed: spec.seed,
    about: spec.about,
    weeks: n,
    channels,
    budget,
    currentMix,
    currentOutcome,
    optimum,
    headroom: optimum.outcome > 0 ? (optimum.outcome - currentOutcome) / optimum.outcome : 0,
    baselineLevel,
    priceElasticity: spec.priceElasticity,
    noiseSd,
    mediaShare: mediaByWeek.reduce((a, b) => a + b, 0) / clean.reduce((a, b) => a + b, 0),
    spendCorrelation: correlationSummary(windowSpend),
    oracle,
  };

  const names = spec.channels.map((c) => c.name);
  const header = ["date", "kpi", ...names, "price"].join(",");
  const lines = dates.map((d, t) => [d, kpi[t].toFixed(2), ...windowSpend.map((s) => s[t].toFixed(2)), price[t].toFixed(2)].join(","));
  const spendRecord = Object.fromEntries(names.map((name, c) => [name, windowSpend[c]]));
  return {
    spec,
    dates,
    kpi,
    spend: spendRecord,
    price,
    csv: `${header}\n${lines.join("\n")}\n`,
    truth,
    mixInput: { dates, kpi, kpiName: "kpi", media: names.map((name, c) => ({ name, spend: windowSpend[c] })), controls: [{ name: "price", values: price }] },
  };
}

/**
 * Generates one named case of the benchmark (see cases.ts for the list). Deterministic: the same name gives
 * the same data and truth on every run.
 * @example const { csv, truth } = generateCase("narrow-s-156w-5ch");
 */
export function generateCase(name: string): GeneratedCase {
  return generateFromSpec(caseSpec(name));
}
