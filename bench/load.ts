/**
 * `npm run bench:load`: load test of a production build on loopback. Starts its own embedded database with the demo
 * data, waits for the first fits, then drives the promo-score API and the main pages with 50 concurrent clients for a
 * bounded time each, and prints requests/s and p50/p95/p99 latency (measured per request, exact percentiles) and
 * errors. Targets (2 cores): p95 < 100 ms for promo scoring, < 300 ms for page renders, zero errors.
 *
 * Options: --seconds N (per target, default 10), --connections N (default 50), --only promo|pages|/path,/path.
 * Besides latency it prints the server's CPU time per request, which other load on the machine does not inflate.
 */
import autocannon from "autocannon";
import { spawn } from "node:child_process";
import { parseArgs } from "node:util";
import { env } from "../lib/env";
import { ensureDatabase } from "../scripts/database";

const { values } = parseArgs({
  options: { seconds: { type: "string", default: "10" }, connections: { type: "string", default: "50" }, only: { type: "string" } },
});
const SECONDS = Math.min(60, Math.max(1, Number(values.seconds)));
const CONNECTIONS = Math.min(200, Math.max(1, Number(values.connections)));
const log = (m: string) => console.error(`[bench:load] ${m}`);

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const idx = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, idx)];
}

/** CPU seconds (user + system) a process has used so far, from /proc: the server's cost per request, which unlike
 * latency does not depend on what else the machine is running. Linux only; NaN elsewhere. */
async function cpuSeconds(pid: number | undefined): Promise<number> {
  const { readFileSync } = await import("node:fs");
  // The whole process tree: with MIXCAST_WEB_PROCESSES=N the requests are served by the children.
  const tree = (p: number): number => {
    const fields = readFileSync(`/proc/${p}/stat`, "utf8").split(") ")[1].split(" ");
    const own = (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
    const children = readFileSync(`/proc/${p}/task/${p}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
    return own + children.reduce((sum, c) => sum + tree(c), 0);
  };
  try {
    return tree(pid ?? -1);
  } catch {
    return Number.NaN;
  }
}

async function hit(target: { name: string; url: string; method?: "GET" | "POST"; headers: Record<string, string>; body?: string }, serverPid?: number) {
  const cpuBefore = await cpuSeconds(serverPid);
  const latencies: number[] = [];
  let non2xx = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: target.url, method: target.method ?? "GET", headers: target.headers, body: target.body, connections: CONNECTIONS, duration: SECONDS },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      latencies.push(responseTime);
      if (statusCode < 200 || statusCode >= 300) non2xx++;
    });
  });
  latencies.sort((a, b) => a - b);
  const cpuMsPerRequest = (((await cpuSeconds(serverPid)) - cpuBefore) * 1000) / Math.max(1, latencies.length);
  return {
    cpuMsPerRequest,
    name: target.name,
    rps: latencies.length / SECONDS,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    requests: latencies.length,
    errors: result.errors + result.timeouts + non2xx,
  };
}

async function main() {
  const db = await ensureDatabase("bench", log);
  const { prisma } = await import("../lib/db/client");
  const { seedDemoIfEmpty } = await import("../lib/data/writes/seed-demo");
  await seedDemoIfEmpty(log);
  const { startWorker } = await import("../lib/jobs/worker");
  const stopWorker = await startWorker({ log: () => {} });
  const { enqueueInitialFits } = await import("../lib/jobs/enqueue-initial-fits");
  await enqueueInitialFits(log);
  log("waiting for the first fits (forecast, mix model, promo, service)…");
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    const done = await prisma().modelRun.count({ where: { isChampion: true, status: "succeeded" } });
    if (done >= 4) break;
    if (Date.now() > deadline) throw new Error("fits did not finish in 10 minutes");
    await new Promise((r) => setTimeout(r, 2000));
  }
  await stopWorker();

  // Credentials: a write-scoped API token for the API and a session cookie for the pages.
  const { ensureBootstrapUsers } = await import("../lib/auth/bootstrap-users");
  const boot = await ensureBootstrapUsers({ writeCredentialsFile: false });
  const admin = await prisma().user.findFirstOrThrow({ where: { role: "admin" } });
  const { newSecret, hashSecret, API_TOKEN_PREFIX } = await import("../lib/auth/tokens");
  const token = newSecret(API_TOKEN_PREFIX);
  await prisma().apiToken.create({ data: { userId: admin.id, name: "bench", scope: "write", tokenHash: hashSecret(token) } });
  const { createSession, SESSION_COOKIE } = await import("../lib/auth/session");
  const session = await createSession(admin.id);
  void boot;

  const { buildIsStale } = await import("../scripts/build-state");
  const nextBin = "node_modules/next/dist/bin/next";
  const childEnv: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: db.url, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" };
  if (buildIsStale()) {
    log("building the app…");
    const code = await new Promise<number>((r) =>
      spawn(process.execPath, [nextBin, "build"], { stdio: ["ignore", "ignore", "inherit"], env: childEnv }).on("exit", (c) => r(c ?? 1)),
    );
    if (code !== 0) throw new Error("next build failed");
  }
  const port = env().PORT + 200;
  // The same server `npm start` runs (Next.js inside scripts/serve.ts).
  // The server's own log goes to bench/out/load-server.log: errors under load are read there.
  const { mkdirSync, openSync } = await import("node:fs");
  mkdirSync("bench/out", { recursive: true });
  const serverLog = openSync("bench/out/load-server.log", "w");
  // MIXCAST_BENCH_PROFILE=<dir>: the server writes a CPU profile there when it stops (open it in Chrome DevTools).
  const profile = process.env.MIXCAST_BENCH_PROFILE;
  // In this process (tsx as a loader, not tsx's CLI, which would run the server in a child): its CPU time is measured.
  const launcher = [...(profile ? ["--cpu-prof", `--cpu-prof-dir=${profile}`] : []), "--import", "tsx"];
  const server = spawn(process.execPath, [...launcher, "scripts/serve.ts", `--port=${port}`], {
    stdio: ["ignore", serverLog, serverLog],
    env: { ...childEnv, MIXCAST_HOST: "127.0.0.1" },
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`${base}/api/health`)).ok) break;
      } catch {}
      if (i > 120) throw new Error("server did not start");
      await new Promise((r) => setTimeout(r, 500));
    }
    const cookie = { cookie: `${SESSION_COOKIE}=${session.token}` };
    const promo = { category: "snacks", region: "north", discount_pct: 20, duration_days: 14, start_date: "2026-12-07", promo_type: "bogo", cost: 500 };
    type Target = { name: string; url: string; method?: "GET" | "POST"; headers: Record<string, string>; body?: string };
    const targets: Target[] = [
      ...(values.only === "pages" || values.only?.startsWith("/")
        ? []
        : [
            {
              name: "POST /api/v1/promos/score",
              url: `${base}/api/v1/promos/score`,
              method: "POST" as const,
              headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
              body: JSON.stringify(promo),
            },
          ]),
      ...(values.only === "promo"
        ? []
        : (values.only?.startsWith("/")
            ? values.only.split(",")
            : ["/", "/forecasts", "/roi", "/planner", "/scenarios", "/promos", "/service", "/data", "/models"]
          ).map((p) => ({ name: `GET ${p}`, url: `${base}${p}`, headers: cookie }))),
    ];
    // Warm each route once (first render compiles nothing in production, but fills caches such as the promo model).
    for (const t of targets) await fetch(t.url, { method: t.method ?? "GET", headers: t.headers, body: t.body });
    const rows = [];
    for (const t of targets) {
      log(`${t.name}: ${CONNECTIONS} connections for ${SECONDS} s`);
      rows.push(await hit(t, server.pid));
    }
    const os = await import("node:os");
    console.log(
      `\nLoad test: ${CONNECTIONS} concurrent clients, ${SECONDS} s per target, production build, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"}), Node ${process.version}\n`,
    );
    const load = os.loadavg()[0];
    console.log(
      `Load average at the end: ${load.toFixed(1)} (above ~2.5 other work shares the cores: latency and req/s are then pessimistic; server CPU per request is not)\n`,
    );
    console.log("| target | req/s | p50 ms | p95 ms | p99 ms | requests | errors | server CPU ms/req | target p95 |");
    console.log("|---|---:|---:|---:|---:|---:|---:|---:|---|");
    for (const r of rows) {
      const goal = r.name.startsWith("POST") ? 100 : 300;
      console.log(
        `| ${r.name} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(0)} | ${r.p95.toFixed(0)} | ${r.p99.toFixed(0)} | ${r.requests} | ${r.errors} | ${r.cpuMsPerRequest.toFixed(2)} | < ${goal} ${r.p95 < goal && r.errors === 0 ? "✓" : "✗"} |`,
      );
    }
  } finally {
    server.kill("SIGTERM");
    await prisma().$disconnect();
    await db.stop();
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(`[bench:load] ${e instanceof Error ? e.stack : String(e)}`);
    process.exit(1);
  },
);
