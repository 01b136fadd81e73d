import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

/**
 * Replacing the shared forecast is explicit and audited: the planner's action stores the plan, queues a forecast fit
 * and writes an audit entry; a bad scenario writes nothing. (Role refusals are in lib/auth/role-guards.int.test.ts.)
 */
const jar: { token?: string } = {};
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (name === "mixcast_session" && jar.token ? { name, value: jar.token } : undefined),
    set: () => {},
    delete: () => {},
  }),
  headers: async () => new Headers({ host: "localhost" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { prisma } = await import("../db/client");
const { createSession } = await import("../auth/session");
const { stopQueue } = await import("../jobs/queue");
const { fetchActiveDataset } = await import("../data/reads/datasets");
const { seedDemoIfEmpty } = await import("../data/writes/seed-demo");
const { fetchSharedForecastPlan, saveSharedForecastPlan } = await import("../data/writes/forecast-shared-plan");
const { setSharedForecastPlan } = await import("./set-shared-forecast-plan");

describe("setSharedForecastPlan", () => {
  const db = prisma();
  const stamp = Date.now();
  let datasetId = 0;
  let scenarioId = 0;
  const runs: number[] = [];

  beforeAll(async () => {
    await seedDemoIfEmpty();
    datasetId = (await fetchActiveDataset())!.id;
    const user = await db.user.create({ data: { email: `planner-${stamp}@shared-plan.test`, role: "planner", passwordHash: "x" } });
    jar.token = (await createSession(user.id)).token;
    scenarioId = (
      await db.scenario.create({ data: { datasetId, name: `shared-${stamp}`, objective: "manual", totalBudget: 1, allocation: { search: 90_000 } } })
    ).id;
  });

  afterAll(async () => {
    await saveSharedForecastPlan(datasetId, null);
    await db.modelRun.deleteMany({ where: { id: { in: runs } } });
    await db.scenario.deleteMany({ where: { id: scenarioId } });
    await db.user.deleteMany({ where: { email: { endsWith: "@shared-plan.test" } } });
    await stopQueue();
  });

  it("stores the scenario as the shared plan, queues a forecast fit and audits who did it", async () => {
    const r = await setSharedForecastPlan({ scenarioId });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    runs.push(r.data.runId);
    expect(await fetchSharedForecastPlan(datasetId)).toMatchObject({ scenarioId, scenarioName: `shared-${stamp}`, setBy: `planner-${stamp}@shared-plan.test` });
    const run = await db.modelRun.findUniqueOrThrow({ where: { id: r.data.runId } });
    expect({ kind: run.kind, status: run.status, createdBy: run.createdBy }).toEqual({
      kind: "forecast",
      status: "queued",
      createdBy: `planner-${stamp}@shared-plan.test`,
    });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "forecast_shared_plan", actor: `planner-${stamp}@shared-plan.test` },
      orderBy: { id: "desc" },
    });
    expect(audit.target).toBe(`scenario ${scenarioId}`);
    expect(audit.details).toMatchObject({ scenarioName: `shared-${stamp}`, previous: "current mix", runId: r.data.runId });
  });

  it("goes back to the current mix, audited with what it replaced", async () => {
    const r = await setSharedForecastPlan({ scenarioId: null });
    expect(r.ok).toBe(true);
    if (r.ok) runs.push(r.data.runId);
    expect(await fetchSharedForecastPlan(datasetId)).toBeNull();
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "forecast_shared_plan", actor: `planner-${stamp}@shared-plan.test` },
      orderBy: { id: "desc" },
    });
    expect(audit.target).toBe("current mix");
    expect(audit.details).toMatchObject({ previous: { scenarioId, scenarioName: `shared-${stamp}` } });
  });

  it("refuses an unknown scenario and changes nothing", async () => {
    const before = { runs: await db.modelRun.count(), audit: await db.auditLog.count(), settings: await db.setting.count() };
    const r = await setSharedForecastPlan({ scenarioId: 2_000_000_000 });
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/Scenario 2000000000 does not exist/) });
    const bad = await setSharedForecastPlan({ scenarioId: -1 } as never);
    expect(bad.ok).toBe(false);
    expect({ runs: await db.modelRun.count(), audit: await db.auditLog.count(), settings: await db.setting.count() }).toEqual(before);
  });
});
