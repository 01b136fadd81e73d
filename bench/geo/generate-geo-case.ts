/**
 * The geo benchmark's data generator. Independent of the fitting path: it imports nothing from lib/ (the PRNG and
 * the adstock / Hill come from bench/decisions, whose conventions differ from lib/mmm's on purpose). One case →
 * a LONG weekly CSV (one row per week × region, the shape `mixcast mmm --geo region --population population` reads),
 * the summed national CSV and the truth. For region g, channel c, week t (after a BURN_IN of weeks whose spend
 * carries over but is not in the CSV):
 *
 *   kpi_g,t = pop_g · [ B · (1 + trend_g · (t/(n−1) − ½) + season_g · s(t))
 *                       + Σ_c beta_c · m_g,c · hill(Σ_l theta_c^l · spend_g,c,t−l / pop_g; alpha_c, gamma_c) ] + ε_g,t
 *
 * - per-capita Hill with a shape (theta, alpha, gamma) shared by all regions; the regional effect multiplier
 *   m_g,c = exp(sd · z − sd²/2) varies around 1 (sd = regionalSd); beta_c is set so that the NATIONAL true ROI
 *   (Σ_g contribution / Σ_g spend) equals the spec's roi;
 * - populations log-normal (sd 0.7, median 1,000,000), `smallRegions` of them × 0.04 (little data);
 * - spend_g,c,t = pop_g/1000 · spendPerThousand · intensity_g,c · pattern_t · exp(cv·e − cv²/2), intensity log-normal
 *   (sd 0.35: regions spend at different per-capita levels), e mixing a national AR(1) factor (weight
 *   nationalShare) and the region's own;
 * - noise ε_g,t ~ N(0, (noise · meanKpi_g · clamp(sqrt(median pop / pop_g), 0.5, 4))²): relatively noisier small regions.
 * True regional ROI = Σ_t pop_g · beta_c · m_g,c · hill(a_g,c,t / pop_g) / Σ_t spend_g,c,t over the window, with the
 * adstock of the window's own spend (lib/mmm's convention, as bench/decisions).
 */
import { createBenchRng, type BenchRng } from "../decisions/prng";
import { applyTruthAdstock, truthAdstockWeights, truthHill } from "../decisions/truth-curves";
import { demandSeason } from "../decisions/generate-case";
import { geoCaseSpec, type GeoCaseSpec } from "./geo-cases";

export const GEO_BURN_IN = 8;
const MAX_LAG = 6;
const DAY_MS = 86_400_000;
const MEDIAN_POP = 1_000_000;

export type GeoTruthChannel = {
  name: string;
  isNull: boolean;
  /** National true ROI and contribution (window). */
  roi: number;
  contribution: number;
  spend: number;
  theta: number;
  alpha: number;
  /** Per-capita gamma in adstocked units (spend per person). */
  gamma: number;
  /** Per-capita beta (KPI per person per week at saturation) before the regional multiplier. */
  beta: number;
};

export type GeoTruthRegion = {
  name: string;
  population: number;
  small: boolean;
  channels: { name: string; roi: number; contribution: number; spend: number; multiplier: number }[];
};

export type GeoCase = {
  spec: GeoCaseSpec;
  dates: string[];
  regions: string[];
  /** Long CSV: week,region,population,kpi,<channel…>. */
  longCsv: string;
  /** National sums: week,kpi,<channel…>. */
  nationalCsv: string;
  truth: { channels: GeoTruthChannel[]; regions: GeoTruthRegion[] };
  /**
   * What an oracle regression needs (bench/geo/geo-oracle.ts), window weeks only: the demand season s(t), the KPI
   * [g][t], the true per-capita Hill at β = 1 with the burn-in's carryover (what generated the KPI) [c][g][t], and the
   * same with the window's own spend only (the ROI convention) [c][g][t].
   */
  design: { season: number[]; kpi: number[][]; shape: number[][][]; windowShape: number[][][] };
};

const mean = (v: ArrayLike<number>) => {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i];
  return v.length ? s / v.length : 0;
};
const round2 = (v: number) => Math.round(v * 100) / 100;

function ar1(rng: BenchRng, length: number, phi = 0.8): number[] {
  const out: number[] = [];
  let x = rng.normal();
  const k = Math.sqrt(1 - phi * phi);
  for (let t = 0; t < length; t++) {
    out.push(x);
    x = phi * x + k * rng.normal();
  }
  return out;
}

function flights(rng: BenchRng, length: number): boolean[] {
  const out: boolean[] = [];
  let on = rng.uniform() < 0.5;
  while (out.length < length) {
    const span = on ? rng.intBetween(2, 6) : rng.intBetween(1, 5);
    for (let k = 0; k < span && out.length < length; k++) out.push(on);
    on = !on;
  }
  return out;
}

/** Generates a named case (deterministic in its seed; seedOffset redraws the random parts). */
export function generateGeoCase(name: string, seedOffset = 0): GeoCase {
  return generateGeoFromSpec(geoCaseSpec(name, seedOffset));
}

/** @throws on an invalid spec */
export function generateGeoFromSpec(spec: GeoCaseSpec): GeoCase {
  const n = spec.weeks,
    T = GEO_BURN_IN + n,
    G = spec.regions;
  if (!(n >= 26) || !(G >= 2) || !spec.channels.length) throw new Error(`generateGeoFromSpec: need ≥ 26 weeks, ≥ 2 regions and a channel (${spec.name})`);
  const startMs = Date.parse(`${spec.start}T00:00:00Z`);
  if (new Date(startMs).getUTCDay() !== 1) throw new Error(`generateGeoFromSpec: start must be a Monday, got ${spec.start}`);
  const weekMs = (i: number) => startMs + 7 * DAY_MS * (i - GEO_BURN_IN);
  const dates = Array.from({ length: n }, (_, t) => new Date(weekMs(t + GEO_BURN_IN)).toISOString().slice(0, 10));
  const season = Array.from({ length: T }, (_, i) => demandSeason(weekMs(i)));
  const rng = createBenchRng(spec.seed * 13 + 5);
  const regions = Array.from({ length: G }, (_, g) => `r${String(g + 1).padStart(2, "0")}`);
  const small = new Set(Array.from({ length: spec.smallRegions }, (_, k) => G - 1 - k));
  const population = regions.map((_, g) => Math.round(MEDIAN_POP * Math.exp(0.7 * rng.normal()) * (small.has(g) ? 0.04 : 1)));
  const popMedian = population.slice().sort((a, b) => a - b)[G >> 1];

  // ---- spend ----
  const spend: number[][][] = spec.channels.map((c) => {
    const national = ar1(rng, T);
    const nationalFlights = flights(rng, T);
    return regions.map((_, g) => {
      const own = ar1(rng, T);
      const ownFlights = flights(rng, T);
      const intensity = Math.exp(0.35 * rng.normal());
      const cv = 0.35;
      const level = (population[g] / 1000) * c.spendPerThousand * intensity;
      return own.map((u, i) => {
        const e = Math.sqrt(spec.nationalShare) * national[i] + Math.sqrt(1 - spec.nationalShare) * u;
        const wobble = Math.exp(cv * e - (cv * cv) / 2);
        let pattern = 1;
        if (c.pattern === "seasonal") pattern = Math.exp(0.6 * season[i]);
        else if (c.pattern === "bursty") pattern = (rng.uniform() < spec.nationalShare ? nationalFlights[i] : ownFlights[i]) ? 1.6 : 0;
        return round2(level * pattern * wobble);
      });
    });
  });

  // ---- media truth (per capita) ----
  const weightsOf = (theta: number) => truthAdstockWeights({ type: "geometric", theta, maxLag: MAX_LAG });
  const truthChannels: GeoTruthChannel[] = [];
  const multipliers: number[][] = [];
  const shapes: number[][][] = []; // [c][g][i] per-capita hill (beta 1) over burn-in + window
  const windowShapes: number[][][] = []; // [c][g][t] the same from the window's own spend (ROI convention)
  spec.channels.forEach((c, ci) => {
    const w = weightsOf(c.theta);
    const ws = w.reduce((a, b) => a + b, 0);
    let perCapitaSpend = 0;
    regions.forEach((_, g) => (perCapitaSpend += mean(spend[ci][g].slice(GEO_BURN_IN)) / population[g]));
    const gamma = c.gammaRel * (perCapitaSpend / G) * ws;
    const mult = regions.map(() => Math.exp(c.regionalSd * rng.normal() - (c.regionalSd * c.regionalSd) / 2));
    multipliers.push(mult);
    // Contribution per unit beta, window only, window spend only (the ROI convention).
    let unitContribution = 0,
      totalSpend = 0;
    const sh: number[][] = [],
      wsh: number[][] = [];
    regions.forEach((_, g) => {
      const pc = spend[ci][g].map((v) => v / population[g]);
      sh.push(applyTruthAdstock(pc, w).map((a) => truthHill(a, { alpha: c.alpha, gamma, beta: 1 })));
      const win = applyTruthAdstock(pc.slice(GEO_BURN_IN), w).map((a) => truthHill(a, { alpha: c.alpha, gamma, beta: 1 }));
      wsh.push(win);
      for (let t = 0; t < n; t++) unitContribution += population[g] * mult[g] * win[t];
      totalSpend += spend[ci][g].slice(GEO_BURN_IN).reduce((a, b) => a + b, 0);
    });
    shapes.push(sh);
    windowShapes.push(wsh);
    const beta = c.roi > 0 ? (c.roi * totalSpend) / unitContribution : 0;
    truthChannels.push({
      name: c.name,
      isNull: c.roi === 0,
      roi: (beta * unitContribution) / totalSpend,
      contribution: beta * unitContribution,
      spend: totalSpend,
      theta: c.theta,
      alpha: c.alpha,
      gamma,
      beta,
    });
  });
  const truthRegions: GeoTruthRegion[] = regions.map((name, g) => ({
    name,
    population: population[g],
    small: small.has(g),
    channels: spec.channels.map((c, ci) => {
      const tc = truthChannels[ci];
      const pc = spend[ci][g].slice(GEO_BURN_IN).map((v) => v / population[g]);
      const win = applyTruthAdstock(pc, weightsOf(c.theta));
      let contribution = 0;
      for (let t = 0; t < n; t++)
        contribution += population[g] * tc.beta * multipliers[ci][g] * truthHill(win[t], { alpha: c.alpha, gamma: tc.gamma, beta: 1 });
      const s = pc.reduce((a, b) => a + b, 0) * population[g];
      return { name: c.name, roi: s > 0 ? contribution / s : 0, contribution, spend: s, multiplier: multipliers[ci][g] };
    }),
  }));

  // ---- KPI ----
  // Baseline level B (per capita per week) so that media drives mediaShare of the national noise-free KPI.
  let mediaTotal = 0,
    popWeeks = 0;
  truthChannels.forEach((tc) => (mediaTotal += tc.contribution));
  population.forEach((p) => (popWeeks += p * n));
  const B = (mediaTotal * (1 - spec.mediaShare)) / spec.mediaShare / popWeeks || 1;
  const kpi: number[][] = regions.map((_, g) => {
    const trendG = spec.trend + 0.05 * rng.normal();
    const seasonG = spec.season * (0.7 + 0.6 * rng.uniform());
    const clean = Array.from({ length: n }, (_, t) => {
      const i = t + GEO_BURN_IN;
      let v = B * (1 + trendG * (t / (n - 1) - 0.5) + seasonG * season[i]);
      spec.channels.forEach((_, ci) => (v += truthChannels[ci].beta * multipliers[ci][g] * shapes[ci][g][i]));
      return population[g] * v;
    });
    const sd = spec.noise * mean(clean) * Math.min(4, Math.max(0.5, Math.sqrt(popMedian / population[g])));
    return clean.map((v) => round2(v + sd * rng.normal()));
  });

  const names = spec.channels.map((c) => c.name);
  const longRows = [["week", "region", "population", "kpi", ...names].join(",")];
  dates.forEach((d, t) =>
    regions.forEach((r, g) =>
      longRows.push([d, r, population[g], kpi[g][t].toFixed(2), ...names.map((_, ci) => spend[ci][g][t + GEO_BURN_IN].toFixed(2))].join(",")),
    ),
  );
  const natRows = [["week", "kpi", ...names].join(",")];
  dates.forEach((d, t) => {
    let k = 0;
    regions.forEach((_, g) => (k += kpi[g][t]));
    natRows.push([d, k.toFixed(2), ...names.map((_, ci) => regions.reduce((s, _, g) => s + spend[ci][g][t + GEO_BURN_IN], 0).toFixed(2))].join(","));
  });
  return {
    spec,
    dates,
    regions,
    longCsv: longRows.join("\n") + "\n",
    nationalCsv: natRows.join("\n") + "\n",
    truth: { channels: truthChannels, regions: truthRegions },
    design: { season: season.slice(GEO_BURN_IN), kpi, shape: shapes.map((sh) => sh.map((v) => v.slice(GEO_BURN_IN))), windowShape: windowShapes },
  };
}
