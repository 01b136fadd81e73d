/**
 * The HTTP server behind `npm start`, `npm run dev` and the e2e run: Next.js's request handler inside our own
 * node:http server, for two things `next start` cannot do —
 * - bind to MIXCAST_HOST (default 127.0.0.1: nothing outside this machine reaches the app unless the operator says so);
 * - stamp each request with the client address taken from the socket (or, behind MIXCAST_TRUSTED_PROXIES, from the
 *   proxy's X-Forwarded-For), which sign-in rate limiting keys on. A client cannot forge the stamp.
 * With MIXCAST_WEB_PROCESSES=N (N > 1) it forks N web processes sharing the port (node:cluster; one per core is the
 * usual choice): each follows the database's change feed, so caches and sign-outs agree across them.
 * Run with plain Node resolution (not the react-server condition): Next.js loads React its own way.
 */
import cluster from "node:cluster";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import next from "next";
import { env } from "../lib/env";
import { clientAddress, parseTrustedProxies } from "../lib/server/client-address";
import { serveFastRoute, type FastRoutes } from "../lib/server/fast-routes";
import { PageCache, type PageCacheHooks } from "../lib/server/page-cache";
import { CLIENT_HEADER, stampClientHeader } from "../lib/server/request-client";

/**
 * Pages whose content depends only on the URL, the signed-in user and the data (dataset, runs, scenarios, alerts,
 * settings): what the change feed tracks. /promos too: its score history has a feed of its own ("scores:" events,
 * keyed in by instrumentation.ts), so the scoring API's writes forget only /promos. Not /admin or /account (sign-ins
 * and audit entries are not in the feed), not run pages (their logs grow without a status change), not /login.
 */
const CACHED_PAGES = new Set(["/", "/forecasts", "/roi", "/planner", "/scenarios", "/promos", "/service", "/data", "/models", "/explore"]);

async function main() {
  const e = env();
  const dev = process.argv.includes("--dev");
  const port = Number(process.argv.find((a) => a.startsWith("--port="))?.slice(7) ?? e.PORT);
  const hostname = e.MIXCAST_HOST;
  const trusted = parseTrustedProxies(e.MIXCAST_TRUSTED_PROXIES);
  const app = next({ dev, hostname, port, dir: process.cwd() });
  const handle = app.getRequestHandler();
  await app.prepare();
  // Rendered pages replayed per user and data version (lib/server/page-cache.ts); the hooks come from
  // instrumentation.ts, which runs inside Next in this same process. Off in dev (pages change with the code) and with
  // MIXCAST_PAGE_CACHE=off.
  const pageCache =
    dev || process.env.MIXCAST_PAGE_CACHE === "off"
      ? null
      : new PageCache({ cacheable: (p) => CACHED_PAGES.has(p), hooks: () => (globalThis as { mixcastPageCacheHooks?: PageCacheHooks }).mixcastPageCacheHooks });
  // The scoring API's hot path goes straight to its handler (lib/server/fast-routes.ts says why); the handlers come from
  // instrumentation.ts. MIXCAST_FAST_ROUTES=off sends it through Next like every other route.
  const fastRoutes = () => (process.env.MIXCAST_FAST_ROUTES === "off" ? undefined : (globalThis as { mixcastFastRoutes?: FastRoutes }).mixcastFastRoutes);
  const dispatch = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method === "POST" && (await serveFastRoute(req, res, fastRoutes()))) return;
    if (!pageCache) return handle(req, res);
    return pageCache.handle(req, res, () => handle(req, res));
  };
  const server = createServer((req, res) => {
    req.headers[CLIENT_HEADER] = stampClientHeader(clientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], trusted));
    dispatch(req, res).catch((error) => {
      console.error(`[serve] ${req.url}: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) {
        res.statusCode = 500;
        res.end("Internal Server Error");
      } else res.destroy();
    });
  });
  server.listen(port, hostname, () => console.log(`[serve] listening on http://${hostname.includes(":") ? `[${hostname}]` : hostname}:${port}`));
  // Stop taking requests, then write the scoring API's buffered history (lib/data/writes/promo-score-log.ts) and leave.
  const stop = () =>
    server.close(async () => {
      const pending = (globalThis as { mixcastScoreLog?: { flush?: () => Promise<void> } }).mixcastScoreLog;
      await pending?.flush?.().catch(() => {});
      process.exit(0);
    });
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

function primary(processes: number) {
  let stopping = false;
  for (let i = 0; i < processes; i++) cluster.fork();
  cluster.on("exit", (worker, code) => {
    if (stopping) return;
    console.error(`[serve] web process ${worker.process.pid} exited (${code}); starting another`);
    cluster.fork();
  });
  const stop = () => {
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill("SIGTERM");
    const wait = setInterval(() => {
      if (Object.keys(cluster.workers ?? {}).length === 0) {
        clearInterval(wait);
        process.exit(0);
      }
    }, 100);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

const processes = env().MIXCAST_WEB_PROCESSES;
if (processes > 1 && cluster.isPrimary) primary(processes);
else
  main().catch((error) => {
    console.error(`[serve] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  });
