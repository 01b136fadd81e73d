import { createRng } from "../math/random";
import { adstockWeights, carryoverWeeks } from "./adstock-weights";
import { defaultBlockLength, movingBlockIndices } from "./block-bootstrap";
import { decodeHyper, fitCandidate, paramsPerChannel, type AdstockKind, type CandidateFit, type Problem } from "./candidate-model";
import { solveConstrainedRidge } from "./constrained-ridge";
import { differentialEvolution } from "./differential-evolution";
import { fitDiagnostics, varianceInflation } from "./fit-diagnostics";
import { hillShape, hillShapeDerivative } from "./hill-saturation";
import type { ChannelResult, DecompositionWeek, MmmInput, MmmOptions, MmmResult } from "./model-types";
import { buildProblem } from "./mmm-problem";
import { nonDominatedSort } from "./pareto-front";
import { deviance, selectModel } from "./select-model";
import type { ChannelResponse } from "./types";

type Progress = (fraction: number, stage: string) => void;
type Evaluated = { x: Float64Array; f: number[] };

const POOL_SIZE = 30;
const POOL_NRMSE_SLACK = 0.1;
const PER_CHANNEL_ALTERNATIVES = 6;
const sqDist = (a: Float64Array, b: Float64Array) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] - b[i]) ** 2;
  return s;
};

/** Runs the hyperparameter search for one adstock family; returns the archive and the chosen fit. */
function search(problem: Problem, generations: number, seed: number, onProgress: (f: number) => void) {
  const dim = problem.media.length * paramsPerChannel(problem.kind);
  const populationSize = Math.max(20, Math.min(48, 2 * dim));
  const archive: Evaluated[] = [];
  // λ is chosen by time-series CV for the final and the pooled models; during the search it is held at
  // the value CV picks most often on a pilot sample (λ moves little with the media shapes, and CV at every
  // evaluation would cost 2–3× the search budget).
  const pilotRng = createRng(seed + 31);
  const votes = new Map<number, number>();
  for (let i = 0; i < 16; i++) {
    const lambda = fitCandidate(problem, decodeHyper(problem, Float64Array.from({ length: dim }, () => pilotRng.next()))).lambda;
    votes.set(lambda, (votes.get(lambda) ?? 0) + 1);
  }
  const searchLambda = [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
  const evaluate = (x: Float64Array) => {
    const f = fitCandidate(problem, decodeHyper(problem, x), [searchLambda]).objectives;
    archive.push({ x, f });
    return f;
  };
  const population = differentialEvolution(evaluate, { dim, populationSize, generations, rng: createRng(seed), onGeneration: onProgress, rank: (f) => deviance(f, problem.n) });
  // Candidate set: the final population plus the best fits ever seen (DE may have moved past them).
  const byFit = archive.slice().sort((a, b) => a.f[0] - b.f[0]).slice(0, 4 * POOL_SIZE);
  const candidates = dedupe([...population, ...byFit]);
  const chosen = candidates[selectModel(candidates.map((c) => c.f), problem.n)];
  // Bootstrap pool: the chosen model plus a spread of alternatives that fit nearly as well, picked by
  // farthest-point sampling in hyperparameter space so that competing explanations of the data (not just
  // DE's converged neighbourhood) can win a replicate. Poor fits in the pool are harmless: a replicate
  // only picks them if they fit its resampled data best.
  const layers = nonDominatedSort(candidates.map((c) => c.f));
  const bestFit = Math.min(...candidates.map((c) => c.f[0]));
  const near = dedupe(archive.filter((e) => e.f[0] <= bestFit * (1 + POOL_NRMSE_SLACK)));
  const pool: Evaluated[] = [chosen];
  const dist = near.map((e) => sqDist(e.x, chosen.x));
  while (pool.length < POOL_SIZE && pool.length < near.length + 1) {
    let far = -1;
    for (let i = 0; i < near.length; i++) if (dist[i] > 0 && (far < 0 || dist[i] > dist[far])) far = i;
    if (far < 0) break;
    pool.push(near[far]);
    for (let i = 0; i < near.length; i++) dist[i] = Math.min(dist[i], sqDist(near[i].x, near[far].x));
  }
  // Per-channel alternatives: each channel's adstock/saturation redrawn over its whole range (Latin
  // hypercube) with the other channels at the chosen point. Media shape is weakly identified (the Hill
  // curve trades off against the intercept), and the DE archive rarely holds the competing shapes of
  // one channel; without them the intervals would be falsely narrow.
  const k = paramsPerChannel(problem.kind);
  const lhs = createRng(seed + 101);
  for (let c = 0; c < problem.media.length; c++) {
    for (let i = 0; i < PER_CHANNEL_ALTERNATIVES; i++) {
      const x = Float64Array.from(chosen.x);
      for (let d = 0; d < k; d++) x[c * k + d] = (((i + lhs.int(PER_CHANNEL_ALTERNATIVES)) % PER_CHANNEL_ALTERNATIVES) + lhs.next()) / PER_CHANNEL_ALTERNATIVES;
      pool.push({ x, f: [] });
    }
  }
  const front = layers[0].map((i) => candidates[i]);
  return { archive, front, chosen, pool, populationSize, dim };
}

function dedupe(list: Evaluated[]): Evaluated[] {
  const seen = new Set<string>();
  return list.filter((e) => {
    const key = Array.from(e.x, (v) => v.toFixed(6)).join(",");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const quantile = (sorted: number[], q: number) => {
  if (!sorted.length) return NaN;
  const pos = (sorted.length - 1) * q, lo = Math.floor(pos), hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
};
const interval = (values: number[]) => {
  const s = values.filter(Number.isFinite).sort((a, b) => a - b);
  return [quantile(s, 0.05), quantile(s, 0.95)] as const;
};

/**
 * Fits a marketing mix model: adstock + Hill media terms and controls in a sign-constrained ridge,
 * hyperparameters searched by multi-objective differential evolution (NRMSE, decomposition distance,
 * lift-test z²), a model picked by the rule in `select-model.ts`, and 90 % intervals from a moving-block
 * bootstrap of weeks that refits every pooled candidate and re-applies the selection rule per replicate
 * (so hyperparameter uncertainty is carried, not only coefficient noise).
 *
 * @throws on invalid input (lengths, negative spend, unparseable dates, too few weeks, unknown lift channel)
 * @example fitMarketingMixModel({ dates, kpi, media: [{ name: "tv", spend }] }, { seed: 1 }).channels[0].roi
 */
export function fitMarketingMixModel(input: MmmInput, options: MmmOptions = {}, onProgress?: Progress): MmmResult {
  const started = performance.now();
  const progress: Progress = onProgress ?? (() => {});
  const seed = options.seed ?? 1;
  const maxLag = options.maxLag ?? 8;
  const generations = options.iterations ?? 150;
  const replicates = options.bootstrap ?? 200;
  const trend = options.trend ?? true, seasonality = options.seasonality ?? true;
  const kinds: AdstockKind[] = options.adstock === "auto" ? ["geometric", "weibull-cdf", "weibull-pdf"] : [options.adstock ?? "geometric"];
  progress(0, "preparing");

  let best: { problem: Problem; result: ReturnType<typeof search>; fit: CandidateFit; bic: number } | undefined;
  kinds.forEach((kind, k) => {
    const problem = buildProblem(input, kind, maxLag, trend, seasonality);
    const gens = Math.max(5, Math.round(generations / kinds.length));
    const result = search(problem, gens, seed + k, (f) => progress((0.75 * (k + f)) / kinds.length, `searching ${kind} hyperparameters`));
    const fit = fitCandidate(problem, decodeHyper(problem, result.chosen.x));
    const bic = fitDiagnostics(problem.y, fittedValues(problem, fit), countParams(fit, result.dim)).bic;
    if (!best || bic < best.bic) best = { problem, result, fit, bic };
  });
  const { problem, result, fit } = best!;
  const n = problem.n, m = problem.media.length, q = 1 + problem.controlZ.length;

  // ---- Bootstrap -------------------------------------------------------------------------------------
  // Moving blocks of WEEKS (rows of KPI and design together, a "pairs" block bootstrap): unlike resampling
  // residuals around the fitted curve, it also reflects misspecification and confounding between media and
  // baseline, which is what makes MMM intervals falsely narrow. The adstocked/saturated columns are
  // computed on the original week order, so carryover is untouched by the resampling.
  progress(0.75, "bootstrapping");
  const pool = result.pool.map((e) => fitCandidate(problem, decodeHyper(problem, e.x)));
  const fitted = fittedValues(problem, fit);
  const blockLength = defaultBlockLength(n);
  const rng = createRng(seed * 7919 + 17);
  const idx = new Int32Array(n);
  const draws: ChannelResponse[][] = [];
  const drawStats: { contribution: number[]; roi: number[]; mroi: number[] }[] = [];
  const meanWeekly = problem.media.map((ch) => ch.total / n);
  const p = q + m;
  const ctrlCols: Float64Array[] = [problem.ones, ...problem.controlZ];
  const Gc = new Float64Array(q * q), xyc = new Float64Array(q);
  const G = new Float64Array(p * p), xy = new Float64Array(p);
  for (let r = 0; r < replicates; r++) {
    movingBlockIndices(n, blockLength, rng, idx);
    let yy = 0;
    Gc.fill(0);
    xyc.fill(0);
    for (let i = 0; i < q; i++) {
      const ci = ctrlCols[i];
      let s = 0;
      for (let k = 0; k < n; k++) s += ci[idx[k]] * problem.y[idx[k]];
      xyc[i] = s;
      for (let j = 0; j <= i; j++) {
        const cj = ctrlCols[j];
        let g = 0;
        for (let k = 0; k < n; k++) g += ci[idx[k]] * cj[idx[k]];
        Gc[i * q + j] = Gc[j * q + i] = g;
      }
    }
    for (let k = 0; k < n; k++) yy += problem.y[idx[k]] ** 2;
    // The experiments are re-drawn too: each measured lift ~ N(measured, se²).
    const liftNoise = problem.lifts.map(() => rng.normal());
    const objs: number[][] = [];
    const coefs: Float64Array[] = [];
    for (const cand of pool) {
      G.fill(0);
      for (let i = 0; i < q; i++) {
        xy[i] = xyc[i];
        for (let j = 0; j < q; j++) G[i * p + j] = Gc[i * q + j];
      }
      for (let c = 0; c < m; c++) {
        const i = q + c, h = cand.h[c], sd = cand.hSd[c] > 1e-12 ? cand.hSd[c] : 1;
        let s = 0;
        for (let k = 0; k < n; k++) s += h[idx[k]] * problem.y[idx[k]];
        xy[i] = s / sd;
        for (let j = 0; j < q; j++) {
          const cj = ctrlCols[j];
          let g = 0;
          for (let k = 0; k < n; k++) g += h[idx[k]] * cj[idx[k]];
          G[i * p + j] = G[j * p + i] = g / sd;
        }
        for (let c2 = 0; c2 <= c; c2++) {
          const h2 = cand.h[c2], sd2 = cand.hSd[c2] > 1e-12 ? cand.hSd[c2] : 1;
          let g = 0;
          for (let k = 0; k < n; k++) g += h[idx[k]] * h2[idx[k]];
          G[i * p + q + c2] = G[(q + c2) * p + i] = g / (sd * sd2);
        }
      }
      // SSE of the resampled weeks as a quadratic form (before the lift pseudo-rows are added).
      const Gd = G.slice(), xyd = xy.slice();
      cand.liftRows.forEach((lr, k) => {
        G[lr.j * p + lr.j] += lr.weight * lr.a * lr.a;
        xy[lr.j] += lr.weight * lr.a * (lr.measured + lr.se * liftNoise[k]);
      });
      const b = solveConstrainedRidge(G, xy, cand.penalty, cand.signs);
      let sse = yy;
      for (let i = 0; i < p; i++) {
        let gi = 0;
        for (let j = 0; j < p; j++) gi += Gd[i * p + j] * b[j];
        sse += b[i] * gi - 2 * b[i] * xyd[i];
      }
      coefs.push(b);
      objs.push(replicateObjectives(problem, cand, b, Math.max(sse, 0), liftNoise));
    }
    const k = selectModel(objs, n);
    const cand = pool[k], b = coefs[k];
    const chans: ChannelResponse[] = [];
    const stats = { contribution: [] as number[], roi: [] as number[], mroi: [] as number[] };
    for (let c = 0; c < m; c++) {
      const beta = cand.hSd[c] > 1e-12 ? b[q + c] / cand.hSd[c] : 0;
      const contribution = beta * cand.hMean[c] * n;
      const hp = cand.hyper[c];
      chans.push({ name: problem.media[c].name, adstock: hp.adstock, saturation: { type: "hill", alpha: hp.alpha, gamma: hp.gamma, beta }, meanWeeklySpend: meanWeekly[c], spend: problem.media[c].total });
      stats.contribution.push(contribution);
      stats.roi.push(problem.media[c].total > 0 ? contribution / problem.media[c].total : 0);
      stats.mroi.push(beta * hillShapeDerivative(meanWeekly[c], hp.alpha, hp.gamma));
    }
    draws.push(chans);
    drawStats.push(stats);
    if (r % 10 === 9) progress(0.75 + (0.22 * (r + 1)) / replicates, "bootstrapping");
  }

  // ---- Summary ---------------------------------------------------------------------------------------
  progress(0.97, "summarising");
  const kpiName = input.kpiName ?? "kpi";
  const isActivations = /activation|conversion|signup|acquisition|order|lead/i.test(kpiName);
  const rpa = input.revenuePerActivation;
  const cpaOf = (spend: number, contribution: number) => {
    const activations = isActivations ? contribution : rpa && rpa > 0 ? contribution / rpa : undefined;
    return activations !== undefined && activations > 0 ? spend / activations : undefined;
  };
  const media = problem.media;
  const contributions: number[] = [];
  const betas: number[] = [];
  for (let c = 0; c < m; c++) {
    const beta = fit.hSd[c] > 1e-12 ? fit.b[q + c] / fit.hSd[c] : 0;
    betas.push(beta);
    contributions.push(beta * fit.hMean[c] * n);
  }
  const totalContribution = contributions.reduce((a, b) => a + Math.max(b, 0), 0);
  const channels: ChannelResult[] = media.map((ch, c) => {
    const hp = fit.hyper[c];
    const col = (key: "contribution" | "roi" | "mroi") => drawStats.map((d) => d[key][c]);
    const [contributionLow, contributionHigh] = interval(col("contribution"));
    const [roiLow, roiHigh] = interval(col("roi"));
    const [mroiLow, mroiHigh] = interval(col("mroi"));
    const contribution = contributions[c];
    const cpa = cpaOf(ch.total, contribution);
    const top = Math.max(2.5 * meanWeekly[c], ...ch.spend);
    const responseCurve = Array.from({ length: 21 }, (_, i) => {
      const x = (top * i) / 20;
      const [low, high] = interval(draws.map((d) => d[c].saturation.beta * hillShape(x, d[c].saturation.alpha, d[c].saturation.gamma)));
      return { spend: x, kpi: betas[c] * hillShape(x, hp.alpha, hp.gamma), low, high };
    });
    const out: ChannelResult = {
      name: ch.name,
      spend: ch.total,
      meanWeeklySpend: meanWeekly[c],
      contribution,
      contributionLow,
      contributionHigh,
      share: totalContribution > 0 ? Math.max(contribution, 0) / totalContribution : 0,
      spendShare: problem.spendShare[c],
      roi: ch.total > 0 ? contribution / ch.total : 0,
      roiLow,
      roiHigh,
      mroi: betas[c] * hillShapeDerivative(meanWeekly[c], hp.alpha, hp.gamma),
      mroiLow,
      mroiHigh,
      carryoverWeeks: carryoverWeeks(adstockWeights(hp.adstock)),
      adstock: hp.adstock,
      saturation: { type: "hill", alpha: hp.alpha, gamma: hp.gamma, beta: betas[c] },
      responseCurve,
    };
    if (cpa !== undefined) {
      const cpas = col("contribution").map((v) => cpaOf(ch.total, v) ?? NaN);
      const [cpaLow, cpaHigh] = interval(cpas);
      Object.assign(out, { cpa, cpaLow, cpaHigh });
    }
    return out;
  });

  // Coefficients back in original units; the intercept absorbs the centring of the controls.
  let intercept = fit.b[0];
  const controlCoef = problem.controlNames.map((_, j) => (problem.controlSd[j] > 1e-12 ? fit.b[1 + j] / problem.controlSd[j] : 0));
  controlCoef.forEach((beta, j) => (intercept -= beta * problem.controlMean[j]));
  const rawControls = rawControlColumns(problem);
  const decomposition: DecompositionWeek[] = input.dates.map((date, t) => {
    const mediaPart: Record<string, number> = {};
    const controlPart: Record<string, number> = {};
    let baseline = intercept, total = 0;
    problem.controlNames.forEach((name, j) => {
      const v = controlCoef[j] * rawControls[j][t];
      controlPart[name] = v;
      baseline += v;
    });
    media.forEach((ch, c) => {
      const v = betas[c] * fit.h[c][t];
      mediaPart[ch.name] = v;
      total += v;
    });
    return { date, actual: problem.y[t], fitted: baseline + total, baseline, media: mediaPart, controls: controlPart };
  });
  const diag = fitDiagnostics(problem.y, fitted, countParams(fit, result.dim));
  const vifColumns = [...rawControls, ...fit.h];
  const vifValues = varianceInflation(vifColumns);
  const vif: Record<string, number> = {};
  [...problem.controlNames, ...media.map((c) => c.name)].forEach((name, i) => (vif[name] = vifValues[i]));
  const frontObjs = result.front.map((e) => e.f);
  const chosenKey = result.chosen;
  const responseModel = {
    kpi: kpiName,
    weeks: n,
    channels: channels.map((c): ChannelResponse => ({ name: c.name, adstock: c.adstock, saturation: c.saturation, meanWeeklySpend: c.meanWeeklySpend, spend: c.spend })),
    draws,
  };
  progress(1, "done");
  return {
    kpi: kpiName,
    weeks: n,
    channels,
    intercept,
    controls: problem.controlNames.map((name, j) => ({ name, coefficient: controlCoef[j], contribution: controlCoef[j] * rawControls[j].reduce((a, b) => a + b, 0) })),
    fit: {
      r2: diag.r2, nrmse: diag.nrmse, mape: diag.mape, dw: diag.dw, aic: diag.aic, bic: diag.bic, vif,
      decompRssd: fit.objectives[1],
      ...(problem.lifts.length ? { liftZ2: fit.objectives[2] } : {}),
      lambda: fit.lambda,
    },
    decomposition,
    pareto: {
      rule: `Pareto front of (NRMSE, DECOMP.RSSD${problem.lifts.length ? ", lift z²" : ""}); chosen: minimum deviance n·ln(NRMSE²)${problem.lifts.length ? " + Σ lift z²" : ""} (RSSD reported, not used to pick)`,
      evaluated: result.archive.length,
      front: frontObjs
        .map((f, i) => ({ nrmse: f[0], decompRssd: f[1], ...(f.length > 2 ? { liftZ2: f[2] } : {}), chosen: result.front[i] === chosenKey }))
        .sort((a, b) => a.nrmse - b.nrmse),
    },
    bootstrap: { replicates, blockLength, method: "circular moving-block bootstrap of weeks (KPI and design rows together); every pooled candidate refit and the selection rule re-applied per replicate; lift results re-drawn from N(measured, se²)" },
    settings: { seed, adstock: problem.kind, generations, populationSize: result.populationSize, maxLag },
    responseModel,
    seconds: (performance.now() - started) / 1000,
  };
}

function rawControlColumns(problem: Problem): Float64Array[] {
  return problem.controlZ.map((z, j) => Float64Array.from(z, (v) => v * problem.controlSd[j] + problem.controlMean[j]));
}

function fittedValues(problem: Problem, fit: CandidateFit): Float64Array {
  const { n, controlZ } = problem, q = 1 + controlZ.length;
  const out = new Float64Array(n).fill(fit.b[0]);
  controlZ.forEach((z, j) => {
    const b = fit.b[1 + j];
    if (b !== 0) for (let t = 0; t < n; t++) out[t] += b * z[t];
  });
  fit.h.forEach((h, c) => {
    const b = fit.b[q + c], sd = fit.hSd[c];
    if (b !== 0 && sd > 1e-12) for (let t = 0; t < n; t++) out[t] += (b * h[t]) / sd;
  });
  return out;
}

const countNonZero = (b: ArrayLike<number>) => {
  let k = 0;
  for (let i = 0; i < b.length; i++) if (b[i] !== 0) k++;
  return k;
};

/** Parameters for AIC/BIC: non-zero coefficients (incl. intercept) plus the searched hyperparameters. */
const countParams = (fit: CandidateFit, hyperDim: number) => countNonZero(fit.b) + hyperDim;

function replicateObjectives(problem: Problem, cand: CandidateFit, b: Float64Array, sse: number, liftNoise: number[]): number[] {
  const q = 1 + problem.controlZ.length, m = problem.media.length;
  let total = 0;
  const contrib = cand.h.map((_, c) => {
    const v = cand.hSd[c] > 1e-12 ? (b[q + c] / cand.hSd[c]) * cand.hMean[c] : 0;
    total += v;
    return v;
  });
  let rssd = 0;
  for (let c = 0; c < m; c++) rssd += ((total > 0 ? contrib[c] / total : 0) - problem.spendShare[c]) ** 2;
  const out = [Math.sqrt(sse / problem.n) / problem.yRange, Math.sqrt(rssd)];
  if (cand.liftRows.length) {
    let z2 = 0;
    cand.liftRows.forEach((lr, k) => (z2 += ((lr.a * b[lr.j] - (lr.measured + lr.se * liftNoise[k])) / lr.se) ** 2));
    out.push(z2 / cand.liftRows.length, cand.liftRows.length);
  }
  return out;
}
