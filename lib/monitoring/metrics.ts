import client from "prom-client";
import { internalErrorReply, replyToResponse, type ApiReply } from "../api/api-reply";
import { prisma } from "../db/client";
import { logger } from "./logger";
import { FINISHED_RUN_STATUSES } from "../runs/run-kinds";

/**
 * Prometheus metrics of the web process. Request latency is observed as requests are served; job metrics are
 * derived from the model_run table at scrape time, because jobs run in worker processes (possibly on other
 * machines) whose in-memory counters this process cannot see — the database is the one place they all write.
 */
const g = globalThis as unknown as { mixcastMetrics?: ReturnType<typeof createMetrics> };

function createMetrics() {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, prefix: "mixcast_" });
  let lastRunId = 0;
  const httpDuration = new client.Histogram({
    name: "mixcast_http_request_duration_seconds",
    help: "API request latency by route, method and status",
    labelNames: ["route", "method", "status"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const errors = new client.Counter({
    name: "mixcast_errors_total",
    help: "Errors by source (api, action, job)",
    labelNames: ["source"],
    registers: [registry],
  });
  const jobDuration = new client.Histogram({
    name: "mixcast_job_duration_seconds",
    help: "Duration of finished fit jobs by kind and outcome",
    labelNames: ["kind", "status"],
    buckets: [0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 900],
    registers: [registry],
    // Observe every run finished since the last scrape (once each): the workers wrote them to the database.
    async collect() {
      const finished = await prisma().modelRun.findMany({
        where: { id: { gt: lastRunId }, finishedAt: { not: null }, status: { in: [...FINISHED_RUN_STATUSES] } },
        select: { id: true, kind: true, status: true, durationMs: true },
        orderBy: { id: "asc" },
      });
      for (const run of finished) {
        if (run.durationMs !== null) this.observe({ kind: run.kind, status: run.status }, run.durationMs / 1000);
        lastRunId = Math.max(lastRunId, run.id);
      }
    },
  });
  new client.Gauge({
    name: "mixcast_model_runs",
    help: "Model runs (fits) by kind and status",
    labelNames: ["kind", "status"],
    registers: [registry],
    async collect() {
      const rows = await prisma().modelRun.groupBy({ by: ["kind", "status"], _count: { _all: true } });
      this.reset();
      for (const r of rows) this.set({ kind: r.kind, status: r.status }, r._count._all);
    },
  });
  new client.Gauge({
    name: "mixcast_alerts_open",
    help: "Alerts not yet resolved, by kind",
    labelNames: ["kind"],
    registers: [registry],
    async collect() {
      const rows = await prisma().alert.groupBy({ by: ["kind"], where: { status: { not: "resolved" } }, _count: { _all: true } });
      this.reset();
      for (const r of rows) this.set({ kind: r.kind }, r._count._all);
    },
  });
  return { registry, httpDuration, errors, jobDuration };
}

export function metrics() {
  g.mixcastMetrics ??= createMetrics();
  return g.mixcastMetrics;
}

/** Wraps a route handler: observes its latency and counts 5xx responses and thrown errors. */
export function withApiMetrics<A extends unknown[]>(route: string, handler: (...args: A) => Promise<Response>) {
  return (...args: A): Promise<Response> =>
    observed(
      route,
      (args[0] as Request | undefined)?.method ?? "GET",
      () => handler(...args),
      () => replyToResponse(internalErrorReply()),
    );
}

/** withApiMetrics for a handler that answers an ApiReply (the scoring API, which two servers call: see ApiReply). */
export function withReplyMetrics<A extends unknown[]>(route: string, method: string, handler: (...args: A) => Promise<ApiReply>) {
  return (...args: A): Promise<ApiReply> => observed(route, method, () => handler(...args), internalErrorReply);
}

async function observed<R extends { status: number }>(route: string, method: string, run: () => Promise<R>, failed: () => R): Promise<R> {
  const m = metrics();
  const end = m.httpDuration.startTimer({ route, method });
  try {
    const result = await run();
    end({ status: String(result.status) });
    if (result.status >= 500) m.errors.inc({ source: "api" });
    return result;
  } catch (error) {
    end({ status: "500" });
    m.errors.inc({ source: "api" });
    logger.error("api error", { route, error: String(error) });
    return failed();
  }
}
