import { NextResponse } from "next/server";
import { pingDatabase } from "@/lib/data/reads/database-health";
import { getQueue, QUEUES } from "@/lib/jobs/queue";
import { logger } from "@/lib/monitoring/logger";
import { withApiMetrics } from "@/lib/monitoring/metrics";

export const dynamic = "force-dynamic";

/**
 * Liveness and readiness: the database answers and the job queue is reachable (with its backlog). Public, so a
 * failure says only which dependency is down: connection errors name hosts, ports and users, and go to the server
 * log instead.
 */
export const GET = withApiMetrics("/api/health", async (_request: Request) => {
  const database = await pingDatabase()
    .then((latencyMs) => ({ ok: true, latencyMs }))
    .catch((e: unknown) => {
      logger.error("health check: database unavailable", { error: String(e) });
      return { ok: false };
    });
  const queue = await (async () => {
    try {
      const boss = await getQueue();
      const queued = await boss.getQueueSize(QUEUES.fit("forecast"));
      return { ok: true, queuedForecastFits: queued };
    } catch (e) {
      logger.error("health check: job queue unavailable", { error: String(e) });
      return { ok: false };
    }
  })();
  if (database.ok && queue.ok) return NextResponse.json({ status: "ok", database, queue });
  const down = [!database.ok && "database", !queue.ok && "job queue"].filter(Boolean).join(" and ");
  return NextResponse.json(
    { status: "down", error: `The ${down} cannot be reached; details are in the server log.`, database: { ok: database.ok }, queue: { ok: queue.ok } },
    { status: 503 },
  );
});
