/**
 * `npm run bench:alt` — the decision benchmark on the second, independently written family (alt-case.ts).
 * Every case goes through the installed CLI exactly as a user runs it (`node bin/mixcast.mjs mmm … --seed 1`, then
 * `optimize --budget <historical mean weekly spend>`, defaults otherwise) and is scored under the truth.
 *
 *   npm run bench:alt                          # seeds 1–40, 2 processes
 *   npm run bench:alt -- --from 41 --count 40 --jobs 2 --keep
 *   npm run bench:alt -- --replan DIR          # re-plan the fits a --keep run left in DIR (optimizer changes only)
 *   npm run bench:alt -- --lift-tests          # with one simulated lift test per channel that is not flighted
 *
 * Writes bench/out/alt-<from>-<count>-<timestamp>.json; see bench/README-alt.md.
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { makeAltCase, trueOptimum, trueOutcome, type AltCase } from "./alt-case";
import { altLiftCsv, altLiftTests } from "./alt-lift";
import { altOracle } from "./alt-oracle";

const root = fileURLToPath(new URL("../..", import.meta.url));
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const from = Number(arg("from", "1")),
  count = Number(arg("count", "40")),
  jobs = Number(arg("jobs", "2"));
const keep = process.argv.includes("--keep");
const replan = process.argv.includes("--replan") ? arg("replan", "") : "";
// --lift-tests: one simulated lift test per channel that is not flighted (alt-lift.ts), passed to mixcast mmm --lift.
const liftTests = process.argv.includes("--lift-tests");

const cli = (args: string[]) =>
  new Promise<{ code: number; output: string }>((resolve) =>
    execFile(process.execPath, [path.join(root, "bin/mixcast.mjs"), ...args], { cwd: root, maxBuffer: 1 << 28 }, (e, stdout, stderr) =>
      resolve({ code: e ? Number(e.code ?? 1) : 0, output: `${stdout}${stderr}` }),
    ),
  );

type Scored = {
  seed: number;
  weeks: number;
  channels: number;
  error?: string;
  regret?: number;
  /** (current − plan) / current under the truth; > 0: the plan is worse than keeping the current mix. */
  lossVsCurrent?: number;
  currentRegret: number;
  /** Regret of the true curves' best plan with every channel capped at its largest weekly spend. */
  inRangeRegret: number;
  step?: number;
  probBeatsCurrent?: number | null;
  seconds?: number;
  perChannel?: {
    name: string;
    isNull: boolean;
    pattern: string;
    saturation: string;
    trueRoi: number;
    roi: number;
    roiLow: number;
    roiHigh: number;
    identified?: boolean;
    oracleRoi: number;
    oracleT: number;
    current: number;
    plan: number;
    optimum: number;
  }[];
};

async function score(c: AltCase, dir: string, fit: boolean): Promise<Scored> {
  const names = c.channels.map((ch) => ch.name);
  const current = Object.fromEntries(c.channels.map((ch) => [ch.name, ch.current]));
  const optimum = trueOptimum(c);
  const inRange = trueOptimum(c, Object.fromEntries(c.channels.map((ch) => [ch.name, ch.maxSpend])));
  const base: Scored = {
    seed: c.seed,
    weeks: c.weeks,
    channels: names.length,
    currentRegret: (optimum.outcome - trueOutcome(c, current)) / optimum.outcome,
    inRangeRegret: (optimum.outcome - inRange.outcome) / optimum.outcome,
  };
  const t0 = performance.now();
  if (fit) {
    writeFileSync(path.join(dir, "data.csv"), c.csv);
    const lifts = liftTests ? altLiftTests(c) : [];
    if (lifts.length) writeFileSync(path.join(dir, "lift.csv"), altLiftCsv(lifts));
    const r = await cli([
      "mmm",
      "--input",
      path.join(dir, "data.csv"),
      "--date",
      "date",
      "--kpi",
      "kpi",
      "--spend",
      names.join(","),
      "--controls",
      "price",
      "--out",
      path.join(dir, "result.json"),
      "--seed",
      "1",
      ...(lifts.length ? ["--lift", path.join(dir, "lift.csv")] : []),
    ]);
    if (r.code) return { ...base, error: `mixcast mmm exit ${r.code}: ${r.output.trim().slice(0, 400)}` };
  }
  const p = await cli(["optimize", "--model", path.join(dir, "result.json"), "--budget", String(c.budget), "--out", path.join(dir, "plan.json")]);
  if (p.code) return { ...base, error: `mixcast optimize exit ${p.code}: ${p.output.trim().slice(0, 400)}` };
  const seconds = (performance.now() - t0) / 1000;
  const result = JSON.parse(readFileSync(path.join(dir, "result.json"), "utf8")) as {
    channels: { name: string; roi: number; roiLow: number; roiHigh: number; identified?: boolean }[];
  };
  const plan = JSON.parse(readFileSync(path.join(dir, "plan.json"), "utf8")) as {
    allocation: Record<string, number>;
    probBeatsCurrent?: number | null;
    safeguard?: { step: number };
  };
  const outcome = trueOutcome(c, plan.allocation);
  const oracle = altOracle(c);
  return {
    ...base,
    regret: (optimum.outcome - outcome) / optimum.outcome,
    lossVsCurrent: (trueOutcome(c, current) - outcome) / trueOutcome(c, current),
    step: plan.safeguard?.step,
    probBeatsCurrent: plan.probBeatsCurrent,
    seconds,
    perChannel: c.channels.map((ch, i) => {
      const est = result.channels.find((x) => x.name === ch.name);
      if (!est) throw new Error(`bench:alt: result.json has no channel ${ch.name}`);
      return {
        name: ch.name,
        isNull: ch.isNull,
        pattern: ch.pattern,
        saturation: ch.saturation.kind,
        trueRoi: ch.roi,
        roi: est.roi,
        roiLow: est.roiLow,
        roiHigh: est.roiHigh,
        identified: est.identified,
        oracleRoi: oracle[i].roi,
        oracleT: oracle[i].t,
        current: ch.current,
        plan: plan.allocation[ch.name] ?? 0,
        optimum: optimum.allocation[ch.name],
      };
    }),
  };
}

const median = (v: number[]) => {
  const s = v.slice().sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const quantile = (v: number[], q: number) => {
  const s = v.slice().sort((a, b) => a - b);
  const h = (s.length - 1) * q,
    lo = Math.floor(h);
  return s[lo] + (h - lo) * (s[Math.min(lo + 1, s.length - 1)] - s[lo]);
};
const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

async function main() {
  const dir = replan || mkdtempSync(path.join(tmpdir(), "mixcast-alt-"));
  const seeds = Array.from({ length: count }, (_, i) => from + i);
  const queue = seeds.slice();
  const results: Scored[] = [];
  await Promise.all(
    Array.from({ length: Math.max(1, jobs) }, async () => {
      for (let s = queue.shift(); s !== undefined; s = queue.shift()) {
        const caseDir = path.join(dir, `alt-${s}`);
        mkdirSync(caseDir, { recursive: true });
        const r = await score(makeAltCase(s), caseDir, !replan);
        results.push(r);
        const line = r.error
          ? `error: ${r.error}`
          : `regret ${pct(r.regret!)} (current mix ${pct(r.currentRegret)}, true curves in range ${pct(r.inRangeRegret)}), loss vs current ${pct(r.lossVsCurrent!)}, step ${r.step}, ${r.seconds!.toFixed(1)} s`;
        console.log(`[${results.length}/${seeds.length}] alt-${s} (${r.weeks} w × ${r.channels} ch): ${line}`);
      }
    }),
  );
  results.sort((a, b) => a.seed - b.seed);
  const ok = results.filter((r) => !r.error);
  const regrets = ok.map((r) => r.regret!);
  const channels = ok.flatMap((r) => r.perChannel!);
  const real = channels.filter((c) => !c.isNull);
  const err = (c: { roi: number; trueRoi: number }) => Math.abs(c.roi - c.trueRoi) / c.trueRoi;
  const byOracle = (lo: number, hi: number) => real.filter((c) => c.oracleT >= lo && c.oracleT < hi);
  const nulls = channels.filter((c) => c.isNull);
  const losers = ok.filter((r) => r.lossVsCurrent! > 1e-4);
  const summary = {
    cases: results.length,
    failed: results.length - ok.length,
    regret: { mean: regrets.reduce((a, b) => a + b, 0) / regrets.length, median: median(regrets), p90: quantile(regrets, 0.9), worst: Math.max(...regrets) },
    currentMixRegret: { median: median(ok.map((r) => r.currentRegret)), worst: Math.max(...ok.map((r) => r.currentRegret)) },
    inRangeRegret: { median: median(ok.map((r) => r.inRangeRegret)), worst: Math.max(...ok.map((r) => r.inRangeRegret)) },
    worseThanCurrent: {
      count: losers.length,
      summed: losers.reduce((s, r) => s + r.lossVsCurrent!, 0),
      largest: Math.max(0, ...losers.map((r) => r.lossVsCurrent!)),
    },
    keptCurrentMix: ok.filter((r) => r.step === 0).length,
    roiErrorPerDataset: median(ok.map((r) => median(r.perChannel!.filter((c) => !c.isNull).map(err)))),
    roiErrorByOracleT: [
      [4, Infinity],
      [2, 4],
      [-Infinity, 2],
    ].map(([lo, hi]) => {
      const g = byOracle(lo, hi);
      return {
        oracleT: `[${lo}, ${hi})`,
        channels: g.length,
        ours: median(g.map(err)),
        oracle: median(g.map((c) => Math.abs(c.oracleRoi - c.trueRoi) / c.trueRoi)),
        flagged: g.filter((c) => c.identified === false).length,
      };
    }),
    coverage: channels.filter((c) => c.roiLow <= c.trueRoi && c.trueRoi <= c.roiHigh).length / channels.length,
    nulls: { passed: nulls.filter((c) => c.roi <= 0.3 && c.roiLow <= 0.01).length, total: nulls.length },
    secondsMedian: median(ok.map((r) => r.seconds!)),
  };
  console.log(`\nbench:alt seeds ${from}–${from + count - 1}: ${ok.length} scored, ${summary.failed} failed`);
  console.log(`| | value |\n|---|---:|`);
  console.log(
    `| regret mean / median / p90 / worst | ${[summary.regret.mean, summary.regret.median, summary.regret.p90, summary.regret.worst].map(pct).join(" / ")} |`,
  );
  console.log(`| keep the current mix: regret median / worst | ${pct(summary.currentMixRegret.median)} / ${pct(summary.currentMixRegret.worst)} |`);
  console.log(
    `| true curves capped at the largest weekly spend: median / worst | ${pct(summary.inRangeRegret.median)} / ${pct(summary.inRangeRegret.worst)} |`,
  );
  console.log(
    `| plans worse than the current mix (summed; largest) | ${losers.length} (${pct(summary.worseThanCurrent.summed)}; ${pct(summary.worseThanCurrent.largest)}) |`,
  );
  console.log(`| plans that keep the current mix | ${summary.keptCurrentMix} |`);
  console.log(`| ROI error, per-dataset median | ${pct(summary.roiErrorPerDataset)} |`);
  for (const g of summary.roiErrorByOracleT)
    console.log(
      `| ROI error, channels with oracle t in ${g.oracleT} (n ${g.channels}): ours / oracle; flagged | ${pct(g.ours)} / ${pct(g.oracle)}; ${g.flagged} |`,
    );
  console.log(`| 90 % coverage of the true ROI | ${pct(summary.coverage)} |`);
  console.log(`| null channels: ROI ≤ 0.3, interval from 0 | ${summary.nulls.passed} / ${summary.nulls.total} |`);
  console.log(`| fit + plan, median seconds (wall) | ${summary.secondsMedian.toFixed(1)} |`);
  for (const r of results.filter((x) => x.error)) console.log(`failed: alt-${r.seed}: ${r.error}`);
  mkdirSync(path.join(root, "bench/out"), { recursive: true });
  const out = path.join(root, "bench/out", `alt-${from}-${count}-${liftTests ? "lift-" : ""}${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  writeFileSync(out, `${JSON.stringify({ from, count, summary, cases: results }, null, 1)}\n`);
  console.log(`\nwrote ${path.relative(root, out)}${keep || replan ? `; fits in ${dir}` : ""}`);
  if (!keep && !replan) rmSync(dir, { recursive: true, force: true });
  process.exitCode = summary.failed ? 1 : 0;
}

void main();
