import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { stopQueue } from "@/lib/jobs/queue";
import { GET as health } from "../health/route";
import { GET } from "./route";

describe("GET /api/metrics", () => {
  const db = prisma();
  let datasetId = 0;
  beforeAll(async () => {
    datasetId = (await db.dataset.create({ data: { name: `metrics-test-${Date.now()}` } })).id;
    await db.modelRun.create({ data: { kind: "mmm", datasetId, datasetVersion: 1, status: "succeeded", durationMs: 4200, finishedAt: new Date() } });
    await db.modelRun.create({ data: { kind: "promo", datasetId, datasetVersion: 1, status: "failed", durationMs: 800, finishedAt: new Date() } });
    await db.alert.create({ data: { kind: "drift", title: "t", message: "m" } });
  });
  afterAll(async () => {
    await stopQueue();
    await db.alert.deleteMany({ where: { kind: "drift", title: "t" } });
    await db.dataset.delete({ where: { id: datasetId } });
  });

  it("exposes request latency, job durations and outcomes, fit counts, alerts and errors in Prometheus format", async () => {
    const h = await health(new Request("http://localhost/api/health"));
    expect(h.status).toBe(200);
    expect(await h.json()).toMatchObject({ status: "ok", database: { ok: true }, queue: { ok: true } });

    const response = await GET();
    expect(response.headers.get("content-type")).toContain("text/plain");
    const text = await response.text();
    expect(text).toMatch(/^mixcast_http_request_duration_seconds_count\{route="\/api\/health",method="GET",status="200"\} [1-9]/m);
    expect(text).toMatch(/^mixcast_model_runs\{kind="mmm",status="succeeded"\} [1-9]/m);
    expect(text).toMatch(/^mixcast_model_runs\{kind="promo",status="failed"\} [1-9]/m);
    expect(text).toMatch(/^mixcast_job_duration_seconds_count\{kind="mmm",status="succeeded"\} [1-9]/m);
    expect(text).toMatch(/^mixcast_job_duration_seconds_bucket\{le="5",kind="mmm",status="succeeded"\} [1-9]/m);
    expect(text).toMatch(/^mixcast_alerts_open\{kind="drift"\} [1-9]/m);
    expect(text).toContain("# TYPE mixcast_errors_total counter");
    expect(text).toContain("mixcast_process_cpu_user_seconds_total");
    expect(text).not.toContain("mixcast_process_process");
  });
});
