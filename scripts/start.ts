/**
 * `npm start`: PostgreSQL (embedded unless DATABASE_URL is set) → migrations → demo seed on an empty database →
 * `next build` when the sources are newer than the last build → scripts/serve.ts on MIXCAST_HOST:PORT (default 127.0.0.1:3000), plus the
 * job worker in this process (unless MIXCAST_INPROCESS_WORKER=0). Ctrl-C stops the app, the worker and the
 * database cleanly; the data folder is kept, so the next start reuses it.
 *
 * `npm run dev` (`--dev`) does the same with `next dev` and no build.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { env } from "../lib/env";
import { buildIsStale } from "./build-state";
import { ensureDatabase } from "./database";

const dev = process.argv.includes("--dev");
const log = (m: string) => console.log(`[mixcast] ${m}`);

function run(cmd: string, args: string[], extraEnv: Record<string, string>): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: "inherit", env: { ...process.env, ...extraEnv } });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

async function main() {
  const e = env();
  const db = await ensureDatabase("app", log);
  const childEnv = { DATABASE_URL: db.url, NEXT_TELEMETRY_DISABLED: "1" };

  const { seedDemoIfEmpty } = await import("../lib/data/writes/seed-demo");
  const seeded = await seedDemoIfEmpty(log);
  if (seeded.seeded) log(`Seeded the demo dataset in ${seeded.seconds.toFixed(1)} s`);

  let stopWorker: (() => Promise<void>) | undefined;
  if (e.MIXCAST_INPROCESS_WORKER === "1") {
    const { startWorker } = await import("../lib/jobs/worker");
    stopWorker = await startWorker({ log });
  }
  const { enqueueInitialFits } = await import("../lib/jobs/enqueue-initial-fits");
  await enqueueInitialFits(log);
  const { ensureBootstrapUsers } = await import("../lib/auth/bootstrap-users");
  const users = await ensureBootstrapUsers();
  if (users.admin) log(`Admin from MIXCAST_ADMIN_EMAIL: ${users.admin}`);
  // Passwords stay out of the log (terminals are scrolled back, logs are shipped); the file is readable by this user only.
  const { demoCredentialsFile, describeDemoUsers } = await import("../lib/auth/bootstrap-users");
  if (users.demo) {
    for (const line of describeDemoUsers(users.demo, demoCredentialsFile())) log(line);
  } else if (existsSync(demoCredentialsFile())) {
    log(`Demo sign-in: see ${path.resolve(demoCredentialsFile())}`);
  }

  if (!dev && buildIsStale()) {
    log("Building the app (first start or sources changed; takes a minute or two)…");
    const code = await run(process.execPath, [require_next(), "build"], { ...childEnv, NODE_ENV: "production" });
    if (code !== 0) {
      await shutdown(db.stop, stopWorker);
      process.exit(code);
    }
  }

  // Our own server around Next.js (scripts/serve.ts): binds to MIXCAST_HOST (127.0.0.1 unless set) and tells
  // sign-in rate limiting the real client address.
  const next: ChildProcess = spawn(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/serve.ts", ...(dev ? ["--dev"] : [])], {
    stdio: "inherit",
    env: { ...process.env, ...childEnv, NODE_ENV: dev ? "development" : "production" },
  });
  const shown = e.MIXCAST_HOST === "127.0.0.1" || e.MIXCAST_HOST === "::1" ? "localhost" : e.MIXCAST_HOST;
  log(`Mixcast on http://${shown}:${e.PORT}${shown === "localhost" ? " (this machine only; set MIXCAST_HOST to serve others)" : ""}  (Ctrl-C to stop)`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    const { markQueueStopping } = await import("../lib/jobs/queue");
    markQueueStopping();
    log(`${signal}: stopping…`);
    next.kill("SIGTERM");
    await new Promise((r) => (next.exitCode !== null ? r(null) : next.once("exit", r)));
    await shutdown(db.stop, stopWorker);
    log("Stopped.");
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
  next.on("exit", (code) => {
    if (!stopping) {
      log(`Next.js exited with code ${code}`);
      void shutdown(db.stop, stopWorker).then(() => process.exit(code ?? 1));
    }
  });
}

async function shutdown(stopDb: () => Promise<void>, stopWorker?: () => Promise<void>) {
  await stopWorker?.().catch((e) => log(`worker stop: ${String(e)}`));
  const { prisma } = await import("../lib/db/client");
  await prisma()
    .$disconnect()
    .catch(() => {});
  await stopDb().catch((e) => log(`database stop: ${String(e)}`));
}

function require_next(): string {
  return path.resolve("node_modules/next/dist/bin/next");
}

main().catch((error) => {
  console.error(`[mixcast] start failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
