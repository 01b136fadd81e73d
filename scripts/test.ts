/**
 * `npm test`: type check → lint → dead-code check → format check (Prettier) → unit tests → integration tests (real Postgres) → end-to-end tests (Chromium).
 * Every stage runs even when an earlier one fails, so one run reports everything; the last line is
 * `N passed, N failed` over all stages (the type check, lint, dead-code and format checks count as one test each).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { stripVTControlCharacters } from "node:util";

type Counts = { passed: number; failed: number };
const totals: Record<string, Counts & { exitCode: number }> = {};

function run(cmd: string, args: string[], extraEnv: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: "inherit", env: { ...process.env, ...extraEnv } });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

function vitestCounts(file: string, exitCode: number): Counts {
  if (!existsSync(file)) return { passed: 0, failed: exitCode === 0 ? 0 : 1 };
  const r = JSON.parse(readFileSync(file, "utf8")) as { numPassedTests: number; numFailedTests: number; numFailedTestSuites?: number };
  // A file that fails to load has no failed tests but a failed suite: count it, or a syntax error would pass.
  return { passed: r.numPassedTests, failed: r.numFailedTests + (r.numFailedTests === 0 && exitCode !== 0 ? Math.max(1, r.numFailedTestSuites ?? 1) : 0) };
}

/** The failed tests' names and first message line, printed in the summary: CI shows only the tail of the output. */
const failures: string[] = [];
const firstLine = (m: unknown) =>
  stripVTControlCharacters(String(m ?? ""))
    .split("\n")
    .find((l) => l.trim() !== "")
    ?.trim()
    .slice(0, 240) ?? "";

function vitestFailures(stage: string, file: string) {
  if (!existsSync(file)) return;
  type Assertion = { status: string; fullName: string; failureMessages?: string[] };
  const r = JSON.parse(readFileSync(file, "utf8")) as { testResults: { name: string; status: string; message?: string; assertionResults: Assertion[] }[] };
  for (const f of r.testResults) {
    const where = f.name.replace(`${process.cwd()}/`, "");
    for (const a of f.assertionResults)
      if (a.status === "failed") failures.push(`${stage}: ${where} › ${a.fullName}\n    ${firstLine(a.failureMessages?.[0])}`);
    if (f.status === "failed" && f.message) failures.push(`${stage}: ${where}\n    ${firstLine(f.message)}`);
  }
}

function playwrightFailures(file: string) {
  if (!existsSync(file)) return;
  type Spec = { title: string; file: string; line: number; ok: boolean; tests: { results: { error?: { message?: string } }[] }[] };
  type Suite = { specs?: Spec[]; suites?: Suite[] };
  const walk = (s: Suite) => {
    for (const spec of s.specs ?? [])
      if (!spec.ok) {
        const error = spec.tests.flatMap((t) => t.results).find((x) => x.error)?.error?.message;
        failures.push(`e2e: ${spec.file}:${spec.line} › ${spec.title}\n    ${firstLine(error)}`);
      }
    for (const child of s.suites ?? []) walk(child);
  };
  walk(JSON.parse(readFileSync(file, "utf8")) as Suite);
}

function playwrightCounts(file: string, exitCode: number): Counts {
  if (!existsSync(file)) return { passed: 0, failed: exitCode === 0 ? 0 : 1 };
  const r = JSON.parse(readFileSync(file, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number } };
  const failed = r.stats.unexpected + (r.stats.unexpected === 0 && exitCode !== 0 ? 1 : 0);
  return { passed: r.stats.expected + r.stats.flaky, failed };
}

async function main() {
  mkdirSync(".mixcast", { recursive: true });
  const stage = async (name: string, fn: () => Promise<{ exitCode: number } & Counts>) => {
    console.log(`\n━━━ ${name} ━━━`);
    totals[name] = await fn();
  };
  const tsx = ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server"];
  const vitest = "node_modules/vitest/vitest.mjs";

  await stage("typecheck", async () => {
    const exitCode = await run(process.execPath, ["node_modules/typescript/bin/tsc", "--noEmit", "-p", "."]);
    return { exitCode, passed: exitCode === 0 ? 1 : 0, failed: exitCode === 0 ? 0 : 1 };
  });
  // Lint (oxlint, .oxlintrc.json) and dead code / unused dependencies (knip, knip.json) before the tests.
  const check = (name: string, bin: string, args: string[]) =>
    stage(name, async () => {
      const exitCode = await run(process.execPath, [bin, ...args]);
      return { exitCode, passed: exitCode === 0 ? 1 : 0, failed: exitCode === 0 ? 0 : 1 };
    });
  await check("lint", "node_modules/oxlint/bin/oxlint", ["--deny-warnings"]);
  await check("knip", "node_modules/knip/bin/knip.js", ["--no-progress"]);
  await check("format", "node_modules/prettier/bin/prettier.cjs", ["--check", ".", "--log-level", "warn"]);
  await stage("unit", async () => {
    const out = ".mixcast/unit-results.json";
    rmSync(out, { force: true });
    const exitCode = await run(process.execPath, [vitest, "run", "--project", "unit", "--reporter=default", "--reporter=json", `--outputFile.json=${out}`]);
    vitestFailures("unit", out);
    return { exitCode, ...vitestCounts(out, exitCode) };
  });
  await stage("integration", async () => {
    const out = ".mixcast/integration-results.json";
    rmSync(out, { force: true });
    const exitCode = await run(process.execPath, [
      ...tsx,
      "scripts/with-db.ts",
      process.execPath,
      vitest,
      "run",
      "--project",
      "integration",
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${out}`,
    ]);
    vitestFailures("integration", out);
    return { exitCode, ...vitestCounts(out, exitCode) };
  });
  await stage("e2e", async () => {
    const out = ".mixcast/e2e-results.json";
    rmSync(out, { force: true });
    const exitCode = await run(process.execPath, [...tsx, "scripts/e2e.ts"]);
    playwrightFailures(out);
    return { exitCode, ...playwrightCounts(out, exitCode) };
  });

  const passed = Object.values(totals).reduce((s, t) => s + t.passed, 0);
  const failed = Object.values(totals).reduce((s, t) => s + t.failed, 0);
  console.log("\n━━━ summary ━━━");
  if (failures.length > 0) console.log(`failed:\n${failures.map((f) => `  ${f}`).join("\n")}\n`);
  for (const [name, t] of Object.entries(totals))
    console.log(`${name.padEnd(12)} ${t.passed} passed, ${t.failed} failed${t.exitCode ? ` (exit ${t.exitCode})` : ""}`);
  writeFileSync(".mixcast/test-summary.json", JSON.stringify({ passed, failed, stages: totals }, null, 2));
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 || Object.values(totals).some((t) => t.exitCode !== 0) ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  console.log("0 passed, 1 failed");
  process.exit(1);
});
