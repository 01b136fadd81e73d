/**
 * Forecasts under a plan, judged under the truth: `npm run bench:forecast-plan [-- --quick] [--only a,b] [--jobs N]`.
 * Every case of the decision benchmark (bench/decisions/cases.ts, all 28 unless --quick/--only), last 13 weeks held
 * out; see bench/forecast-plan/run-case.ts for what is measured and bench/README-forecast-plan.md for the numbers.
 * Prints a per-case table and the targets' summary (markdown) and writes bench/out/forecast-plan-<timestamp>.json.
 */
import { execSync, fork, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { CASE_NAMES, QUICK_CASES } from "./decisions/cases";
import { runCase, type CaseResult } from "./forecast-plan/run-case";
import { caseTable, summarize, summaryTable } from "./forecast-plan/summarize";

const here = path.dirname(fileURLToPath(import.meta.url));
const self = fileURLToPath(import.meta.url);

// Child mode: run the cases the parent sends, one at a time.
if (process.send && process.env.MIXCAST_BENCH_CHILD === "1") {
  process.on("message", async (msg: { name: string }) => {
    const result = await runCase(msg.name);
    process.send!({ name: msg.name, result });
  });
} else {
  await main();
}

async function main() {
  const { values } = parseArgs({ options: { quick: { type: "boolean" }, only: { type: "string" }, jobs: { type: "string" } }, strict: true });
  const names = values.only
    ? values.only
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean)
    : values.quick
      ? QUICK_CASES
      : CASE_NAMES;
  const unknown = names.filter((n) => !CASE_NAMES.includes(n));
  if (unknown.length) {
    process.stderr.write(`bench:forecast-plan: unknown case(s) ${unknown.join(", ")}\n`);
    process.exit(1);
  }
  const jobs = Math.max(1, Number(values.jobs ?? 2));
  const started = performance.now();
  const results = new Map<string, CaseResult>();
  const queue = names.slice();
  await new Promise<void>((resolve, reject) => {
    let alive = 0;
    for (let j = 0; j < Math.min(jobs, names.length); j++) {
      const child: ChildProcess = fork(self, [], { env: { ...process.env, MIXCAST_BENCH_CHILD: "1" }, stdio: ["ignore", "ignore", "inherit", "ipc"] });
      alive++;
      let current: string | undefined;
      const next = () => {
        current = queue.shift();
        if (current === undefined) return child.disconnect();
        child.send({ name: current });
      };
      child.on("message", (msg: { name: string; result: CaseResult }) => {
        results.set(msg.name, msg.result);
        const r = msg.result;
        const line = r.ok
          ? `MAPE ${(100 * r.accuracy!.mape).toFixed(2)} % vs ${(100 * r.accuracy!.mapeTrueMedia).toFixed(2)} %, 80 % in ${r.accuracy!.covered80}/${r.accuracy!.weeks}`
          : `FAILED: ${r.error?.split("\n")[0]}`;
        process.stderr.write(`[${results.size}/${names.length} · ${((performance.now() - started) / 1000).toFixed(0)} s] ${msg.name}: ${line}\n`);
        next();
      });
      child.on("exit", (code) => {
        alive--;
        if (current !== undefined && !results.has(current))
          return reject(new Error(`bench:forecast-plan: child exited (code ${code}) while running ${current}`));
        if (alive === 0) resolve();
      });
      next();
    }
  });
  const ordered = names.map((n) => results.get(n)!);
  const summary = summarize(ordered);
  process.stdout.write(`\n## bench:forecast-plan — ${names.length} cases, last 13 weeks held out\n\n${caseTable(ordered)}\n\n${summaryTable(summary)}\n`);
  let commit = "unknown";
  try {
    commit = execSync("git rev-parse --short HEAD", { cwd: here }).toString().trim();
  } catch {
    /* not a git checkout */
  }
  const outDir = path.join(here, "out");
  mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `forecast-plan-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, `${JSON.stringify({ commit, summary, results: ordered }, null, 1)}\n`);
  process.stdout.write(`\nwritten ${path.relative(process.cwd(), file)} (${((performance.now() - started) / 1000).toFixed(0)} s)\n`);
  if (summary.failed.length) process.exit(1);
}
