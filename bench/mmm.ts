/**
 * Mix-model benchmark: `npm run bench:mmm` (tsx bench/mmm.ts [--quick] [--adstock=geometric|weibull-cdf|weibull-pdf|auto]).
 * For each dataset: ROI absolute % error vs the truth where known (median and worst channel), coverage of
 * the true ROI by the 90 % interval, R², NRMSE and wall time of one full fit (search + bootstrap).
 * Datasets: pymc-marketing's mmm_example.csv (known process), Robyn's dt_simulated_weekly.csv (no truth),
 * and Mixcast's demo generator (seeds 1–3, with and without its lift tests, and the geo-level model on its 4 regions
 * with the lift tests: the app's default) when lib/demo exists.
 */
import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { DEFAULT_MMM_OPTIONS, fitMarketingMixModel, type MmmInput, type MmmOptions, type MmmResult } from "../lib/mmm";
import { demoNationalInput, type DemoLikeDataset } from "../lib/mmm/testing/demo-national-input";
import { fitGeoMixModel } from "../lib/mmm/fit-geo-mix-model";
import { buildGeoInput } from "../lib/mmm/pipeline/mmm-geo-rows";
import { DEMO_CHANNELS } from "../lib/demo/channel-config";
import { hillResponse } from "../lib/math/response-curve";
import { allocateBudget } from "../lib/optimize";
import { responseModelFromResult } from "../lib/optimize/response-model-from-result";

const DATA = "/work/shared/benchmarks/mmm";
const quick = process.argv.includes("--quick");
/** `--adstock=weibull-pdf` etc. to benchmark another adstock family on the demo (default: the engine's, "auto"). */
const demoAdstock = (process.argv.find((a) => a.startsWith("--adstock="))?.slice(10) ?? DEFAULT_MMM_OPTIONS.adstock) as MmmOptions["adstock"];

type Row = Record<string, string>;
function readCsv(path: string): Row[] {
  return Papa.parse<Row>(readFileSync(path, "utf8"), { header: true, skipEmptyLines: true }).data;
}
const num = (v: string | undefined) => Number(v);

/** Wall time per stage, from the progress callback. */
function stageTimer() {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const firstSeen: Record<string, number> = {};
  const onProgress = (_f: number, stage: string) => {
    // The geo model names its stages differently ("sampling the shapes and bootstrapping").
    const key = stage.startsWith("searching") ? "search" : stage.includes("bootstrapping") ? "bootstrapping" : stage;
    firstSeen[key] ??= performance.now() - t0;
  };
  const summary = () =>
    `search ${((firstSeen.bootstrapping ?? 0) / 1000).toFixed(1)} s, bootstrap ${(((firstSeen.summarising ?? 0) - (firstSeen.bootstrapping ?? 0)) / 1000).toFixed(1)} s`;
  /** CPU seconds of this process since the timer started: the wall time an idle core would take (the fit is single-threaded). */
  const cpuSeconds = () => {
    const d = process.cpuUsage(cpu0);
    return (d.user + d.system) / 1e6;
  };
  return { onProgress, summary, cpuSeconds };
}

type Line = {
  dataset: string;
  channels: number;
  baggedMedianErr?: number;
  medianErr?: number;
  worstErr?: number;
  coverage?: string;
  r2: number;
  nrmse: number;
  seconds: number;
  cpu: number;
  note: string;
};
const lines: Line[] = [];

function score(dataset: string, result: MmmResult, truth: Record<string, number> | undefined, note: string, cpu: number) {
  let baggedMedian: number | undefined, medianErr: number | undefined, worstErr: number | undefined, coverage: string | undefined;
  console.log(
    `\n== ${dataset} (${result.weeks} weeks, ${result.channels.length} channels, adstock ${result.settings.adstock}, λ ${result.fit.lambda}) ${result.seconds.toFixed(2)} s`,
  );
  if (truth) {
    const errs: number[] = [],
      bagged: number[] = [];
    let inside = 0;
    for (const c of result.channels) {
      const t = truth[c.name];
      const err = Math.abs(c.roi - t) / Math.abs(t);
      errs.push(err);
      bagged.push(Math.abs(c.roiMedian - t) / Math.abs(t));
      const ok = c.roiLow <= t && t <= c.roiHigh;
      if (ok) inside++;
      console.log(
        `  ${c.name.padEnd(12)} true ROI ${fmt(t)}  est ${fmt(c.roi)} [${fmt(c.roiLow)}, ${fmt(c.roiHigh)}] ${ok ? "covered" : "MISSED "} err ${(100 * err).toFixed(1)} %  share ${(100 * c.share).toFixed(1)} %`,
      );
    }
    errs.sort((a, b) => a - b);
    const mid = errs.length / 2;
    medianErr = errs.length % 2 ? errs[Math.floor(mid)] : (errs[mid - 1] + errs[mid]) / 2;
    worstErr = errs[errs.length - 1];
    coverage = `${inside}/${errs.length}`;
    bagged.sort((a, b) => a - b);
    baggedMedian = bagged.length % 2 ? bagged[Math.floor(mid)] : (bagged[mid - 1] + bagged[mid]) / 2;
  } else {
    for (const c of result.channels)
      console.log(
        `  ${c.name.padEnd(12)} ROI ${fmt(c.roi)} [${fmt(c.roiLow)}, ${fmt(c.roiHigh)}]  effect share ${(100 * c.share).toFixed(1)} %  spend share ${(100 * c.spendShare).toFixed(1)} %  carryover ${c.carryoverWeeks} wk`,
      );
  }
  console.log(
    `  fit: R² ${result.fit.r2.toFixed(3)}  NRMSE ${result.fit.nrmse.toFixed(4)}  MAPE ${(100 * result.fit.mape).toFixed(2)} %  DW ${result.fit.dw.toFixed(2)}  RSSD ${result.fit.decompRssd.toFixed(3)}`,
  );
  lines.push({
    dataset,
    channels: result.channels.length,
    baggedMedianErr: baggedMedian,
    medianErr,
    worstErr,
    coverage,
    r2: result.fit.r2,
    nrmse: result.fit.nrmse,
    seconds: result.seconds,
    cpu,
    note,
  });
}
const fmt = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(3));

const baseOptions: MmmOptions = quick ? { iterations: 60, bootstrap: 100 } : {};

// ---- pymc-marketing mmm_example.csv ----------------------------------------------------------------
{
  const rows = readCsv(`${DATA}/pymc-marketing-mmm_example.csv`);
  const input: MmmInput = {
    dates: rows.map((r) => r.date_week),
    kpi: rows.map((r) => num(r.y)),
    kpiName: "sales",
    media: ["x1", "x2"].map((name) => ({ name, spend: rows.map((r) => num(r[name])) })),
    controls: ["event_1", "event_2"].map((name) => ({ name, values: rows.map((r) => num(r[name])) })),
  };
  // l_max = 8 in pymc-marketing means lags 0..7. Truth (README): in-window ROAS x1 ≈ 4,967.8, x2 ≈ 2,274.9.
  const timer = stageTimer();
  const result = fitMarketingMixModel(input, { ...baseOptions, seed: 1, maxLag: 7, adstock: "geometric" }, timer.onProgress);
  score(
    "pymc-marketing mmm_example",
    result,
    { x1: 4967.8, x2: 2274.9 },
    `logistic saturation in truth, Hill in model; ${timer.summary()}`,
    timer.cpuSeconds(),
  );
}

// ---- Robyn dt_simulated_weekly.csv (Robyn demo window 2016-01-04 … 2018-12-31) -------------------------
{
  const rows = readCsv(`${DATA}/robyn-dt_simulated_weekly.csv`).filter((r) => r.DATE >= "2016-01-01" && r.DATE <= "2018-12-31");
  const input: MmmInput = {
    dates: rows.map((r) => r.DATE),
    kpi: rows.map((r) => num(r.revenue)),
    kpiName: "revenue",
    media: ["tv_S", "ooh_S", "print_S", "facebook_S", "search_S"].map((name) => ({ name, spend: rows.map((r) => num(r[name])) })),
    controls: [
      { name: "competitor_sales_B", values: rows.map((r) => num(r.competitor_sales_B)) },
      { name: "newsletter", values: rows.map((r) => num(r.newsletter)), sign: "positive" },
      { name: "event1", values: rows.map((r) => (r.events === "event1" ? 1 : 0)) },
      { name: "event2", values: rows.map((r) => (r.events === "event2" ? 1 : 0)) },
    ],
  };
  const timer = stageTimer();
  const result = fitMarketingMixModel(input, { ...baseOptions, seed: 1, maxLag: 8, adstock: "geometric" }, timer.onProgress);
  score("Robyn dt_simulated_weekly", result, undefined, `no ground truth; ${timer.summary()}`, timer.cpuSeconds());
}

// ---- Mixcast demo generator ------------------------------------------------------------------------

/**
 * The demo's decision under its truth: the plan `mixcast optimize` makes by default (revenue, the historical mean
 * weekly budget; responseModelFromResult + allocateBudget, the CLI's own path) scored with the demo's TRUE national
 * curves at steady state (lib/demo/channel-config.ts: Hill on adstocked national spend, adstock weights summing to 1),
 * against keeping the current mix and against the true optimum (dynamic programming on a $100 grid).
 */
function demoDecision(result: MmmResult): string {
  const model = responseModelFromResult(JSON.parse(JSON.stringify(result)));
  const current = Object.fromEntries(model.channels.map((c) => [c.name, c.meanWeeklySpend]));
  const budget = Object.values(current).reduce((a, b) => a + b, 0);
  const plan = allocateBudget(model, { totalBudget: budget, objective: "revenue" });
  const curves = DEMO_CHANNELS.filter((c) => c.name in current);
  const outcome = (x: Record<string, number>) => curves.reduce((s, c) => s + hillResponse(c.saturation, x[c.name] ?? 0), 0);
  const step = 100,
    K = Math.round(budget / step);
  let best = new Float64Array(K + 1);
  for (const c of curves) {
    const next = new Float64Array(K + 1).fill(-Infinity);
    for (let k = 0; k <= K; k++) for (let j = 0; j <= k; j++) next[k] = Math.max(next[k], best[k - j] + hillResponse(c.saturation, j * step));
    best = next;
  }
  const [now, planned, optimum] = [outcome(current), outcome(plan.allocation), best[K]];
  const pct = (v: number) => `${(100 * v).toFixed(1)} %`;
  return `plan under the truth: ${planned >= now ? "+" : ""}${pct(planned / now - 1)} vs the current mix, regret ${pct((optimum - planned) / optimum)} (keep current: ${pct((optimum - now) / optimum)}); model said ${pct(plan.gainVsCurrent.mean / now)}`;
}
type DemoModule = {
  generateDemoDataset?: (o: { seed?: number; weeks?: number }) => DemoLikeDataset & { truth: { channels: { name: string; roi: number }[] } };
};

const demo: DemoModule = await import("../lib/demo").catch(() => ({}));
if (demo.generateDemoDataset) {
  const seeds = quick ? [1] : [1, 2, 3];
  for (const withLift of [false, true]) {
    for (const seed of seeds) {
      const ds = demo.generateDemoDataset({ seed, weeks: 156 });
      const truth = Object.fromEntries(ds.truth.channels.map((c) => [c.name, c.roi]));
      const input = demoNationalInput(ds, withLift);
      const timer = stageTimer();
      const result = fitMarketingMixModel(input, { ...baseOptions, seed, adstock: demoAdstock, maxLag: 10 }, timer.onProgress);
      score(
        `demo seed ${seed}${withLift ? " + lift tests" : ""}`,
        result,
        truth,
        `${withLift ? `${input.liftTests?.length ?? 0} lift tests; ` : ""}${timer.summary()}; ${demoDecision(result)}`,
        timer.cpuSeconds(),
      );
    }
  }
  // The app's default on the demo (issue 13): the geo-level model on the 4 regions, calibrated by the same lift tests.
  for (const seed of seeds) {
    const ds = demo.generateDemoDataset({ seed, weeks: 156 });
    const truth = Object.fromEntries(ds.truth.channels.map((c) => [c.name, c.roi]));
    const rows = {
      revenue: (ds.demand as unknown as { week: string; region: string; revenue: number }[]).map((r) => ({
        week: r.week,
        region: r.region,
        revenue: r.revenue,
      })),
      spend: (ds.spend as unknown as { week: string; region: string; channel: string; spend: number }[]).map((r) => ({
        week: r.week,
        region: r.region,
        channel: r.channel,
        spend: r.spend,
      })),
    };
    const geoInput = buildGeoInput(rows, demoNationalInput(ds, true)).input;
    if (!geoInput) throw new Error("bench:mmm: the demo has no complete regional panel");
    const timer = stageTimer();
    const result = fitGeoMixModel(geoInput, { seed, adstock: "geometric", maxLag: 10, ...(quick ? { iterations: 30, bootstrap: 60 } : {}) }, timer.onProgress);
    score(
      `demo seed ${seed} geo (4 regions) + lift tests`,
      result,
      truth,
      `${geoInput.liftTests?.length ?? 0} lift tests; ${timer.summary()}; ${demoDecision(result)}`,
      timer.cpuSeconds(),
    );
  }
} else console.log("\n(lib/demo has no generateDemoDataset yet: demo benchmark skipped)");

console.log(
  "\n| dataset | channels | median ROI err | worst ROI err | median err of bagged ROI | 90 % coverage | R² | NRMSE | wall s | CPU s | note |\n|---|---|---|---|---|---|---|---|---|---|---|",
);
for (const l of lines) {
  const pct = (v?: number) => (v === undefined ? "—" : `${(100 * v).toFixed(1)} %`);
  console.log(
    `| ${l.dataset} | ${l.channels} | ${pct(l.medianErr)} | ${pct(l.worstErr)} | ${pct(l.baggedMedianErr)} | ${l.coverage ?? "—"} | ${l.r2.toFixed(3)} | ${l.nrmse.toFixed(4)} | ${l.seconds.toFixed(2)} | ${l.cpu.toFixed(2)} | ${l.note} |`,
  );
}
