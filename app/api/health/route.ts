import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/client";
import { getQueue, QUEUES } from "@/lib/jobs/queue";
import { withApiMetrics } from "@/lib/monitoring/metrics";

export const dynamic = "force-dynamic";

/** Liveness and readiness: the database answers and the job queue is reachable (with its backlog). */
export const GET = withApiMetrics("/api/health", async (_request: Request) => {
  const started = performance.now();
  const database = await prisma()
    .$queryRaw`SELECT 1`.then(() => ({ ok: true, latencyMs: Math.round(performance.now() - started) }))
    .catch((e: unknown) => ({ ok: false, error: String(e) }));
  const queue = await (async () => {
    try {
      const boss = await getQueue();
      const queued = await boss.getQueueSize(QUEUES.fit("forecast"));
      return { ok: true, queuedForecastFits: queued };
    } catch (e) {
      return { ok: false, error: String(e) };
    }
  })();
  const ok = database.ok && queue.ok;
  return NextResponse.json({ status: ok ? "ok" : "error", database, queue }, { status: ok ? 200 : 503 });
});
