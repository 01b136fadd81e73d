import { createRng } from "../math/random";
import { adstockWeights, applyAdstock, carryoverWeeks } from "../math/response-curve";
import { defaultBlockLength, movingBlockIndices } from "./block-bootstrap";
import { decodeHyper, gammaRange, hyperPenalty, logRange, paramsPerChannel, type Hyper } from "./candidate-model";
import { chooseHarmonics } from "./choose-harmonics";
import { solveConstrainedRidge } from "./constrained-ridge";
import { differentialEvolution } from "./differential-evolution";
import { fitDiagnostics } from "./fit-diagnostics";
import { buildGeoProblem, nationalPerSizeInput } from "./geo-problem";
import {
  firstFitWeek,
  fitPooled,
  fitWeeks,
  geoMarginalDeviance,
  geoMedia,
  liftFit,
  makeRowSet,
  meanResidualCorrelation,
  regionSystems,
  type GeoLiftRow,
  type GeoMedia,
  type GeoRowSet,
  type PooledFit,
  type RegionMediaSystem,
} from "./geo-pooled-fit";
import { nationalChannelCurve } from "./geo-national-curve";
import type { GeoChannelResult, GeoDraw, GeoMmmInput, GeoMmmOptions, GeoMmmResult, GeoResult } from "./geo-types";
import { noEffectThreshold } from "./identify-channels";
import { DEFAULT_GEO_ADSTOCK, DEFAULT_MMM_OPTIONS, type ChannelResult, type DecompositionWeek } from "./model-types";
import type { ChannelResponse, ResponseModel } from "./types";
import { interval90, quantileOrNaN } from "../math/quantile-sorted";
import { reflectIntoUnit } from "../math/reflect-into-unit";
import { reportedInterval } from "./reported-interval";

type Progress = (fraction: number, stage: string) => void;

/** Plausible candidates kept for the no-effect test and the bootstrap pool (best penalised deviance first). */
const PLAUSIBLE = 8;
/**
 * Shape chain: burn-in steps per channel, steps between kept states, step sd in unit-cube coordinates (one channel's
 * coordinates per step). The step was 0.06 until the acceptance (~60 %) showed the chain creeping; 0.12 brings it toward
 * the 25–45 % at which a random walk explores best (bench/README-geo.md, round 2). Thinning 9 (900 steps for 100 draws,
 * about 150 per channel of a six-channel model): with proposals reflected at the walls, the 3× longer chain's
 * chain-state median is steadier and closer to the truth (bench:geo national median ROI error over three seed sets
 * 21.1 / 7.8 / 15.2 → 15.3 / 8.1 / 15.7 %) for +45 % of the fit's time (40 × 156 × 6: 25 → 36 s CPU).
 */
const CHAIN_BURN_IN = 5;
const CHAIN_THIN = 9;
const CHAIN_STEP_SD = 0.12;
/**
 * The geo model's defaults where they differ from the national model's: its likelihood pools every region, so the
 * search settles in fewer generations (60 found shapes as good as 150 on the 40-region case; 45 are the default), and
 * 100 draws keep 40 regions × 156 weeks × 6 channels inside a minute of CPU.
 */
export const GEO_DEFAULTS = { iterations: 45, bootstrap: 100 } as const;

type Evaluation = { x: Float64Array; hyper: Hyper; media: GeoMedia; systems: RegionMediaSystem[]; fit: PooledFit; d: number };

// The one type-7 quantile and 90 % interval (lib/math); no draws → NaN, which the callers report as "no interval".
const quantile = quantileOrNaN;
const interval = interval90;

/**
 * Fits a geo-level (hierarchical) marketing mix model: every region's per-size KPI = its own baseline (intercept,
 * trend, seasonality, its controls) + media through adstock and Hill SHAPES shared per channel, with per-region effect
 * sizes partially pooled toward the channel's national effect (the variance component estimated from the data:
 * geo-pooled-fit.ts). Shapes are searched by the national model's differential evolution over the same decoded
 * ranges (gamma inside the observed adstocked per-size spend) with the same alpha prior, judged by the marginal deviance
 * of the hierarchical model (geoMarginalDeviance: the regional effects integrated out, so shapes that weaken the pooling
 * pay for the freedom they buy); a channel is flagged
 * unidentified by the national model's likelihood-ratio threshold (but keeps its pooled, shrunk estimate with an
 * interval from 0, not a hard 0); intervals come from a moving-block bootstrap of WEEKS (the same weeks in every
 * region) that redraws among the plausible shapes and walks them (Metropolis), re-estimating the pooling each time; the
 * national intervals resample the regions as well (a cluster bootstrap: between-region variation of the effects).
 * National ROI, marginal ROI and response curves are sums of the regional ones.
 *
 * @throws on invalid input (fewer than 2 regions, lengths, negative spend, population in some regions only, …)
 */
export function fitGeoMixModel(input: GeoMmmInput, options: GeoMmmOptions = {}, onProgress?: Progress): GeoMmmResult {
  const started = performance.now();
  const progress: Progress = onProgress ?? (() => {});
  const seed = options.seed ?? DEFAULT_MMM_OPTIONS.seed;
  const maxLag = options.maxLag ?? DEFAULT_MMM_OPTIONS.maxLag;
  const generations = options.iterations ?? GEO_DEFAULTS.iterations;
  const replicates = options.bootstrap ?? GEO_DEFAULTS.bootstrap;
  const trend = options.trend ?? true,
    seasonality = options.seasonality ?? true;
  const kind = options.adstock ?? DEFAULT_GEO_ADSTOCK;
  progress(0, "preparing");
  const harmonics = !seasonality ? 0 : (options.harmonics ?? chooseHarmonics(nationalPerSizeInput(input), kind, maxLag, trend, seed, "cv").harmonics);
  const p = buildGeoProblem(input, kind, maxLag, trend, seasonality, harmonics);
  const { n, G, m } = p;
  const full = makeRowSet(p, fitWeeks(p));
  const nFit = full.rows,
    skip = firstFitWeek(p);
  const noPins = new Array<boolean>(m).fill(false);
  const qz = p.Z[0].length;
  const lead = p.pooledZ.length;

  // Shapes decode as in the national model, except gamma: its range is taken over every region's per-size adstocked
  // spend (regions concatenated, a gap of zeros between them so no carryover crosses), not over the national aggregate,
  // whose averaging over regions narrows the range the data cover (a true gamma at 0.7 × the mean spend fell outside it).
  const kParams = paramsPerChannel(p.national.kind);
  const gap = p.national.maxLag + 1;
  const regionalSeries = p.channels.map((_, c) => {
    const out = new Float64Array(G * (n + gap));
    p.spend.forEach((ss, g) => out.set(ss[c], g * (n + gap) + gap));
    return out;
  });
  // With geometric adstock the range is tabulated once on a grid of decay rates and interpolated (log scale): it moves
  // smoothly with theta, and computing it over every region at every evaluation took an eighth of the fit.
  const THETA_GRID = 31;
  const rangeTable =
    p.national.kind === "geometric"
      ? regionalSeries.map((series) =>
          Array.from({ length: THETA_GRID }, (_, i) =>
            gammaRange(series, adstockWeights({ type: "geometric", theta: (0.9 * i) / (THETA_GRID - 1), maxLag: p.national.maxLag })).map(Math.log),
          ),
        )
      : null;
  const rangeOf = (c: number, adstock: Hyper[number]["adstock"]): [number, number] => {
    if (!rangeTable || adstock.type !== "geometric") return gammaRange(regionalSeries[c], adstockWeights(adstock));
    const pos = Math.min(THETA_GRID - 1, Math.max(0, (adstock.theta / 0.9) * (THETA_GRID - 1)));
    const i = Math.min(THETA_GRID - 2, Math.floor(pos)),
      f = pos - i;
    const [a, b] = [rangeTable[c][i], rangeTable[c][i + 1]];
    return [Math.exp(a[0] + f * (b[0] - a[0])), Math.exp(a[1] + f * (b[1] - a[1]))];
  };
  const decode = (x: Float64Array): Hyper =>
    decodeHyper(p.national, x).map((h, c) => {
      const [lo, hi] = rangeOf(c, h.adstock);
      return { ...h, gamma: logRange(x[c * kParams + kParams - 1], lo, hi) };
    });
  // Lift tests: per test, each region's a_g = size_g · Σ_{t ∈ window} h_g,c,t under the shapes in use (geo-pooled-fit.ts).
  const lifts = p.national.lifts;
  const liftRows = (media: GeoMedia, noise?: number[]): GeoLiftRow[] =>
    lifts.map((l, k) => {
      const a = new Float64Array(G);
      for (let g = 0; g < G; g++) {
        const h = media.h[g][l.channel];
        let s = 0;
        for (let t = l.from; t <= l.to; t++) s += h[t];
        a[g] = p.sizes[g] * s;
      }
      return { channel: l.channel, a, measured: l.measured + (noise ? l.se * noise[k] : 0), se: l.se };
    });
  const evaluate = (
    x: Float64Array,
    rows: GeoRowSet,
    w: number[],
    pinned: ArrayLike<boolean> = noPins,
    previous?: Evaluation,
    onlyChannel?: number,
  ): Evaluation => {
    const hyper = decode(x);
    const media = previous && onlyChannel !== undefined ? geoMedia(p, hyper, previous.media, onlyChannel) : geoMedia(p, hyper);
    const systems = regionSystems(
      p,
      rows,
      media,
      previous && onlyChannel !== undefined && rows === full ? { systems: previous.systems, channel: onlyChannel } : undefined,
    );
    const fit = fitPooled(systems, w, pinned, undefined, lead, liftRows(media));
    return { x, hyper, media, systems, fit, d: geoMarginalDeviance(fit, nFit) + hyperPenalty(p.national, x) };
  };
  // Region weights 1/σ_g² from a pilot fit at the centre of the search space, refreshed at the chosen shapes.
  const dim = m * paramsPerChannel(p.national.kind);
  const weightsFrom = (fit: PooledFit) => fit.sse.map((s) => Math.max(nFit - qz - m, 1) / Math.max(s, 1e-300));
  let w = new Array<number>(G).fill(1);
  w = weightsFrom(evaluate(new Float64Array(dim).fill(0.5), full, w).fit);

  // ---- Search over the shared shapes ----------------------------------------------------------------
  const archive: { x: Float64Array; d: number }[] = [];
  const populationSize = Math.max(20, Math.min(48, 2 * dim));
  differentialEvolution(
    (x) => {
      const d = evaluate(x, full, w).d;
      archive.push({ x, d });
      return [d];
    },
    { dim, populationSize, generations, rng: createRng(seed), onGeneration: (f) => progress(0.7 * f, "searching the shared media shapes") },
  );
  archive.sort((a, b) => a.d - b.d);
  w = weightsFrom(evaluate(archive[0].x, full, w).fit);
  const seen = new Set<string>();
  const plausible: Evaluation[] = [];
  for (const e of archive) {
    if (plausible.length >= PLAUSIBLE) break;
    const key = Array.from(e.x, (v) => v.toFixed(4)).join(",");
    if (seen.has(key)) continue;
    seen.add(key);
    plausible.push(evaluate(e.x, full, w));
  }
  plausible.sort((a, b) => a.d - b.d);
  const chosen = plausible[0];
  // Design effect of the regions (Kish): their residuals at the chosen shapes move together with mean pairwise
  // correlation ρ̄, so the G regions carry the information of G / (1 + (G − 1)ρ̄) independent ones. The likelihood sums
  // them as if independent, which is right on data whose regional errors are independent (the geo benchmark: ρ̄ within
  // ±0.01) and overconfident where a shock or a misfit is common to every region (the demo, whose media effect is
  // driven by national spend: ρ̄ ≈ 0.4, so four regions counted as nine). The shape chain and the no-effect test
  // therefore use the regional part of the deviance divided by the design effect (a composite-likelihood adjustment);
  // lift tests and the alpha prior are not divided. The search for the best shapes is unchanged.
  const rho = meanResidualCorrelation(p, full, chosen.media, chosen.fit);
  const designEffect = Math.max(1, 1 + (G - 1) * rho);
  const tempered = (fit: PooledFit, x: Float64Array) => (geoMarginalDeviance(fit, nFit) - fit.liftZ2) / designEffect + fit.liftZ2 + hyperPenalty(p.national, x);

  // ---- No-effect test (the national model's rule and threshold) ----------------------------------------
  progress(0.72, "testing each channel against no effect");
  // The national threshold χ²_{1+k}(0.90) counts one effect and k shape parameters. Here a channel also has its regional
  // deviations from the pooled effect, each shrunk; they count by their effective degrees of freedom (Σ_g of the share
  // of region g's estimate that is its own data, 1 − pooledWeight), else the regional coefficients, fitting noise,
  // would let a null channel pass (it did: LR 12.6 against 7.78 on a 20-region case).
  const k = paramsPerChannel(p.national.kind);
  const thresholds = p.channels.map((_, c) => {
    let own = 0;
    for (let g = 0; g < G; g++) own += 1 - chosen.fit.pooledWeight[g][c];
    return Math.max(noEffectThreshold(p.national), chiSquareQuantile90(1 + k + (own * (G - 1)) / G));
  });
  const threshold = noEffectThreshold(p.national);
  const unidentified = p.rawSpend[0].map((_, c) => !p.rawSpend.some((ss) => ss[c].some((v) => v > 0)));
  const lr = new Array<number>(m).fill(Infinity);
  const bestPinned = (pinned: boolean[]) =>
    Math.min(...plausible.map((e) => tempered(fitPooled(e.systems, w, pinned, undefined, lead, liftRows(e.media)), e.x)));
  for (let round = 0; round < m; round++) {
    const base = bestPinned(unidentified);
    let weakest = -1;
    for (let c = 0; c < m; c++) {
      if (unidentified[c]) continue;
      const pinned = unidentified.slice();
      pinned[c] = true;
      lr[c] = Math.max(0, bestPinned(pinned) - base);
      if (weakest < 0 || lr[c] < lr[weakest]) weakest = c;
    }
    if (weakest < 0 || lr[weakest] >= thresholds[weakest]) break;
    unidentified[weakest] = true;
  }

  // ---- Uncertainty: a Metropolis chain over the shapes, a block bootstrap of weeks for the effects ---------------
  // The shapes' likelihood is flat (on the 40-region benchmark case the best shapes beat the TRUE ones by 11 deviance
  // units while moving a weak channel's ROI from 2.75 to 1.41), so per-replicate re-optimisation, or a few local steps
  // from the optimum, gives intervals far too narrow. Instead a random-walk Metropolis chain samples the shapes from
  // exp(−penalised deviance / 2) on all weeks (one channel's coordinates per step, started at the best shapes), and
  // every CHAIN_THIN-th state is refit on a moving-block bootstrap of weeks — the same weeks in every region — with the
  // pooling re-estimated: shape uncertainty from the likelihood, effect-size noise from the resampling.
  progress(0.75, "sampling the shapes and bootstrapping");
  const blockLength = defaultBlockLength(nFit);
  const rng = createRng(seed * 7919 + 23);
  const draws: GeoDraw[] = [];
  const drawEvals: { hyper: Hyper; media: GeoMedia; fit: PooledFit }[] = [];
  // National ROI per draw from the same fit with the REGIONS resampled too (see nationalDraws below).
  const nationalDraws: number[][] = [];
  // Spend per region and channel over the window, its national sum, and a fit's contributions (also used for the report).
  const regionSpend = p.rawSpend.map((ss) => ss.map((s) => s.reduce((a, b) => a + b, 0)));
  const channelSpend = p.channels.map((_, c) => regionSpend.reduce((s, rs) => s + rs[c], 0));
  const contributionOf = (e: { media: GeoMedia; fit: PooledFit }, g: number, c: number) => p.sizes[g] * e.fit.b[g][c] * e.media.sumH[g][c];
  const nationalContribution = (e: { media: GeoMedia; fit: PooledFit }, c: number) => {
    let s = 0;
    for (let g = 0; g < G; g++) s += contributionOf(e, g, c);
    return s;
  };
  // A chain state's national ROI on all weeks and regions (for the point estimate below).
  const chainRoi: number[][] = [];
  const nationalRoiOf = (e: Evaluation, c: number) => (channelSpend[c] > 0 ? nationalContribution(e, c) / channelSpend[c] : 0);
  let state: Evaluation = chosen,
    accepted = 0,
    proposed = 0;
  const totalSteps = CHAIN_BURN_IN * m + CHAIN_THIN * replicates;
  for (let step = 0; step < totalSteps; step++) {
    const c = step % m;
    const x2 = Float64Array.from(state.x);
    for (let j = 0; j < k; j++) x2[c * k + j] = reflectIntoUnit(x2[c * k + j] + CHAIN_STEP_SD * rng.normal());
    const next = evaluate(x2, full, w, noPins, state, c);
    proposed++;
    const dNext = tempered(next.fit, next.x),
      dState = tempered(state.fit, state.x);
    if (dNext < dState || rng.next() < Math.exp(-0.5 * (dNext - dState))) {
      state = next;
      accepted++;
    }
    const kept = step - CHAIN_BURN_IN * m;
    // Every post-burn-in state's national ROI on ALL weeks and regions (its full-data fit is at hand): the shapes'
    // posterior without the bootstrap's resampling noise, for the point estimate below.
    if (kept >= 0) chainRoi.push(p.channels.map((_, c) => nationalRoiOf(state, c)));
    if (kept >= 0 && kept % CHAIN_THIN === CHAIN_THIN - 1) {
      const rows = makeRowSet(
        p,
        movingBlockIndices(nFit, blockLength, rng).map((i) => i + skip),
      );
      const systemsR = regionSystems(p, rows, state.media);
      // The experiments are re-drawn too, as in the national bootstrap: each measured lift ~ N(measured, se²).
      const liftNoise = lifts.map(() => rng.normal());
      const liftR = liftRows(state.media, liftNoise);
      const fitR = fitPooled(systemsR, w, noPins, undefined, lead, liftR);
      // Regions drawn with replacement, the pooling re-estimated on them, and the national ROI as the ratio of their
      // summed contribution to their summed spend: a cluster (region) bootstrap on top of the week bootstrap.
      const picks = Array.from({ length: G }, () => rng.int(G));
      const fitG = fitPooled(
        picks.map((g) => systemsR[g]),
        picks.map((g) => w[g]),
        noPins,
        undefined,
        lead,
        // A test measured the whole country; over resampled regions it is the same lift spread over the picks' a_g.
        liftR.map((l) => ({ ...l, a: Float64Array.from(picks, (g) => l.a[g]) })),
      );
      nationalDraws.push(
        p.channels.map((_, c) => {
          let contribution = 0,
            spend = 0;
          picks.forEach((g, k) => {
            contribution += p.sizes[g] * fitG.b[k][c] * state.media.sumH[g][c];
            spend += regionSpend[g][c];
          });
          return spend > 0 ? contribution / spend : 0;
        }),
      );
      draws.push({ shapes: state.hyper.map((h) => ({ adstock: h.adstock, alpha: h.alpha, gamma: h.gamma })), beta: fitR.b.map((bg) => Array.from(bg)) });
      drawEvals.push({ hyper: state.hyper, media: state.media, fit: fitR });
      if (draws.length % 10 === 0) progress(0.75 + (0.2 * draws.length) / replicates, "sampling the shapes and bootstrapping");
    }
  }
  const acceptance = proposed ? accepted / proposed : 0;

  // ---- Summary --------------------------------------------------------------------------------------------
  progress(0.96, "summarising");
  // An unidentified channel keeps a shrunk estimate rather than a hard zero: its pooled fit weighted by the evidence for
  // an effect, P = 1 / (1 + exp(−(LR − threshold) / 2)) (a logistic in the test's own scale, ½ at the threshold, → 0 as
  // the LR → 0): between "no effect" and "the fitted effect", as model averaging would. Its interval runs from 0.
  const evidence = p.channels.map((_, c) => (unidentified[c] ? (Number.isFinite(lr[c]) ? 1 / (1 + Math.exp(-(lr[c] - thresholds[c]) / 2)) : 0) : 1));
  // What a shrunk channel's effect explained goes back to the baseline, as in the fit with the unidentified channels
  // held at zero. The pooled baseline terms (the per-capita level with populations, trend, season) are not refit
  // below, so per region they are blended between the two fits by the share of the unidentified channels' effect the
  // report keeps (exact model averaging of the baseline for one such channel). Why: they came from the fit with the
  // full effects, so with populations the national fitted series sat 3–8 % below the data whenever an always-on
  // channel was shrunk (R² 0.25 against 0.91 without populations on a two-region dataset with every channel flagged).
  const held = evidence.some((e) => e < 1) ? fitPooled(chosen.systems, w, unidentified, undefined, lead, liftRows(chosen.media)) : undefined;
  const shrunkEffect = (g: number, weight: (c: number) => number) =>
    p.channels.reduce((s, _, c) => s + (evidence[c] < 1 ? weight(c) * p.sizes[g] * chosen.fit.b[g][c] * chosen.media.sumH[g][c] : 0), 0);
  const keptShare = (regions: number[]) => {
    const all = regions.reduce((s, g) => s + shrunkEffect(g, () => 1), 0);
    return all > 0 ? regions.reduce((s, g) => s + shrunkEffect(g, (c) => evidence[c]), 0) / all : 1;
  };
  const blend = (full: Float64Array, none: Float64Array, k: number) => Float64Array.from(full, (v, i) => k * v + (1 - k) * none[i]);
  const fit: PooledFit = {
    ...chosen.fit,
    beta: Float64Array.from(chosen.fit.beta, (v, c) => v * evidence[c]),
    b: chosen.fit.b.map((bg) => Float64Array.from(bg, (v, c) => v * evidence[c])),
    ...(held
      ? {
          lead: chosen.fit.lead.map((l, g) => blend(l, held.lead[g], keptShare([g]))),
          leadBeta: blend(chosen.fit.leadBeta, held.leadBeta, keptShare(p.sizes.map((_, g) => g))),
        }
      : {}),
  };
  chosen.fit = fit;
  const sizes = p.sizes;
  // At the reported (evidence-weighted) effects, which differ from the fit's own for an unidentified channel.
  const liftZ2Reported = liftFit(liftRows(chosen.media), fit.b).z2;
  const spendShares = p.channels.map((_, c) => regionSpend.map((rs) => (channelSpend[c] > 0 ? rs[c] / channelSpend[c] : 1 / G)));
  const meanWeekly = channelSpend.map((s) => s / n);
  const curveOf = (hyper: Hyper, b: ArrayLike<number>[], c: number) =>
    nationalChannelCurve(
      sizes,
      spendShares[c],
      b.map((bg) => bg[c]),
      hyper[c].alpha,
      hyper[c].gamma,
      meanWeekly[c],
    );
  const pointCurves = p.channels.map((_, c) => curveOf(chosen.hyper, fit.b, c));
  const drawCurves = drawEvals.map((e) => p.channels.map((_, c) => curveOf(e.hyper, e.fit.b, c)));
  const totalSpend = channelSpend.reduce((a, b) => a + b, 0);
  const contributions = p.channels.map((_, c) => nationalContribution(chosen, c));
  const totalContribution = contributions.reduce((a, b) => a + Math.max(b, 0), 0);
  const nationalSpend = p.channels.map((_, c) => Float64Array.from({ length: n }, (_, t) => p.rawSpend.reduce((s, ss) => s + ss[c][t], 0)));
  const isActivations = /activation|conversion|signup|acquisition|order|lead/i.test(input.kpiName ?? "kpi");
  const rpa = input.revenuePerActivation;
  const cpaOf = (spend: number, contribution: number) => {
    const activations = isActivations ? contribution : rpa && rpa > 0 ? contribution / rpa : undefined;
    return activations !== undefined && activations > 0 ? spend / activations : undefined;
  };

  const channels: ChannelResult[] = p.channels.map((name, c) => {
    const hp = chosen.hyper[c];
    // National intervals from the week × region bootstrap (nationalDraws); the curves and the regional intervals keep the
    // week bootstrap alone (a region must be in its own draw).
    const dRoi = nationalDraws.map((d) => d[c]);
    const dContrib = dRoi.map((v) => v * channelSpend[c]);
    const [contributionLow, contributionHigh] = interval(dContrib);
    const drawsRoi = interval(dRoi);
    const contribution = contributions[c];
    const curve = pointCurves[c];
    const [mroiLow, mroiHigh] = reportedInterval(curve.marginalAtMean, interval(drawCurves.map((dc) => dc[c].marginalAtMean)), unidentified[c]);
    const pointRoi = channelSpend[c] > 0 ? contribution / channelSpend[c] : 0;
    const roiMedian = quantile(
      dRoi.slice().sort((a, b) => a - b),
      0.5,
    );
    const chainMedian = quantile(
      chainRoi.map((d) => d[c]).sort((a, b) => a - b),
      0.5,
    );
    // An identified channel's national ROI is the median over the shape chain's states of their full-data ROI, not the
    // selected shapes' value: the likelihood is nearly flat along an always-on channel's Hill shape while its ROI moves
    // 2× along it, and one best-fitting shape lands anywhere on that ridge. The same reason as the national model's
    // shape-averaged ROI (shape-averaged-roi.ts). Not the median of the bootstrap draws (round 3): those also resample
    // weeks and regions, noise that belongs in the interval, and with 100 draws it moved a channel's point estimate by up
    // to 20 % between runs that differed only in the chain's path (bench/README-geo.md, round 4). An unidentified channel
    // keeps its shrunk point value: its draws refit the effect freely and would lift null channels. Contribution and
    // curves stay the selected model's.
    const roi = !unidentified[c] && Number.isFinite(chainMedian) ? chainMedian : pointRoi;
    const [roiLow, roiHigh] = reportedInterval(roi, [Math.min(drawsRoi[0], pointRoi), Math.max(drawsRoi[1], pointRoi)], unidentified[c]);
    const top = Math.max(2.5 * meanWeekly[c], ...nationalSpend[c]);
    const responseCurve = Array.from({ length: 21 }, (_, i) => {
      const x = (top * i) / 20;
      const [low, high] = interval(drawCurves.map((dc) => dc[c].at(x)));
      return { spend: x, kpi: curve.at(x), low, high };
    });
    const out: ChannelResult = {
      name,
      identified: !unidentified[c],
      noEffectLr: Number.isFinite(lr[c]) ? lr[c] : null,
      spend: channelSpend[c],
      meanWeeklySpend: meanWeekly[c],
      contribution,
      contributionLow: unidentified[c] ? Math.min(0, contributionLow) : contributionLow,
      contributionHigh,
      share: totalContribution > 0 ? Math.max(contribution, 0) / totalContribution : 0,
      spendShare: totalSpend > 0 ? channelSpend[c] / totalSpend : 0,
      roi,
      // The interval holds the draws' central 90 % and the selected shapes' value, as before.
      roiLow,
      roiHigh,
      roiMedian,
      mroi: curve.marginalAtMean,
      mroiLow,
      mroiHigh,
      carryoverWeeks: carryoverWeeks(adstockWeights(hp.adstock)),
      adstock: hp.adstock,
      saturation: { type: "hill", alpha: curve.hill.alpha, gamma: curve.hill.gamma, beta: curve.hill.beta },
      responseCurve,
    };
    const cpa = cpaOf(channelSpend[c], contribution);
    if (cpa !== undefined) {
      const [cpaLow, cpaHigh] = interval(dContrib.map((v) => cpaOf(channelSpend[c], v) ?? NaN));
      Object.assign(out, { cpa, cpaLow, cpaHigh });
    }
    return out;
  });

  const geos: GeoResult[] = p.regions.map((name, g) => ({
    name,
    population: p.population[g],
    size: sizes[g],
    channels: p.channels.map((cname, c): GeoChannelResult => {
      const spend = regionSpend[g][c];
      const contribution = contributionOf(chosen, g, c);
      const dContrib = drawEvals.map((e) => contributionOf(e, g, c));
      const [contributionLow, contributionHigh] = interval(dContrib);
      const roi = spend > 0 ? contribution / spend : 0;
      const [roiLow, roiHigh] = reportedInterval(roi, interval(dContrib.map((v) => (spend > 0 ? v / spend : 0))), unidentified[c]);
      const range = dataRange(p.rawSpend[g][c], chosen.hyper[c].adstock);
      return {
        name: cname,
        roi,
        roiLow,
        roiHigh,
        contribution,
        contributionLow: unidentified[c] ? Math.min(0, contributionLow) : contributionLow,
        contributionHigh,
        spend,
        meanWeeklySpend: spend / n,
        maxWeeklySpend: Math.max(0, ...p.rawSpend[g][c]),
        ...range,
        beta: fit.b[g][c],
        pooledWeight: fit.pooledWeight[g][c],
      };
    }),
  }));

  // National decomposition: the sum over regions of each region's fitted baseline and media.
  const nationalActual = new Float64Array(n),
    nationalFitted = new Float64Array(n),
    nationalMedia = p.channels.map(() => new Float64Array(n));
  // The baseline coefficients are fitted on the fit weeks (least squares of the KPI net of media on the region's
  // baseline design) and evaluated on every week, so the first weeks get a fitted value too.
  // The pooled baseline terms are taken as fitted; the region's free ones are refit on the KPI net of them and media.
  const qb = p.freeZ.length;
  const free = new Int8Array(qb);
  for (let g = 0; g < G; g++) {
    const pooledBase = Float64Array.from({ length: n }, (_, t) => p.pooledZ.reduce((sum, j, i) => sum + fit.lead[g][i] * p.Z[g][j][t], 0));
    const net = Float64Array.from(p.y[g], (v, t) => {
      let r = v - pooledBase[t];
      for (let c = 0; c < m; c++) r -= fit.b[g][c] * chosen.media.h[g][c][t];
      return r;
    });
    const ZtZ = new Float64Array(qb * qb),
      Ztr = new Float64Array(qb);
    const Z = p.freeZ.map((j) => p.Z[g][j]);
    for (let i = 0; i < qb; i++) {
      for (let t = skip; t < n; t++) Ztr[i] += Z[i][t] * net[t];
      for (let j = 0; j <= i; j++) {
        let acc = 0;
        for (let t = skip; t < n; t++) acc += Z[i][t] * Z[j][t];
        ZtZ[i * qb + j] = ZtZ[j * qb + i] = acc;
      }
    }
    let trace = 0;
    for (let i = 0; i < qb; i++) trace += ZtZ[i * qb + i];
    const gamma = qb ? solveConstrainedRidge(ZtZ, Ztr, new Float64Array(qb).fill(1e-10 * (trace || 1)), free) : new Float64Array(0);
    for (let t = 0; t < n; t++) {
      let base = pooledBase[t];
      for (let i = 0; i < qb; i++) base += gamma[i] * Z[i][t];
      let media = 0;
      for (let c = 0; c < m; c++) {
        const v = fit.b[g][c] * chosen.media.h[g][c][t];
        media += v;
        nationalMedia[c][t] += sizes[g] * v;
      }
      nationalActual[t] += sizes[g] * p.y[g][t];
      nationalFitted[t] += sizes[g] * (base + media);
    }
  }
  const decomposition: DecompositionWeek[] = input.dates.map((date, t) => {
    const media: Record<string, number> = {};
    let total = 0;
    p.channels.forEach((name, c) => {
      media[name] = nationalMedia[c][t];
      total += nationalMedia[c][t];
    });
    return { date, actual: nationalActual[t], fitted: nationalFitted[t], baseline: nationalFitted[t] - total, media, controls: {} };
  });
  const diag = fitDiagnostics(nationalActual, nationalFitted, G * (qz + m) + dim);
  let rssd = 0;
  p.channels.forEach(
    (_, c) =>
      (rssd += ((totalContribution > 0 ? Math.max(contributions[c], 0) / totalContribution : 0) - (totalSpend > 0 ? channelSpend[c] / totalSpend : 0)) ** 2),
  );

  const responseChannel = (
    name: string,
    c: number,
    hill: { alpha: number; gamma: number; beta: number },
    adstock: Hyper[number]["adstock"],
  ): ChannelResponse => ({
    name,
    adstock,
    saturation: { type: "hill", ...hill },
    meanWeeklySpend: meanWeekly[c],
    spend: channelSpend[c],
  });
  const responseModel: ResponseModel = {
    kpi: input.kpiName ?? "kpi",
    weeks: n,
    channels: channels.map((ch, c) => ({
      ...responseChannel(ch.name, c, pointCurves[c].hill, ch.adstock),
      maxWeeklySpend: Math.max(0, ...nationalSpend[c]),
      ...dataRange(nationalSpend[c], ch.adstock),
      identified: ch.identified,
    })),
    draws: drawEvals.map((e, r) => p.channels.map((name, c) => responseChannel(name, c, drawCurves[r][c].hill, e.hyper[c].adstock))),
  };
  const meanBaseline = decomposition.reduce((s, d) => s + d.baseline, 0) / n;
  progress(1, "done");
  return {
    kpi: input.kpiName ?? "kpi",
    weeks: n,
    channels,
    intercept: meanBaseline,
    controls: [],
    fit: {
      // r2, nrmse, mape, dw, aic, bic (fitDiagnostics)
      ...diag,
      vif: {},
      decompRssd: Math.sqrt(rssd),
      lambda: 0,
      // Mean z² of the implied vs measured lifts at the reported effects, as the national model reports it.
      ...(lifts.length ? { liftZ2: liftZ2Reported / lifts.length } : {}),
    },
    decomposition,
    pareto: {
      rule: `geo model: shared media shapes chosen by the smallest penalised marginal deviance Σ_regions [n·ln(SSE_g/n) + pooling penalty + ln det(Λ + A_g/σ_g²) − ln det Λ] + alpha prior (the regional effects integrated out; differential evolution; ${PLAUSIBLE} most plausible shapes kept for the no-effect test and the bootstrap)`,
      evaluated: archive.length,
      front: [],
    },
    identification: {
      rule: `a channel is unidentified (identified: false; its pooled, shrunk ROI is still reported, with an interval from 0) when pinning its effect at zero in every region raises the best penalised deviance over the ${PLAUSIBLE} most plausible shapes by less than χ²_{1+${k}+r}(0.90), r = the effective degrees of freedom of its regional deviations (Σ_g (1 − pooledWeight)·(G − 1)/G; Wilson–Hilferty quantile), at least the national model's χ²_${1 + k}(0.90) = ${threshold.toFixed(2)}; tested by backward elimination, weakest first; noEffectLr is that rise, the regions' part divided by their design effect ${designEffect.toFixed(2)}`,
      threshold,
      unidentified: channels.filter((c) => !c.identified).map((c) => c.name),
    },
    bootstrap: {
      replicates,
      blockLength,
      method: `shapes from a random-walk Metropolis chain on exp(−penalised deviance / 2) over all weeks, the regions' part divided by their design effect ${designEffect.toFixed(2)} (mean residual correlation between regions ${rho.toFixed(2)}) (every ${CHAIN_THIN}th state after ${CHAIN_BURN_IN * m} burn-in steps; acceptance ${(100 * acceptance).toFixed(0)} %); each kept state's regional effects refit on a circular moving-block bootstrap of weeks, the same weeks in every region, with the pooling (between-region variance) re-estimated; national ROI and contribution intervals also resample the regions (with replacement, the pooling re-estimated on them; national ROI = their contribution / their spend)`,
    },
    settings: { seed, adstock: p.national.kind, generations, populationSize, maxLag, harmonics },
    responseModel,
    seconds: (performance.now() - started) / 1000,
    geos,
    geoModel: {
      sizeSource: p.sizeSource,
      channels: p.channels,
      regions: p.regions,
      sizes,
      shapes: chosen.hyper.map((h) => ({ adstock: h.adstock, alpha: h.alpha, gamma: h.gamma })),
      beta: fit.b.map((b) => Array.from(b)),
      pooling: p.channels.map((channel, c) => ({
        channel,
        beta: fit.beta[c],
        tau: Math.sqrt(fit.tau2[c]),
        rule: "regional effects ~ N(beta, tau²) per size unit; tau² by the DerSimonian–Laird method of moments on the unpooled regional estimates",
      })),
      draws,
      regionDependence: { residualCorrelation: rho, designEffect },
      intercept: p.poolIntercept
        ? { pooled: true, perSizeLevel: fit.leadBeta[0], tau: Math.sqrt(fit.leadTau2[0]) }
        : { pooled: false, perSizeLevel: null, tau: null },
    },
  };
}

/** Smallest (after the first lag window) and largest adstocked weekly spend under the adstock (the data's range). */
function dataRange(spend: ArrayLike<number>, adstock: Hyper[number]["adstock"]): { dataMin: number; dataMax: number } {
  const wts = adstockWeights(adstock);
  const a = applyAdstock(spend, wts);
  const skip = Math.min(wts.length - 1, Math.floor(a.length / 4));
  let lo = Infinity,
    hi = 0;
  for (let t = 0; t < a.length; t++) {
    hi = Math.max(hi, a[t]);
    if (t >= skip) lo = Math.min(lo, a[t]);
  }
  return { dataMin: Number.isFinite(lo) ? lo : 0, dataMax: hi };
}

/** χ²_ν 0.90 quantile, Wilson–Hilferty (1931): ν·(1 − 2/(9ν) + z·√(2/(9ν)))³, z = 1.281552; within 0.5 % for ν ≥ 3. */
export function chiSquareQuantile90(df: number): number {
  const v = 2 / (9 * df);
  return df * (1 - v + 1.2815516 * Math.sqrt(v)) ** 3;
}
