/**
 * `npm run test:e2e`: fresh embedded database (or DATABASE_URL) → migrations → demo seed → production build when
 * stale → scripts/serve.ts (Next.js in our own HTTP server, as `npm start` runs it) on port PORT+100 → Playwright (Debian Chromium) → everything stopped again.
 * Fails, with install instructions, when Chromium is missing: e2e is never silently skipped.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { env } from "../lib/env";
import { ensureDatabase } from "./database";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const log = (m: string) => console.log(`[e2e] ${m}`);

function run(cmd: string, args: string[], extraEnv: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: "inherit", env: { ...process.env, ...extraEnv } });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

async function waitForHttp(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const r = await fetch(url);
      if (r.status < 500) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server at ${url} did not answer within ${timeoutMs / 1000} s`);
}

async function main(): Promise<number> {
  if (!existsSync(CHROMIUM)) {
    console.error(
      `[e2e] Chromium not found at ${CHROMIUM}. Install it with:\n\n    sudo apt-get update && sudo apt-get install -y chromium\n\nor set CHROMIUM_PATH. End-to-end tests are required and are not skipped.`,
    );
    return 1;
  }
  const db = await ensureDatabase("e2e", log);
  const childEnv = { DATABASE_URL: db.url, NEXT_TELEMETRY_DISABLED: "1" };
  const { seedDemoIfEmpty } = await import("../lib/data/writes/seed-demo");
  const seeded = await seedDemoIfEmpty(log);
  log(`demo seeded: ${seeded.seeded} (${seeded.seconds.toFixed(1)} s)`);
  const { startWorker } = await import("../lib/jobs/worker");
  const stopWorker = await startWorker({ log });
  const { enqueueInitialFits } = await import("../lib/jobs/enqueue-initial-fits");
  await enqueueInitialFits(log);
  // A fresh database gets fresh demo users; their password reaches Playwright through the environment only.
  const { ensureBootstrapUsers } = await import("../lib/auth/bootstrap-users");
  const users = await ensureBootstrapUsers({ writeCredentialsFile: false });
  if (!users.demo) throw new Error("e2e needs the demo users of a fresh database");

  const nextBin = "node_modules/next/dist/bin/next";
  const { buildIsStale } = await import("./build-state");
  if (buildIsStale()) {
    log("building…");
    const code = await run(process.execPath, [nextBin, "build"], { ...childEnv, NODE_ENV: "production" });
    if (code !== 0) return code;
  }
  const { checkClientBundle } = await import("./check-client-bundle");
  const leaks = checkClientBundle();
  if (leaks.length) {
    for (const l of leaks) console.error(`[e2e] ${l}`);
    console.error("[e2e] server-only data found in the browser bundles");
    return 1;
  }
  log("client bundles hold no server secrets");
  const port = env().PORT + 100;
  const server = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/serve.ts", `--port=${port}`], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, ...childEnv, NODE_ENV: "production" },
  });
  try {
    await waitForHttp(`http://127.0.0.1:${port}/api/health`, 60_000);
    return await run(process.execPath, ["node_modules/@playwright/test/cli.js", "test", ...process.argv.slice(2)], {
      ...childEnv,
      E2E_BASE_URL: `http://127.0.0.1:${port}`,
      CHROMIUM_PATH: CHROMIUM,
      E2E_CREDENTIALS: JSON.stringify(users.demo.users),
    });
  } finally {
    server.kill("SIGTERM");
    await stopWorker();
    const { prisma } = await import("../lib/db/client");
    await prisma()
      .$disconnect()
      .catch(() => {});
    await db.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`[e2e] ${error instanceof Error ? error.stack : String(error)}`);
    process.exit(1);
  },
);
