/**
 * Decision benchmark: `npm run bench:decisions [-- --quick] [--only a,b] [--jobs N] [--keep] [--seed-offset N]`.
 * Generates the named cases (cases.ts), fits and plans each through the CLI's run() functions in child
 * processes (worker.ts → run-case.ts), scores the plans under the truth, prints a per-dataset table and a
 * summary (markdown), and writes everything to bench/out/decisions-<timestamp>.json. See bench/README-decisions.md.
 */
import { execSync, fork, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { CASE_NAMES, QUICK_CASES } from "./cases";
import { RANDOM_NAME, randomCaseSpec } from "./random-cases";
import type { CaseResult } from "./run-case";
import { caseTable, summarizeRun, summaryTable } from "./summarize";

const USAGE = `usage: npm run bench:decisions -- [--quick] [--only name1,name2] [--random N [--random-from K]] [--jobs N] [--keep] [--seed-offset N]
  --quick   the representative subset (${QUICK_CASES.length} cases): ${QUICK_CASES.join(", ")}
  --only    these cases (comma-separated; see bench/decisions/cases.ts)
  --random N
            instead of the 28 named structures, N random ones (random-cases.ts): random-K … random-(K+N−1)
  --random-from K
            the first random index (default 0)
  --jobs    child processes (default 2)
  --keep    keep the generated CSVs, truth and result JSONs (printed path) instead of deleting them
  --seed-offset N
            add N to every case's seed: the same 28 structures with fresh random draws (spend, price, noise) —
            the held-out set (e.g. 1000) on which a change tuned on the default seeds is checked (default 0)`;

const here = path.dirname(fileURLToPath(import.meta.url));

function runPool(names: string[], jobs: number, root: string, seedOffset: number): Promise<CaseResult[]> {
  const results = new Map<string, CaseResult>();
  const queue = names.slice();
  const started = performance.now();
  return new Promise((resolve, reject) => {
    let alive = 0;
    const startChild = () => {
      // fork() reuses process.execArgv, i.e. tsx's loader and --conditions=react-server.
      const child: ChildProcess = fork(path.join(here, "worker.ts"), [], { silent: true });
      alive++;
      let stderr = "";
      child.stdout?.on("data", () => {});
      child.stderr?.on("data", (d) => (stderr += String(d)));
      let current: string | undefined;
      const next = () => {
        current = queue.shift();
        if (current === undefined) return child.disconnect();
        child.send({ name: current, dir: path.join(root, current), seedOffset });
      };
      child.on("message", (msg: { name: string; result?: CaseResult; error?: string }) => {
        const r: CaseResult = msg.result ?? ({ name: msg.name, ok: false, error: msg.error } as CaseResult);
        results.set(msg.name, r);
        const t = ((performance.now() - started) / 1000).toFixed(0);
        const line = r.ok
          ? `regret ${(100 * r.score!.regret).toFixed(1)} %, loss vs current ${(100 * r.score!.lossVsCurrent).toFixed(1)} %, ${r.seconds!.total.toFixed(1)} s`
          : `FAILED: ${r.error?.split("\n")[0]}`;
        process.stderr.write(`[${results.size}/${names.length} · ${t} s] ${msg.name}: ${line}\n`);
        next();
      });
      child.on("exit", (code) => {
        alive--;
        if (current !== undefined && !results.has(current))
          return reject(new Error(`bench:decisions: worker exited (code ${code}) while running ${current}\n${stderr}`));
        if (alive === 0) resolve(names.map((n) => results.get(n)!));
      });
      next();
    };
    for (let j = 0; j < Math.min(jobs, names.length); j++) startChild();
  });
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      quick: { type: "boolean" },
      only: { type: "string" },
      jobs: { type: "string" },
      keep: { type: "boolean" },
      "seed-offset": { type: "string" },
      random: { type: "string" },
      "random-from": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  let names = values.quick ? QUICK_CASES.slice() : CASE_NAMES.slice();
  if (values.only) {
    names = values.only
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    const unknown = names.filter((n) => !CASE_NAMES.includes(n) && !RANDOM_NAME.test(n));
    if (unknown.length) throw new Error(`unknown case(s): ${unknown.join(", ")}\nknown: ${CASE_NAMES.join(", ")}`);
  }
  if (values.random !== undefined) {
    const count = Number(values.random),
      from = Number(values["random-from"] ?? 0);
    if (!Number.isInteger(count) || count < 1) throw new Error(`--random must be an integer ≥ 1, got "${values.random}"`);
    if (!Number.isInteger(from) || from < 0) throw new Error(`--random-from must be an integer ≥ 0, got "${values["random-from"]}"`);
    names = Array.from({ length: count }, (_, i) => randomCaseSpec(from + i).name);
  }
  const jobs = Number(values.jobs ?? 2);
  if (!Number.isInteger(jobs) || jobs < 1) throw new Error(`--jobs must be an integer ≥ 1, got "${values.jobs}"`);

  const seedOffset = Number(values["seed-offset"] ?? 0);
  if (!Number.isInteger(seedOffset) || seedOffset < 0) throw new Error(`--seed-offset must be an integer ≥ 0, got "${values["seed-offset"]}"`);

  const root = mkdtempSync(path.join(os.tmpdir(), "mixcast-decisions-"));
  const startedAt = new Date();
  let commit = "unknown";
  try {
    commit =
      execSync("git rev-parse --short HEAD", { encoding: "utf8" }).trim() +
      (execSync("git status --porcelain -- lib", { encoding: "utf8" }).trim() ? "+dirty-lib" : "");
  } catch {
    // not a git checkout: the JSON says "unknown"
  }
  process.stderr.write(`bench:decisions: ${names.length} cases${seedOffset ? `, seeds + ${seedOffset}` : ""}, ${jobs} child processes, data in ${root}\n`);
  let results: CaseResult[];
  try {
    results = await runPool(names, jobs, root, seedOffset);
  } finally {
    if (!values.keep) rmSync(root, { recursive: true, force: true });
  }
  const summary = summarizeRun(results);
  console.log(
    `\n## Decision benchmark — ${startedAt.toISOString().slice(0, 16)}Z, commit ${commit}, ${names.length} cases${seedOffset ? `, seed offset ${seedOffset}` : ""}\n`,
  );
  console.log(caseTable(results));
  console.log("\n### Summary\n");
  console.log(summaryTable(summary));
  const outDir = path.join(here, "..", "out");
  mkdirSync(outDir, { recursive: true });
  // The variant measured, when not the default: extra `mixcast mmm` flags and simulated lift tests (run-case.ts).
  const variant = { mmmArgs: process.env.BENCH_MMM_ARGS ?? null, liftTests: process.env.BENCH_LIFT_TESTS ?? null };
  const outFile = path.join(
    outDir,
    `decisions-${seedOffset ? `seeds+${seedOffset}-` : ""}${variant.liftTests ? "lift-" : ""}${startedAt.toISOString().replace(/[:.]/g, "-")}.json`,
  );
  writeFileSync(
    outFile,
    `${JSON.stringify({ startedAt: startedAt.toISOString(), commit, cases: names, seedOffset, jobs, ...variant, summary, results }, null, 1)}\n`,
  );
  console.log(`\nwrote ${path.relative(process.cwd(), outFile)}${values.keep ? `; data kept in ${root}` : ""}`);
  return summary.failed.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
