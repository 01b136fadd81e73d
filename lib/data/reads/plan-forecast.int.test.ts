import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "../../db/client";
import { seedDemoIfEmpty } from "../writes/seed-demo";
import { saveSharedForecastPlan } from "../writes/forecast-shared-plan";
import { fetchPlanForecastContext, fetchStoredBaselines } from "./plan-forecast";
import { fetchStoredForecasts } from "./forecast-page";
import { cellsOf } from "../../forecast/view/build-series-inputs";
import { RECONCILED_MODEL } from "../../forecast/view/forecast-artifacts";
import { nationalPlanView, seriesPlanView } from "../../forecast-plan/plan-view";
import { runForecastFit } from "../../jobs/fits/forecast-fit";
import { runMmmFit } from "../../jobs/fits/mmm-fit";

/**
 * A view under a plan is computed from what the champion forecast run stored, with no write anywhere: under the current
 * mix it reproduces the stored shared forecast; under more spend it forecasts more; alerts, settings and runs stay.
 */
describe("forecast views under a plan (stored baseline + the plan's media)", () => {
  const db = prisma();
  let datasetId = 0;

  async function champion(kind: "mmm" | "forecast", params: Record<string, unknown>) {
    const run = await db.modelRun.create({ data: { kind, datasetId, datasetVersion: 1, status: "running", params: params as object } });
    const ctx = { runId: run.id, datasetId, datasetVersion: 1, params, progress: async () => {}, log: async () => {} };
    const outcome = kind === "mmm" ? await runMmmFit(ctx) : await runForecastFit(ctx);
    await db.modelRun.updateMany({ where: { datasetId, kind, isChampion: true }, data: { isChampion: false } });
    await db.modelRun.update({
      where: { id: run.id },
      data: { status: "succeeded", isChampion: true, finishedAt: new Date(), metrics: outcome.metrics as object, artifacts: outcome.artifacts as object },
    });
    return run.id;
  }

  beforeAll(async () => {
    await seedDemoIfEmpty();
    datasetId = (await db.dataset.findFirstOrThrow({ where: { isDemo: true } })).id;
    await saveSharedForecastPlan(datasetId, null);
    await champion("mmm", { iterations: 15, bootstrap: 20 });
    await champion("forecast", { models: ["naive", "ets"], dropThreshold: 1, mixWaitSeconds: 0 });
  }, 240_000);

  it("under the current mix a view reproduces the stored shared forecast; more spend forecasts more; nothing is written", async () => {
    const ctx = (await fetchPlanForecastContext(datasetId))!;
    expect(ctx.model).not.toBeNull();
    const key = "search|north";
    const [baselines, stored] = await Promise.all([fetchStoredBaselines(ctx.forecastRunId, key), fetchStoredForecasts(ctx.forecastRunId, key)]);
    const before = {
      alerts: await db.alert.count(),
      settings: await db.setting.count(),
      runs: await db.modelRun.count(),
      forecasts: await db.forecast.count(),
    };

    const same = seriesPlanView(ctx.model!, ctx.media, {}, baselines[RECONCILED_MODEL], cellsOf(ctx.meta, key));
    same.forecast.yhat.forEach((y, t) => expect(y).toBeCloseTo(stored[RECONCILED_MODEL].yhat[t], 2));
    same.forecast.hi80.forEach((y, t) => expect(y).toBeCloseTo(stored[RECONCILED_MODEL].hi80[t], 1));

    const more = seriesPlanView(ctx.model!, ctx.media, { search: 3 * ctx.media.currentMix.search }, baselines[RECONCILED_MODEL], cellsOf(ctx.meta, key));
    more.forecast.yhat.forEach((y, t) => expect(y).toBeGreaterThan(stored[RECONCILED_MODEL].yhat[t]));
    // A search-only plan leaves the social channel's forecast where it was.
    const social = seriesPlanView(
      ctx.model!,
      ctx.media,
      { search: 3 * ctx.media.currentMix.search },
      (await fetchStoredBaselines(ctx.forecastRunId, "social|north"))[RECONCILED_MODEL],
      cellsOf(ctx.meta, "social|north"),
    );
    const socialStored = (await fetchStoredForecasts(ctx.forecastRunId, "social|north"))[RECONCILED_MODEL];
    social.forecast.yhat.forEach((y, t) => expect(y).toBeCloseTo(socialStored.yhat[t], 2));

    // National revenue: the baseline + all channels' media; doubling every channel raises every week.
    const revenue = ctx.media.national.revenue!;
    const cur = nationalPlanView(ctx.model!, ctx.media, {}, revenue, "revenue", 13);
    const dbl = nationalPlanView(
      ctx.model!,
      ctx.media,
      Object.fromEntries(Object.entries(ctx.media.currentMix).map(([c, v]) => [c, 2 * v])),
      revenue,
      "revenue",
      13,
    );
    dbl.forecast.yhat.forEach((y, t) => expect(y).toBeGreaterThan(cur.forecast.yhat[t]));
    cur.forecast.yhat.forEach((y, t) => expect(y).toBeCloseTo(revenue.yhat[t] + cur.media[t], 6));

    expect({
      alerts: await db.alert.count(),
      settings: await db.setting.count(),
      runs: await db.modelRun.count(),
      forecasts: await db.forecast.count(),
    }).toEqual(before);
  });
});
