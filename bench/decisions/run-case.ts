/**
 * One benchmark case end to end, through the same code path as the CLI: write the generated CSV to a
 * directory, `mixcast mmm` (run() of lib/cli/mmm-command.ts) with default settings and --seed 1, then
 * `mixcast optimize --budget <historical mean weekly total spend>` on its result.json, and score the plan
 * under the truth. Also runs the optimizer on the TRUE response curves ("oracle through our optimizer"), which
 * separates the optimizer's share of the regret from the model's.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { run as runMmm } from "../../lib/cli/mmm-command";
import { run as runOptimize } from "../../lib/cli/optimize-command";
import { caseSpec } from "./cases";
import { generateFromSpec, type CaseTruth, type GeneratedCase } from "./generate-case";
import { liftCsv, simulatedLiftTests } from "./lift-tests";
import { scorePlan, type PlanScore } from "./true-outcome";

/** A channel's interval "reaches 0" when its lower end is at most this ROI (one cent per currency unit). */
export const REACHES_ZERO = 0.01;

export type ChannelOutcome = {
  channel: string;
  isNull: boolean;
  trueRoi: number;
  roi: number;
  roiLow: number;
  roiHigh: number;
  /** |roi − true| / true (null channels: undefined). */
  roiError?: number;
  covered: boolean;
  reachesZero: boolean;
  currentSpend: number;
  planSpend: number;
  optimumSpend: number;
  maxWeeklySpend: number;
  /** The plan spends more per week than the channel ever did. */
  beyondData: boolean;
  fitted: { alpha: number; gamma: number; beta: number; adstock: unknown };
  /** Fitted Hill gamma over the largest weekly spend in the data (> 1: half saturation never observed). */
  gammaOverMaxSpend: number;
  truth: { alpha: number; steadyGamma: number; beta: number; gammaRel: number; pattern: string };
  /** The oracle regression's ROI for this channel and its t (< 2: not identifiable from this data at all). */
  oracle: { roi: number; t: number };
  /** The fit's verdict (result.json `identified`; absent in results from before it existed). */
  identified?: boolean;
  /** The no-effect test's deviance rise (result.json `noEffectLr`), to replay ROI rules offline. */
  noEffectLr?: number | null;
};

export type CaseResult = {
  name: string;
  about: string;
  weeks: number;
  channels: number;
  nullChannels: number;
  budget: number;
  headroom: number;
  ok: boolean;
  error?: string;
  plan?: { allocation: Record<string, number>; predictedRevenue: number; optimality?: unknown };
  score?: PlanScore;
  /** The model's predicted weekly revenue of its plan over the true one, minus 1 (overclaim). */
  overclaim?: number;
  oracleOptimizer?: PlanScore & { error?: string };
  /** The true curves through `mixcast optimize` with its default trust region: the regret that staying inside the data costs. */
  trueCurvesInData?: PlanScore & { error?: string };
  /** The oracle regression's curves (true shapes, OLS betas, no draws) through `mixcast optimize` with defaults. */
  oracleRegressionPlan?: PlanScore & { error?: string };
  /** The plan JSON's own risk report: gain over the current mix (mean, 90 % interval), P(beats current), true gain. */
  risk?: {
    gain: { mean: number; low: number; high: number };
    probBeatsCurrent: number | null;
    trueGain: number;
    step?: number;
    transfers?: number;
    outsideData: string[];
  };
  current: PlanScore;
  optimumOutcome: number;
  perChannel?: ChannelOutcome[];
  medianRoiError?: number;
  /** The same ROI error of the oracle regression (true shapes, OLS): the floor the data allow. */
  oracleRoiError: number;
  /** Non-null channels even the oracle cannot tell from zero (t < 2). */
  oracleUnidentified: number;
  coverage?: { covered: number; total: number };
  fit?: { r2: number; nrmse: number; adstock: string };
  seconds?: { fit: number; plan: number; total: number; cpu: number; engine: number };
};

type CliRun = (argv: string[]) => Promise<number>;

/** Runs a CLI command with its console output captured (returned), not printed. */
async function quietly(run: CliRun, argv: string[]): Promise<{ code: number; output: string }> {
  const chunks: string[] = [];
  const out = process.stdout.write,
    err = process.stderr.write;
  const capture = ((chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
    return true;
  }) as typeof process.stdout.write;
  process.stdout.write = capture;
  process.stderr.write = capture;
  try {
    return { code: await run(argv), output: chunks.join("") };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
}

const median = (v: number[]) => {
  const s = v.slice().sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length / 2;
  return s.length % 2 ? s[Math.floor(m)] : (s[m - 1] + s[m]) / 2;
};

/**
 * The truth as a `mixcast optimize --model` file: steady-state curves in lib/mmm's units (its adstock weights
 * sum to 1, so a steady spend x adstocks to x; the generator's x · Σw is folded into gamma = steadyGamma).
 * The adstock written is a placeholder — the steady-state plan does not depend on it.
 */
export function truthAsModelFile(truth: CaseTruth, betas?: number[]) {
  const channels = truth.channels.map((c, i) => ({
    name: c.name,
    adstock: { type: "geometric", theta: 0, maxLag: 0 },
    saturation: { type: "hill", alpha: c.hill.alpha, gamma: c.steadyGamma, beta: betas ? Math.max(0, betas[i]) : c.hill.beta },
    meanWeeklySpend: c.meanWeeklySpend,
    spend: c.totalSpend,
    // The data's range under the true adstock, in lib/mmm's units (a steady spend x adstocks to x).
    maxWeeklySpend: c.maxWeeklySpend,
    dataMax: c.maxAdstockAsSpend,
  }));
  return { responseModel: { kpi: "kpi", weeks: truth.weeks, channels } };
}

/**
 * Generates, fits, plans and scores one named case inside `dir` (created if needed). `seedOffset` is added to the
 * case's seed: the same structure with fresh spend, price and noise draws (a held-out set for checking that a
 * change was not tuned to the default seeds).
 */
export function runCase(name: string, dir: string, seedOffset = 0): Promise<CaseResult> {
  const spec = caseSpec(name);
  return runGeneratedCase(generateFromSpec({ ...spec, seed: spec.seed + seedOffset }), dir);
}

/** Fits, plans and scores an already generated case (e.g. a variant of a spec) inside `dir`. */
export async function runGeneratedCase(g: GeneratedCase, dir: string): Promise<CaseResult> {
  const truth = g.truth,
    name = truth.name;
  await mkdir(dir, { recursive: true });
  const file = (f: string) => path.join(dir, f);
  await writeFile(file("data.csv"), g.csv);
  await writeFile(file("truth.json"), `${JSON.stringify(truth, null, 1)}\n`);
  const names = truth.channels.map((c) => c.name);
  const base: CaseResult = {
    name,
    about: truth.about,
    weeks: truth.weeks,
    channels: names.length,
    nullChannels: truth.channels.filter((c) => c.isNull).length,
    budget: truth.budget,
    headroom: truth.headroom,
    ok: false,
    current: scorePlan(truth, truth.currentMix),
    optimumOutcome: truth.optimum.outcome,
    oracleRoiError: truth.oracle.medianRoiError,
    oracleUnidentified: truth.oracle.unidentified,
  };

  // Oracle through our optimizer: the true curves, the same CLI — without the trust region (the optimizer's own
  // exactness), with the default trust region (what staying inside the data costs), and the oracle regression's
  // curves (true shapes, estimated betas: what a model that knew every shape would plan).
  const referencePlan = async (model: unknown, tag: string, extra: string[]): Promise<PlanScore & { error?: string }> => {
    await writeFile(file(`${tag}-model.json`), JSON.stringify(model));
    const r = await quietly(runOptimize, ["--model", file(`${tag}-model.json`), "--budget", String(truth.budget), "--out", file(`${tag}-plan.json`), ...extra]);
    if (r.code !== 0) return { ...base.current, error: r.output.trim() };
    const plan = JSON.parse(await readFile(file(`${tag}-plan.json`), "utf8")) as { allocation: Record<string, number> };
    return scorePlan(truth, plan.allocation);
  };
  base.oracleOptimizer = await referencePlan(truthAsModelFile(truth), "truth", ["--extrapolate", "any"]);
  base.trueCurvesInData = await referencePlan(truthAsModelFile(truth), "truth-in-data", []);
  base.oracleRegressionPlan = await referencePlan(
    truthAsModelFile(
      truth,
      truth.oracle.channels.map((c) => c.beta),
    ),
    "oracle-regression",
    [],
  );

  // BENCH_LIFT_TESTS=REL,ROI: one simulated lift test per always-on or seasonal channel (lift-tests.ts), its standard
  // error REL × |lift| + ROI × the window's spend: what experiments add to the observational fit.
  const liftArgs: string[] = [];
  if (process.env.BENCH_LIFT_TESTS) {
    const [relative, roiSe] = process.env.BENCH_LIFT_TESTS.split(",").map(Number);
    const tests = simulatedLiftTests(g, { relative, roiSe });
    if (tests.length) {
      await writeFile(file("lift.csv"), liftCsv(tests));
      liftArgs.push("--lift", file("lift.csv"));
    }
  }
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const fit = await quietly(runMmm, [
    "--input",
    file("data.csv"),
    "--date",
    "date",
    "--kpi",
    "kpi",
    "--spend",
    names.join(","),
    "--controls",
    "price",
    "--out",
    file("result.json"),
    "--seed",
    "1",
    ...(process.env.BENCH_MMM_ARGS ? process.env.BENCH_MMM_ARGS.split(" ") : []),
    ...liftArgs,
  ]);
  const t1 = performance.now();
  if (fit.code !== 0) return { ...base, error: `mixcast mmm exit ${fit.code}: ${fit.output.trim()}` };
  const plan = await quietly(runOptimize, ["--model", file("result.json"), "--budget", String(truth.budget), "--out", file("plan.json")]);
  const t2 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  if (plan.code !== 0) return { ...base, error: `mixcast optimize exit ${plan.code}: ${plan.output.trim()}` };

  type Result = {
    channels: {
      name: string;
      roi: number;
      roiLow: number;
      roiHigh: number;
      identified?: boolean;
      noEffectLr?: number | null;
      adstock: unknown;
      saturation: { alpha: number; gamma: number; beta: number };
    }[];
    fit: { r2: number; nrmse: number };
    settings: { adstock: string };
    seconds: number;
  };
  type Plan = {
    allocation: Record<string, number>;
    predicted: { revenue: number };
    optimality?: unknown;
    gainVsCurrent?: { mean: number; low: number; high: number };
    probBeatsCurrent?: number | null;
    outsideData?: string[];
    safeguard?: { step: number; transfers?: { count: number } };
  };
  const result = JSON.parse(await readFile(file("result.json"), "utf8")) as Result;
  const planJson = JSON.parse(await readFile(file("plan.json"), "utf8")) as Plan;
  const score = scorePlan(truth, planJson.allocation);
  const perChannel: ChannelOutcome[] = truth.channels.map((t) => {
    const est = result.channels.find((c) => c.name === t.name);
    if (!est) throw new Error(`runCase: result.json has no channel "${t.name}"`);
    return {
      channel: t.name,
      isNull: t.isNull,
      trueRoi: t.roi,
      roi: est.roi,
      roiLow: est.roiLow,
      roiHigh: est.roiHigh,
      roiError: t.isNull ? undefined : Math.abs(est.roi - t.roi) / t.roi,
      covered: est.roiLow <= t.roi && t.roi <= est.roiHigh,
      reachesZero: est.roiLow <= REACHES_ZERO,
      currentSpend: t.meanWeeklySpend,
      planSpend: planJson.allocation[t.name] ?? 0,
      optimumSpend: truth.optimum.allocation[t.name],
      maxWeeklySpend: t.maxWeeklySpend,
      beyondData: (planJson.allocation[t.name] ?? 0) > t.maxWeeklySpend * (1 + 1e-9),
      fitted: { alpha: est.saturation.alpha, gamma: est.saturation.gamma, beta: est.saturation.beta, adstock: est.adstock },
      gammaOverMaxSpend: est.saturation.gamma / t.maxWeeklySpend,
      truth: { alpha: t.hill.alpha, steadyGamma: t.steadyGamma, beta: t.hill.beta, gammaRel: t.gammaRel, pattern: t.pattern },
      oracle: (({ roi, t: tStat }) => ({ roi, t: tStat }))(truth.oracle.channels.find((o) => o.name === t.name)!),
      ...(est.identified !== undefined ? { identified: est.identified } : {}),
      ...(est.noEffectLr !== undefined ? { noEffectLr: est.noEffectLr } : {}),
    };
  });
  const real = perChannel.filter((c) => !c.isNull);
  return {
    ...base,
    ok: true,
    plan: { allocation: planJson.allocation, predictedRevenue: planJson.predicted.revenue, optimality: planJson.optimality },
    score,
    overclaim: score.outcome > 0 ? planJson.predicted.revenue / score.outcome - 1 : undefined,
    ...(planJson.gainVsCurrent
      ? {
          risk: {
            gain: planJson.gainVsCurrent,
            probBeatsCurrent: planJson.probBeatsCurrent ?? null,
            trueGain: score.outcome - base.current.outcome,
            step: planJson.safeguard?.step,
            transfers: planJson.safeguard?.transfers?.count ?? 0,
            outsideData: planJson.outsideData ?? [],
          },
        }
      : {}),
    perChannel,
    medianRoiError: median(real.map((c) => c.roiError!)),
    coverage: { covered: real.filter((c) => c.covered).length, total: real.length },
    fit: { r2: result.fit.r2, nrmse: result.fit.nrmse, adstock: result.settings.adstock },
    seconds: { fit: (t1 - t0) / 1000, plan: (t2 - t1) / 1000, total: (t2 - t0) / 1000, cpu: (cpu.user + cpu.system) / 1e6, engine: result.seconds },
  };
}
