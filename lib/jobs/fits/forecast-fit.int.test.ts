import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "../../db/client";
import { seedDemoIfEmpty } from "../../data/writes/seed-demo";
import { saveForecastOverride } from "../../data/writes/forecast-overrides";
import { saveSharedForecastPlan } from "../../data/writes/forecast-shared-plan";
import { BASELINE_KIND, RECONCILED_MODEL } from "../../forecast/view/forecast-artifacts";
import { forecastRunArtifactsSchema } from "../../runs/forecast";
import type { FitContext } from "../fit-runner";
import { runForecastFit } from "./forecast-fit";
import { runMmmFit } from "./mmm-fit";

/** The forecast fit on the real demo data in a real database: rows, reconciliation, artifacts, alerts, the shared plan. */
describe("runForecastFit", () => {
  const db = prisma();
  let datasetId = 0;
  let mmmRunId = 0;
  const stages: string[] = [];
  const logs: string[] = [];

  /** A quick mix-model fit made champion: the forecast takes its media effects from it. */
  async function fitMixModel() {
    const params = { iterations: 15, bootstrap: 20 };
    const run = await db.modelRun.create({ data: { kind: "mmm", datasetId, datasetVersion: 1, status: "running", params } });
    const outcome = await runMmmFit({ runId: run.id, datasetId, datasetVersion: 1, params, progress: async () => {}, log: async () => {} });
    await db.modelRun.updateMany({ where: { datasetId, kind: "mmm", isChampion: true }, data: { isChampion: false } });
    await db.modelRun.update({
      where: { id: run.id },
      data: { status: "succeeded", isChampion: true, finishedAt: new Date(), metrics: outcome.metrics as object, artifacts: outcome.artifacts as object },
    });
    return run.id;
  }

  async function fit(params: Record<string, unknown>) {
    const run = await db.modelRun.create({ data: { kind: "forecast", datasetId, datasetVersion: 1, status: "running", params: params as object } });
    const ctx: FitContext = {
      runId: run.id,
      datasetId,
      datasetVersion: 1,
      params,
      progress: async (_f, stage) => void stages.push(stage),
      log: async (m) => void logs.push(m),
    };
    const outcome = await runForecastFit({ ...ctx, params: { mixWaitSeconds: 0, ...params } });
    await db.modelRun.update({
      where: { id: run.id },
      data: { status: "succeeded", metrics: outcome.metrics as object, artifacts: outcome.artifacts as object },
    });
    return { runId: run.id, outcome, artifacts: forecastRunArtifactsSchema.parse(outcome.artifacts) };
  }

  beforeAll(async () => {
    await seedDemoIfEmpty();
    datasetId = (await db.dataset.findFirstOrThrow({ where: { isDemo: true } })).id;
    await saveSharedForecastPlan(datasetId, null);
    mmmRunId = await fitMixModel();
  }, 240_000);

  it("forecasts every node, stores every model and reconciles bottom-up", async () => {
    await saveForecastOverride(datasetId, "search|north", "snaive");
    const { runId, outcome, artifacts } = await fit({ dropThreshold: 0 });
    const keys = Object.keys(artifacts.series);
    expect(keys).toHaveLength(6 * 4 + 6 + 4 + 1);
    expect(keys).toEqual(expect.arrayContaining(["*|*", "search|*", "*|north", "search|north"]));
    expect(stages).toContain("series search|north");
    expect(artifacts.horizon).toBe(52);
    expect(artifacts.origin).toBe("2026-11-16");
    expect(artifacts.futureRegressors).toEqual({ source: "current-mix" });
    expect(JSON.stringify(outcome.artifacts).length).toBeLessThan(2_000_000);

    // every fitted model of a series has 52 future weeks after the origin
    const models = await db.forecast.groupBy({ by: ["model"], where: { runId, seriesKey: "search|north", kind: "future" }, _count: true });
    expect(models.length).toBeGreaterThanOrEqual(5);
    for (const m of models) expect(m._count).toBe(52);
    expect(models.map((m) => m.model)).toContain(RECONCILED_MODEL);
    expect(await db.forecast.count({ where: { runId, kind: "backtest", seriesKey: "*|*" } })).toBeGreaterThan(0);

    // the reconciled grand total is the sum of the reconciled cells, week by week
    const rec = await db.forecast.findMany({ where: { runId, model: RECONCILED_MODEL, kind: "future" }, orderBy: { week: "asc" } });
    const firstWeek = rec[0].week.getTime();
    const weekRows = rec.filter((r) => r.week.getTime() === firstWeek);
    const total = weekRows.find((r) => r.seriesKey === "*|*")!.yhat;
    const cells = weekRows.filter((r) => !r.seriesKey.includes("*")).reduce((s, r) => s + r.yhat, 0);
    expect(total).toBeCloseTo(cells, 6);

    // the override is what the cell shows and what the totals are built from
    const sn = artifacts.series["search|north"];
    expect(sn.shown).toBe("snaive");
    expect(sn.overrideAtFit).toBe("snaive");
    const snaive = await db.forecast.findMany({ where: { runId, seriesKey: "search|north", model: "snaive", kind: "future" }, orderBy: { week: "asc" } });
    const recSn = rec.filter((r) => r.seriesKey === "search|north");
    expect(recSn.map((r) => r.yhat)).toEqual(snaive.map((r) => r.yhat));

    // leaderboard and money: demo unit economics for search are $48 cost and $120 revenue per activation
    const total$ = artifacts.series["*|*"];
    expect(total$.leaderboard[0].metrics.mase).toBeGreaterThan(0);
    expect(sn.money!.co).toBe(48);
    expect(sn.money!.cu).toBe(72);
    expect(sn.money!.ratio).toBeCloseTo(0.6, 10);
    expect(sn.money!.models[sn.chosen].plan).toHaveLength(52);
    // a cell's reconciled forecast is its shown model's, so its plan is too
    expect(sn.money!.shownPlan).toEqual(sn.money!.models.snaive.plan);
    expect(artifacts.series["*|*"].money!.shownPlan).toHaveLength(52);
    expect(sn.money!.models.snaive.cost).toBeGreaterThan(0);
    expect(outcome.metrics.meanMase).toBeGreaterThan(0);

    // a threshold of 0 flags every series whose next 4 weeks are below the last 4
    const dropping = keys.filter((k) => artifacts.series[k].drop.alert);
    expect(dropping.length).toBe(outcome.metrics.dropAlerts);
    const alerts = await db.alert.findMany({ where: { kind: "forecast_drop", status: "open" } });
    expect(alerts.map((a) => a.seriesKey).sort()).toEqual([...dropping].sort());
  });

  it("takes media effects from the champion mix model: no spend driver, media added back on top of a stored baseline", async () => {
    await saveForecastOverride(datasetId, "search|north", null);
    const { runId, artifacts } = await fit({ dropThreshold: 1, models: ["naive", "snaive", "regression"] });
    const media = artifacts.media!;
    expect(media.mmmRunId).toBe(mmmRunId);
    expect(Object.keys(media.currentMix).sort()).toEqual(["affiliate", "display", "email", "search", "social", "video"]);
    expect(media.plan).toMatchObject({ source: "current-mix" });
    expect(media.national.revenue!.yhat).toHaveLength(52);
    // The demo's region shares (north 0.30 …) are what spend shows, within its ±10 % regional noise.
    expect(media.mapping.regionShares.search.north).toBeGreaterThan(0.25);
    expect(media.mapping.regionShares.search.north).toBeLessThan(0.35);
    expect(media.past.weeks.at(-1)).toBe("2026-11-16");
    for (const [key, s] of Object.entries(artifacts.series)) {
      // No series offers spend (or campaign budgets) to its models, so no driver can contradict Channel ROI.
      expect(s.regressors).not.toContain("spend");
      expect(s.regressors).not.toContain("campaign_budget");
      expect((s.drivers?.items ?? []).map((d) => d.name)).not.toContain("spend");
      expect(
        s.media!.perWeek.every((v) => v >= 0),
        key,
      ).toBe(true);
    }
    expect(Math.min(...artifacts.series["search|*"].media!.perWeek)).toBeGreaterThan(0);
    // Stored forecast = stored baseline + the series' media, week by week (reconciled grand total).
    const [total, baseline] = await Promise.all(
      ["future", BASELINE_KIND].map((kind) =>
        db.forecast.findMany({ where: { runId, seriesKey: "*|*", model: RECONCILED_MODEL, kind }, orderBy: { week: "asc" } }),
      ),
    );
    expect(baseline).toHaveLength(52);
    total.forEach((r, t) => expect(r.yhat).toBeCloseTo(baseline[t].yhat + artifacts.series["*|*"].media!.perWeek[t], 1));
    // Intervals hold the point.
    for (const r of total) expect(r.lo80! <= r.yhat && r.yhat <= r.hi80! && r.lo95! <= r.lo80! && r.hi80! <= r.hi95!).toBe(true);
  });

  it("follows the shared plan (a scenario someone set) and falls back to the current mix when it is gone", async () => {
    const scenario = await db.scenario.create({
      data: { datasetId, name: "double search", objective: "manual", totalBudget: 1, allocation: { search: 500_000, radio: 10 } },
    });
    await saveSharedForecastPlan(datasetId, { scenarioId: scenario.id, scenarioName: scenario.name, setBy: "test@demo", setAt: new Date().toISOString() });
    const withPlan = await fit({ dropThreshold: 1, models: ["naive", "snaive", "regression"] });
    expect(withPlan.artifacts.futureRegressors).toMatchObject({
      source: "scenario",
      scenarioId: scenario.id,
      scenarioName: "double search",
      planned: ["search"],
    });
    expect(withPlan.artifacts.media!.plan).toMatchObject({ source: "scenario", scenarioId: scenario.id });
    expect(withPlan.artifacts.media!.plan.weekly.search).toBe(500_000);
    expect(logs.join("\n")).toMatch(/not in the mix model: radio/);
    // Far more search spend than the current mix: more search media in the forecast.
    await saveSharedForecastPlan(datasetId, null);
    const current = await fit({ dropThreshold: 1, models: ["naive", "snaive", "regression"] });
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(withPlan.artifacts.series["search|*"].media!.perWeek)).toBeGreaterThan(mean(current.artifacts.series["search|*"].media!.perWeek));
    expect(await db.alert.count({ where: { kind: "forecast_drop", status: "open" } })).toBe(0);

    await saveSharedForecastPlan(datasetId, { scenarioId: 999_999, scenarioName: "gone", setBy: "test@demo", setAt: new Date().toISOString() });
    const gone = await fit({ dropThreshold: 1, models: ["naive"] });
    expect(gone.artifacts.futureRegressors).toEqual({ source: "current-mix" });
    expect(logs.join("\n")).toMatch(/scenario #999999 \("gone"\) cannot be read/);
    await saveSharedForecastPlan(datasetId, null);
  });
});
