/**
 * `npm run bench:explore`: how fast the Explore page opens on the demo. Target: < 500 ms.
 *
 * 1. The computation alone (database reads + lib/explore for every driver), first call per dataset version and
 *    filter (cold) and repeated calls (served from the in-process memo keyed by dataset version).
 * 2. The page over HTTP from a production build (scripts/serve.ts, as `npm start` runs it): the first GET /explore
 *    after the server starts (cold: reads and computes) and 20 more (warm), signed in with a session cookie.
 * Uses its own embedded database ("bench") with the demo; no model fits are needed. `--no-server` skips part 2.
 */
import { spawn } from "node:child_process";
import { parseArgs } from "node:util";
import { env } from "../lib/env";
import { ensureDatabase } from "../scripts/database";

const { values } = parseArgs({ options: { "no-server": { type: "boolean", default: false } } });
const log = (m: string) => console.error(`[bench:explore] ${m}`);
const ms = (v: number) => `${v.toFixed(0)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const db = await ensureDatabase("bench", log);
  const { prisma } = await import("../lib/db/client");
  const { seedDemoIfEmpty } = await import("../lib/data/writes/seed-demo");
  await seedDemoIfEmpty(log);
  const { fetchActiveDataset } = await import("../lib/data/reads/datasets");
  const { fetchExplorePageData } = await import("../lib/data/reads/explore-data");
  const { forget } = await import("../lib/data/memo");
  const dataset = await fetchActiveDataset();
  if (!dataset) throw new Error("no dataset");

  const rows: string[] = [];
  const filters = [
    { kpi: "revenue" as const },
    { kpi: "activations" as const },
    { kpi: "revenue" as const, region: "north" },
    { kpi: "revenue" as const, channel: "search" },
  ];
  forget("explore:");
  for (const f of filters) {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const data = await fetchExplorePageData(dataset.id, f);
    const cold = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const warm: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t = performance.now();
      await fetchExplorePageData(dataset.id, f);
      warm.push(performance.now() - t);
    }
    const e = data.exploration;
    rows.push(
      `| compute ${JSON.stringify(f)} | ${ms(cold)} (CPU ${ms((cpu.user + cpu.system) / 1000)} in this process) | ${median(warm).toFixed(1)} ms | ${e?.drivers.length ?? 0} drivers × ${e?.weeks.length ?? 0} weeks |`,
    );
  }

  if (!values["no-server"]) {
    const { createSession, SESSION_COOKIE } = await import("../lib/auth/session");
    const { ensureBootstrapUsers } = await import("../lib/auth/bootstrap-users");
    await ensureBootstrapUsers({ writeCredentialsFile: false });
    const admin = await prisma().user.findFirstOrThrow({ where: { role: "admin" } });
    const session = await createSession(admin.id);
    const { buildIsStale } = await import("../scripts/build-state");
    const childEnv: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: db.url,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      MIXCAST_INPROCESS_WORKER: "0",
    };
    if (buildIsStale()) {
      log("building the app…");
      const code = await new Promise<number>((r) =>
        spawn(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: ["ignore", "ignore", "inherit"], env: childEnv }).on("exit", (c) =>
          r(c ?? 1),
        ),
      );
      if (code !== 0) throw new Error("next build failed");
    }
    const port = env().PORT + 300;
    const server = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/serve.ts", `--port=${port}`], {
      stdio: "ignore",
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
      const headers = { cookie: `${SESSION_COOKIE}=${session.token}` };
      // As a visitor would: the server has just started (instrumentation.ts warms the default view in the background).
      const get = async (path: string) => {
        const t = performance.now();
        const res = await fetch(`${base}${path}`, { headers, redirect: "manual" });
        const body = await res.text();
        if (res.status !== 200 || !body.includes("Strongest relationships")) throw new Error(`${path}: HTTP ${res.status}`);
        return performance.now() - t;
      };
      for (const path of ["/explore", "/explore?kpi=activations&region=north"]) {
        const cold = await get(path);
        const warm: number[] = [];
        for (let i = 0; i < 20; i++) warm.push(await get(path));
        rows.push(`| GET ${path} (production build) | ${ms(cold)} | ${median(warm).toFixed(0)} ms (max ${Math.max(...warm).toFixed(0)}) | full HTML page |`);
      }
    } finally {
      server.kill("SIGTERM");
    }
  }
  const os = await import("node:os");
  console.log(
    `\nExplore page on the demo (${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(1)}, Node ${process.version}); target < 500 ms to open\n`,
  );
  console.log("| what | first open (cold) | later opens (median) | size |");
  console.log("|---|---:|---:|---|");
  for (const r of rows) console.log(r);
  await prisma().$disconnect();
  await db.stop();
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(`[bench:explore] ${e instanceof Error ? e.stack : String(e)}`);
    process.exit(1);
  },
);
