import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "../../db/client";
import { seedDemoIfEmpty } from "../../data/seed-demo";
import { saveForecastOverride } from "../../data/forecast-overrides";
import { RECONCILED_MODEL, type ForecastArtifacts } from "../../forecast-view/forecast-artifacts";
import type { FitContext } from "../fit-runner";
import { runForecastFit } from "./forecast-fit";

/** The forecast fit on the real demo data in a real database: rows, reconciliation, artifacts, alerts, scenario plans. */
describe("runForecastFit", () => {
  const db = prisma();
  let datasetId = 0;
  const stages: string[] = [];

  async function fit(params: Record<string, unknown>) {
    const run = await db.modelRun.create({ data: { kind: "forecast", datasetId, datasetVersion: 1, status: "running", params: params as object } });
    const ctx: FitContext = {
      runId: run.id,
      datasetId,
      datasetVersion: 1,
      params,
      progress: async (_f, stage) => void stages.push(stage),
      log: async (m) => void console.log(`forecast fit: ${m}`),
    };
    const outcome = await runForecastFit(ctx);
    await db.modelRun.update({ where: { id: run.id }, data: { status: "succeeded", metrics: outcome.metrics as object, artifacts: outcome.artifacts as object } });
    return { runId: run.id, outcome, artifacts: outcome.artifacts as unknown as ForecastArtifacts };
  }

  beforeAll(async () => {
    await seedDemoIfEmpty();
    datasetId = (await db.dataset.findFirstOrThrow({ where: { isDemo: true } })).id;
  });

  it("forecasts every node, stores every model and reconciles bottom-up", async () => {
    await saveForecastOverride(datasetId, "search|north", "snaive");
    const { runId, outcome, artifacts } = await fit({ dropThreshold: 0 });
    const keys = Object.keys(artifacts.series);
    expect(keys).toHaveLength(6 * 4 + 6 + 4 + 1);
    expect(keys).toEqual(expect.arrayContaining(["*|*", "search|*", "*|north", "search|north"]));
    expect(stages).toContain("series search|north");
    expect(artifacts.horizon).toBe(52);
    expect(artifacts.origin).toBe("2026-11-16");
    expect(artifacts.futureRegressors).toEqual({ source: "carried-forward" });
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

  it("uses a saved scenario's spend as the future spend and resolves drops no longer forecast", async () => {
    await saveForecastOverride(datasetId, "search|north", null);
    const scenario = await db.scenario.create({ data: { datasetId, name: "double search", objective: "manual", totalBudget: 1, allocation: { search: 500_000 } } });
    const { artifacts } = await fit({ scenarioId: scenario.id, dropThreshold: 1, models: ["naive", "snaive", "regression"] });
    expect(artifacts.futureRegressors).toMatchObject({ source: "scenario", scenarioId: scenario.id, scenarioName: "double search", planned: ["search"] });
    expect(artifacts.series["search|north"].shown).toBe(artifacts.series["search|north"].chosen);
    expect(artifacts.series["search|north"].notes.join(" ")).not.toMatch(/regressor "spend": 52 of 52 future values missing/);
    expect(await db.alert.count({ where: { kind: "forecast_drop", status: "open" } })).toBe(0);
  });

  it("rejects a scenario from nowhere", async () => {
    await expect(fit({ scenarioId: 999_999 })).rejects.toThrow(/Scenario 999999 does not exist/);
  });
});
