/**
 * Geo benchmark: `npm run bench:geo [-- --only a,b] [--random N [--random-from K]] [--seed-offset N] [--keep] [--no-national] [--no-population] [--lift-tests [--lift-noise REL,ROI]]`. For each generated geo case
 * (bench/geo/geo-cases.ts; generator bench/geo/generate-geo-case.ts, which imports nothing from lib/), fits
 *   - the geo model: `mixcast mmm --geo region --population population` on the long CSV, and
 *   - the national model: `mixcast mmm` on the summed national CSV (the same data, regions added up),
 * both through the CLI's run() with default settings, and scores them against the truth: national ROI error per
 * channel (median over non-null channels), 90 % interval coverage of the true ROI (all channels), the null channel's
 * ROI and whether its interval reaches 0, the per-region ROI error (median over regions × non-null channels; also for
 * the small regions alone) and the seconds; and each model's default national plan (`mixcast optimize` at the mean
 * weekly budget) under the true curves (bench/geo/true-national-plan.ts): loss against the current mix and regret
 * against the true optimum; beside them the floor the data allow (bench/geo/geo-oracle.ts: per-region least squares
 * knowing every true shape). Prints markdown tables; writes bench/out/geo-<timestamp>.json.
 * `--seed-offset 1000` is the held-out set (same structures, new random draws). See bench/README-geo.md.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { run as runMmm } from "../lib/cli/mmm-command";
import { allocateBudget } from "../lib/optimize/allocate-budget";
import { keptCurrentMix } from "../lib/optimize/plan-risk";
import { responseModelFromResult } from "../lib/optimize/response-model-from-result";
import { GEO_CASE_NAMES } from "./geo/geo-cases";
import { randomGeoCaseSpec } from "./geo/random-geo-cases";
import { generateGeoCase } from "./geo/generate-geo-case";
import { geoOracle } from "./geo/geo-oracle";
import { liftCsv } from "./decisions/lift-tests";
import { simulatedLiftTests } from "./geo/lift-tests";
import { nationalTruth, trueOptimum, trueRevenue } from "./geo/true-national-plan";

type Fitted = {
  channels: { name: string; roi: number; roiLow: number; roiHigh: number }[];
  seconds: number;
  geos?: { name: string; channels: { name: string; roi: number; roiLow: number; roiHigh: number }[] }[];
};

const median = (v: number[]) => {
  const s = v.filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const h = s.length >> 1;
  return s.length % 2 ? s[h] : 0.5 * (s[h - 1] + s[h]);
};
const pct = (v: number) => (Number.isFinite(v) ? `${(100 * v).toFixed(1)} %` : "—");

async function main() {
  const { values } = parseArgs({
    options: {
      only: { type: "string" },
      "seed-offset": { type: "string" },
      keep: { type: "boolean" },
      "no-national": { type: "boolean" },
      "no-population": { type: "boolean" },
      random: { type: "string" },
      "random-from": { type: "string" },
      "lift-tests": { type: "boolean" },
      "lift-noise": { type: "string" },
    },
  });
  let names = values.only ? values.only.split(",").map((s) => s.trim()) : GEO_CASE_NAMES;
  if (values.random !== undefined) {
    // Random structures instead of the named ones (bench/geo/random-geo-cases.ts).
    const count = Number(values.random),
      from = Number(values["random-from"] ?? 0);
    if (!Number.isInteger(count) || count < 1 || !Number.isInteger(from) || from < 0) throw new Error("--random N [--random-from K]: integers, N ≥ 1, K ≥ 0");
    names = Array.from({ length: count }, (_, i) => randomGeoCaseSpec(from + i).name);
  }
  const seedOffset = Number(values["seed-offset"] ?? 0);
  const root = mkdtempSync(path.join(os.tmpdir(), "mixcast-bench-geo-"));
  const quiet = process.stdout.write.bind(process.stdout);
  const rows: Record<string, unknown>[] = [];
  for (const name of names) {
    const g = generateGeoCase(name, seedOffset);
    const dir = path.join(root, name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "long.csv"), g.longCsv);
    writeFileSync(path.join(dir, "national.csv"), g.nationalCsv);
    const channels = g.spec.channels.map((c) => c.name);
    const fit = async (args: string[], out: string): Promise<Fitted> => {
      process.stdout.write = (() => true) as typeof process.stdout.write;
      try {
        const code = await runMmm([...args, "--date", "week", "--kpi", "kpi", "--spend", channels.join(","), "--out", out, "--seed", "1"]);
        if (code !== 0) throw new Error(`${name}: mixcast mmm exited ${code}`);
      } finally {
        process.stdout.write = quiet;
      }
      return JSON.parse(readFileSync(out, "utf8"));
    };
    const cpu0 = process.cpuUsage();
    // --no-population fits without the populations (sizes = the regions' mean KPI, per-size levels free): the CLI's other mode.
    const popArgs = values["no-population"] ? [] : ["--population", "population"];
    // --lift-tests gives both models one simulated experiment per always-on or seasonal channel (bench/geo/lift-tests.ts).
    // --lift-noise REL,ROI sets the tests' standard error: REL × |lift| + ROI × the window's spend (default 0.1,0.2).
    const [relative, roiSe] = (values["lift-noise"] ?? "0.1,0.2").split(",").map(Number);
    const lifts = values["lift-tests"] ? simulatedLiftTests(g, { relative, roiSe }) : [];
    if (lifts.length) writeFileSync(path.join(dir, "lift.csv"), liftCsv(lifts));
    const liftArgs = lifts.length ? ["--lift", path.join(dir, "lift.csv")] : [];
    const geo = await fit(["--input", path.join(dir, "long.csv"), "--geo", "region", ...popArgs, ...liftArgs], path.join(dir, "geo.json"));
    const cpu = process.cpuUsage(cpu0);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    // --no-national skips the national model (its numbers do not depend on the geo model; the README keeps them).
    const nat = values["no-national"] ? geo : await fit(["--input", path.join(dir, "national.csv"), ...liftArgs], path.join(dir, "national.json"));
    // The truth the plans are scored against (bench/geo/true-national-plan.ts): the current mix, its outcome, the optimum.
    const truth = nationalTruth(g);
    const budget = truth.current.reduce((a, b) => a + b, 0);
    const currentOutcome = trueRevenue(truth, truth.current);
    const optimum = trueOptimum(truth, budget);
    const score = (r: Fitted) => {
      const errs: number[] = [];
      let covered = 0;
      const nulls: string[] = [];
      g.truth.channels.forEach((t, i) => {
        const c = r.channels[i];
        if (!t.isNull) errs.push(Math.abs(c.roi - t.roi) / t.roi);
        else nulls.push(`${c.roi.toFixed(2)} [${c.roiLow.toFixed(2)}, ${c.roiHigh.toFixed(2)}]`);
        if (c.roiLow <= t.roi + 1e-9 && t.roi <= c.roiHigh + 1e-9) covered++;
      });
      const nullOk = g.truth.channels.every((t, i) => !t.isNull || (r.channels[i].roi <= 0.3 && r.channels[i].roiLow <= 1e-9));
      // The default plan at the mean weekly budget, as `mixcast optimize --model … --budget …` makes it, under the truth.
      const plan = allocateBudget(responseModelFromResult(r), { totalBudget: budget, objective: "revenue" });
      const planned = trueRevenue(
        truth,
        truth.names.map((n) => plan.allocation[n] ?? 0),
      );
      const decision = {
        lossVsCurrent: (currentOutcome - planned) / currentOutcome,
        regret: (optimum.outcome - planned) / optimum.outcome,
        kept: keptCurrentMix(plan.safeguard),
        claimed: plan.gainVsCurrent.mean / currentOutcome,
      };
      return { medianError: median(errs), coverage: covered / g.truth.channels.length, nulls: nulls.join("; "), nullOk, seconds: r.seconds, decision };
    };
    const regionErrors: number[] = [],
      smallErrors: number[] = [];
    let regionCovered = 0,
      regionCount = 0;
    geo.geos!.forEach((gr) => {
      const truth = g.truth.regions.find((t) => t.name === gr.name)!;
      gr.channels.forEach((c, ci) => {
        const t = truth.channels[ci];
        regionCount++;
        if (c.roiLow <= t.roi + 1e-9 && t.roi <= c.roiHigh + 1e-9) regionCovered++;
        if (g.truth.channels[ci].isNull) return;
        const e = Math.abs(c.roi - t.roi) / t.roi;
        regionErrors.push(e);
        if (truth.small) smallErrors.push(e);
      });
    });
    const row = {
      name,
      seedOffset,
      cpuSeconds,
      regions: g.regions.length,
      weeks: g.dates.length,
      channels: channels.length,
      geo: score(geo),
      national: score(nat),
      // The floor: per-region OLS knowing every true shape and the season (bench/geo/geo-oracle.ts).
      oracle: geoOracle(g),
      regionMedianError: median(regionErrors),
      smallRegionMedianError: median(smallErrors),
      regionCoverage: regionCovered / regionCount,
      headroom: (optimum.outcome - currentOutcome) / optimum.outcome,
      perChannel: g.truth.channels.map((t, i) => ({ name: t.name, truth: t.roi, geo: geo.channels[i], national: nat.channels[i] })),
    };
    rows.push(row);
    process.stderr.write(
      `${name}: geo ${pct(row.geo.medianError)} (${row.geo.seconds.toFixed(1)} s), national ${pct(row.national.medianError)}; regions ${pct(row.regionMedianError)}\n`,
    );
  }
  const out: string[] = [];
  out.push(`seed offset ${seedOffset}`, "");
  out.push(
    "| case | regions × weeks × channels | national ROI error: geo | national model | oracle (true shapes; pooled) | 90 % coverage: geo | national model | null channel: geo | national model | region ROI error (small regions) | region coverage | geo seconds (CPU) |",
  );
  out.push("|---|---|---|---|---|---|---|---|---|---|---|---|");
  // The rows pushed above, read back with the fields the tables use.
  type Decision = { lossVsCurrent: number; regret: number; kept: boolean; claimed: number };
  type Score = { medianError: number; coverage: number; nulls: string; nullOk: boolean; seconds: number; decision: Decision };
  type Row = {
    name: string;
    regions: number;
    weeks: number;
    channels: number;
    cpuSeconds: number;
    regionMedianError: number;
    smallRegionMedianError: number;
    regionCoverage: number;
    geo: Score;
    national: Score;
    oracle: { unpooledMedianError: number; pooledMedianError: number };
  };
  for (const r of rows as unknown as Row[])
    out.push(
      `| ${r.name} | ${r.regions} × ${r.weeks} × ${r.channels} | ${pct(r.geo.medianError)} | ${pct(r.national.medianError)} | ${pct(r.oracle.unpooledMedianError)}; ${pct(r.oracle.pooledMedianError)} | ${pct(r.geo.coverage)} | ${pct(r.national.coverage)} | ${r.geo.nulls}${r.geo.nullOk ? "" : " ✗"} | ${r.national.nulls}${r.national.nullOk ? "" : " ✗"} | ${pct(r.regionMedianError)} (${pct(r.smallRegionMedianError)}) | ${pct(r.regionCoverage)} | ${r.geo.seconds.toFixed(1)} (${r.cpuSeconds.toFixed(1)}) |`,
    );
  const all = rows as unknown as Row[];
  // The plans under the truth (steady state, national view, the data's regional split kept).
  out.push(
    "",
    "| case | headroom (keep current: regret) | geo plan: loss vs current · regret · model's claimed gain | national model's plan: loss vs current · regret · claimed |",
    "|---|---|---|---|",
  );
  const cell = (d: Decision) => (d.kept ? "keeps the current mix" : `${pct(d.lossVsCurrent)} · ${pct(d.regret)} · ${pct(d.claimed)}`);
  for (const r of rows as unknown as (Row & { headroom: number })[])
    out.push(`| ${r.name} | ${pct(r.headroom)} | ${cell(r.geo.decision)} | ${cell(r.national.decision)} |`);
  const losers = (k: "geo" | "national") => all.filter((r) => r[k].decision.lossVsCurrent > 1e-6);
  out.push(
    "",
    `median over cases — national ROI error: geo ${pct(median(all.map((r) => r.geo.medianError)))}, national model ${pct(median(all.map((r) => r.national.medianError)))}, oracle ${pct(median(all.map((r) => r.oracle.unpooledMedianError)))} (pooled ${pct(median(all.map((r) => r.oracle.pooledMedianError)))}); coverage geo ${pct(all.reduce((s, r) => s + r.geo.coverage, 0) / all.length)} (mean); region ROI error ${pct(median(all.map((r) => r.regionMedianError)))}; null channels passing (ROI ≤ 0.3, interval from 0): geo ${all.filter((r) => r.geo.nullOk).length}/${all.length}, national ${all.filter((r) => r.national.nullOk).length}/${all.length}; slowest geo fit ${Math.max(...all.map((r) => r.geo.seconds)).toFixed(1)} s wall, ${Math.max(...all.map((r) => r.cpuSeconds)).toFixed(1)} s CPU (one thread; the wall time includes waiting for the CPU on a shared machine)`,
    `plans under the truth — geo: regret median ${pct(median(all.map((r) => r.geo.decision.regret)))}, worse than the current mix ${losers("geo").length}/${all.length} (largest ${pct(Math.max(0, ...losers("geo").map((r) => r.geo.decision.lossVsCurrent)))}), keeps the current mix ${all.filter((r) => r.geo.decision.kept).length}; national model: regret median ${pct(median(all.map((r) => r.national.decision.regret)))}, worse ${losers("national").length}/${all.length} (largest ${pct(Math.max(0, ...losers("national").map((r) => r.national.decision.lossVsCurrent)))})`,
  );
  process.stdout.write(out.join("\n") + "\n");
  mkdirSync("bench/out", { recursive: true });
  writeFileSync(
    `bench/out/geo-seeds+${seedOffset}${values["no-population"] ? "-nopop" : ""}${values["lift-tests"] ? "-lift" : ""}-${new Date().toISOString().replace(/[:.]/g, "-")}.json`,
    JSON.stringify(rows, null, 1),
  );
  if (!values.keep) rmSync(root, { recursive: true, force: true });
  else process.stderr.write(`kept ${root}\n`);
}

main().catch((error) => {
  process.stderr.write(`bench:geo: ${(error as Error).stack}\n`);
  process.exit(1);
});
