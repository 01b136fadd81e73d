import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

/**
 * Every server action that changes something refuses a caller below its role, and writes nothing. Server actions
 * read the session from Next's request context (next/headers cookies); outside a request that context does not
 * exist, so this test supplies it — a cookie jar holding a real session token of a real user in the real database.
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
const { createSession } = await import("./session");
const { stopQueue } = await import("../jobs/queue");

describe("role checks on every mutation", () => {
  const db = prisma();
  const tokens: Record<"viewer" | "planner" | "admin", string> = { viewer: "", planner: "", admin: "" };
  let datasetId = 0;
  let runId = 0;
  let alertId = 0;
  let scenarioId = 0;
  let tokenId = 0;
  let viewerId = 0;

  beforeAll(async () => {
    const stamp = Date.now();
    for (const role of ["viewer", "planner", "admin"] as const) {
      const user = await db.user.create({ data: { email: `${role}-${stamp}@guards.test`, role, passwordHash: "x" } });
      if (role === "viewer") viewerId = user.id;
      tokens[role] = (await createSession(user.id)).token;
    }
    const dataset = await db.dataset.create({ data: { name: `guards-${stamp}` } });
    datasetId = dataset.id;
    await db.datasetVersion.create({ data: { datasetId, version: 1, kind: "demand", contentHash: "h", source: "upload", rowCount: 1 } });
    const run = await db.modelRun.create({ data: { kind: "promo", datasetId, datasetVersion: 1, status: "succeeded" } });
    runId = run.id;
    alertId = (await db.alert.create({ data: { kind: "drift", title: "guard test", message: "m" } })).id;
    scenarioId = (await db.scenario.create({ data: { datasetId, name: `s-${stamp}`, objective: "revenue", totalBudget: 1, allocation: { search: 1 } } })).id;
    const admin = await db.user.findFirstOrThrow({ where: { email: `admin-${stamp}@guards.test` } });
    tokenId = (await db.apiToken.create({ data: { userId: admin.id, name: "guard", tokenHash: `guard-${stamp}` } })).id;
  });

  afterAll(async () => {
    await stopQueue();
    await db.alert.deleteMany({ where: { id: alertId } });
    await db.dataset.delete({ where: { id: datasetId } });
    await db.user.deleteMany({ where: { email: { endsWith: "@guards.test" } } });
  });

  const snapshot = async () => ({
    runs: await db.modelRun.count(),
    champion: (await db.modelRun.findUnique({ where: { id: runId } }))?.isChampion,
    alert: (await db.alert.findUnique({ where: { id: alertId } }))?.status,
    scenarios: await db.scenario.count(),
    scenarioName: (await db.scenario.findUnique({ where: { id: scenarioId } }))?.name,
    demand: await db.weeklyDemand.count(),
    settings: await db.setting.count(),
    audit: await db.auditLog.count(),
    promoScores: await db.promoScore.count(),
    users: await db.user.count(),
    viewerRole: (await db.user.findUnique({ where: { id: viewerId } }))?.role,
    viewerHash: (await db.user.findUnique({ where: { id: viewerId } }))?.passwordHash,
    apiTokens: await db.apiToken.count(),
    revoked: (await db.apiToken.findUnique({ where: { id: tokenId } }))?.revokedAt,
  });

  const form = (entries: Record<string, string | File>) => {
    const fd = new FormData();
    for (const [k, v] of Object.entries(entries)) fd.set(k, v);
    return fd;
  };
  const csv = new File(["week,channel,region,activations,revenue\n2031-01-06,search,north,1,1\n"], "x.csv", { type: "text/csv" });
  const promo = { category: "snacks", region: "north", discount_pct: 20, duration_days: 14, start_date: "2026-12-07", promo_type: "bogo", cost: 500 };

  // [action, lowest role allowed, call]
  const cases: [string, "planner" | "admin", () => Promise<{ ok: boolean; error?: string }>][] = [
    ["importData", "admin", async () => (await import("../actions/import-data")).importData(form({ kind: "demand", commit: "true", file: csv }))],
    ["promoteRun", "admin", async () => (await import("../actions/promote-run")).promoteRun(runId)],
    [
      "createUser",
      "admin",
      async () =>
        (await import("../actions/create-user")).createUser(null, form({ email: "new@guards.test", role: "admin", password: "long-enough-password" })),
    ],
    ["updateUser", "admin", async () => (await import("../actions/update-user")).updateUser({ id: viewerId, role: "admin" })],
    ["resetPassword", "admin", async () => (await import("../actions/reset-password")).resetPassword(viewerId)],
    ["createApiToken", "admin", async () => (await import("../actions/create-api-token")).createApiToken(null, form({ name: "t", scope: "write" }))],
    ["revokeApiToken", "admin", async () => (await import("../actions/revoke-api-token")).revokeApiToken(tokenId)],
    ["startFit", "planner", async () => (await import("../actions/start-fit")).startFit({ kind: "promo" })],
    ["cancelFit", "planner", async () => (await import("../actions/cancel-fit")).cancelFit(runId)],
    ["updateAlert", "planner", async () => (await import("../actions/update-alert")).updateAlert({ id: alertId, status: "resolved" })],
    ["setSharedForecastPlan", "planner", async () => (await import("../actions/set-shared-forecast-plan")).setSharedForecastPlan({ scenarioId })],
    [
      "setForecastOverride",
      "planner",
      async () => (await import("../actions/set-forecast-override")).setForecastOverride({ seriesKey: "*|*", model: "naive" }),
    ],
    ["scorePromo", "planner", async () => (await import("../actions/score-promo")).scorePromo(promo)],
    [
      "scorePromoCsv",
      "planner",
      async () =>
        (await import("../actions/score-promo-csv")).scorePromoCsv(
          form({
            file: new File(
              ["promotion_id,category,region,discount_pct,duration_days,start_date,promo_type,cost\nP,snacks,north,20,14,2026-12-07,bogo,500\n"],
              "p.csv",
            ),
          }),
        ),
    ],
    [
      "createScenario",
      "planner",
      async () =>
        (await import("../actions/create-scenario")).createScenario({ name: "x", objective: "revenue", totalBudget: 1, allocation: { search: 1 } } as never),
    ],
    [
      "updateScenario",
      "planner",
      async () => (await import("../actions/update-scenario")).updateScenario({ id: scenarioId, version: 1, name: "changed" } as never),
    ],
    ["renameScenario", "planner", async () => (await import("../actions/rename-scenario")).renameScenario({ id: scenarioId, version: 1, name: "renamed" })],
    ["duplicateScenario", "planner", async () => (await import("../actions/duplicate-scenario")).duplicateScenario({ id: scenarioId })],
    ["deleteScenario", "planner", async () => (await import("../actions/delete-scenario")).deleteScenario({ id: scenarioId })],
  ];

  for (const [name, role, call] of cases) {
    const lower = role === "admin" ? (["planner", "viewer"] as const) : (["viewer"] as const);
    it(`${name} is refused for ${lower.join(" and ")} and anonymous callers, changing nothing`, async () => {
      for (const who of [...lower, "anonymous"] as const) {
        jar.token = who === "anonymous" ? undefined : tokens[who];
        const before = await snapshot();
        const result = await call();
        expect({ who, ok: result.ok }).toEqual({ who, ok: false });
        expect(result.error).toMatch(who === "anonymous" ? /Sign in again/ : new RegExp(`needs the ${role} role`));
        expect(await snapshot()).toEqual(before);
      }
    });
  }

  it("lets a viewer preview an import and check a promo CSV, writing nothing; anonymous callers get neither", async () => {
    const importData = (await import("../actions/import-data")).importData;
    const scorePromoCsv = (await import("../actions/score-promo-csv")).scorePromoCsv;
    const promoCsv = () =>
      new File(["promotion_id,category,region,discount_pct,duration_days,start_date,promo_type,cost\nP,snacks,north,20,14,2026-12-07,bogo,500\n"], "p.csv");
    jar.token = tokens.viewer;
    const before = await snapshot();
    const preview = await importData(form({ kind: "demand", commit: "false", file: csv }));
    expect(preview.ok && preview.data.valid && preview.data.written === undefined).toBe(true);
    const checked = await scorePromoCsv(form({ mode: "check", file: promoCsv() }));
    expect(checked.ok && checked.data.valid && checked.data.checked).toBe(true);
    expect(await snapshot()).toEqual(before);
    // Without mode=check the same file is scoring, which stays a planner's.
    const scored = await scorePromoCsv(form({ file: promoCsv() }));
    expect(scored.ok ? "" : scored.error).toMatch(/needs the planner role/);
    jar.token = undefined;
    expect((await importData(form({ kind: "demand", commit: "false", file: csv }))).ok).toBe(false);
    expect((await scorePromoCsv(form({ mode: "check", file: promoCsv() }))).ok).toBe(false);
    expect(await snapshot()).toEqual(before);
  });

  it("lets the right role through (admin promotes a run; planner resolves an alert)", async () => {
    jar.token = tokens.admin;
    expect((await (await import("../actions/promote-run")).promoteRun(runId)).ok).toBe(true);
    jar.token = tokens.planner;
    expect((await (await import("../actions/update-alert")).updateAlert({ id: alertId, status: "resolved" })).ok).toBe(true);
    const audit = await db.auditLog.findFirst({ where: { action: "promote_model", target: `run ${runId}` } });
    expect(audit?.actor).toMatch(/^admin-\d+@guards\.test$/);
  });
});
