import "server-only";
import { prisma } from "../../db/client";
import { matchForecastsToActuals } from "../../monitoring/forecast-accuracy";
import { raiseAlert } from "../../monitoring/raise-alert";

/**
 * After new actuals are imported: score every stored future forecast of this dataset's forecast runs whose week now
 * has an actual, and store the records (idempotent: one record per run, series, model and week). Series keys follow
 * the forecast runner's convention "channel|region" with "*" for totals; actuals are weekly activations.
 * Raises an accuracy alert when the 4-week-ahead MAPE of the champion's chosen forecasts exceeds the threshold.
 */
export async function recordForecastAccuracy(datasetId: number, options: { mapeAlertThreshold?: number } = {}): Promise<{ records: number }> {
  const db = prisma();
  const runs = await db.modelRun.findMany({ where: { datasetId, kind: "forecast", status: "succeeded" }, select: { id: true, isChampion: true } });
  if (runs.length === 0) return { records: 0 };
  const runIds = runs.map((r) => r.id);
  const forecasts = await db.$queryRaw<{ runId: number; seriesKey: string; model: string; origin: Date; week: Date; yhat: number }[]>`
    SELECT f."runId", f."seriesKey", f."model", f."origin", f."week", f."yhat" FROM "forecast" f
    WHERE f."runId" = ANY(${runIds}::int[]) AND f."kind" = 'future'
      AND f."week" <= (SELECT MAX("week") FROM "weekly_demand" WHERE "datasetId" = ${datasetId})`;
  if (forecasts.length === 0) return { records: 0 };
  const actualRows = await db.$queryRaw<{ channel: string; region: string; week: Date; activations: number }[]>`
    SELECT c."name" AS channel, r."name" AS region, d."week", d."activations"::float8 AS activations
    FROM "weekly_demand" d JOIN "channel" c ON c."id" = d."channelId" JOIN "region" r ON r."id" = d."regionId"
    WHERE d."datasetId" = ${datasetId} AND d."week" >= ${forecasts.reduce((m, f) => (f.week < m ? f.week : m), forecasts[0].week)}`;
  const actuals = new Map<string, number>();
  const add = (key: string, week: string, v: number) => actuals.set(`${key}@${week}`, (actuals.get(`${key}@${week}`) ?? 0) + v);
  for (const a of actualRows) {
    const week = a.week.toISOString().slice(0, 10);
    for (const key of [`${a.channel}|${a.region}`, `${a.channel}|*`, `*|${a.region}`, "*|*"]) add(key, week, a.activations);
  }
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const records = matchForecastsToActuals(
    forecasts.map((f) => ({ runId: f.runId, seriesKey: f.seriesKey, model: f.model, origin: iso(f.origin), week: iso(f.week), yhat: f.yhat })),
    actuals,
  );
  for (let i = 0; i < records.length; i += 1000) {
    await db.forecastAccuracy.createMany({
      data: records.slice(i, i + 1000).map((r) => ({
        runId: r.runId,
        seriesKey: r.seriesKey,
        model: r.model,
        week: new Date(`${r.week}T00:00:00Z`),
        horizon: r.horizon,
        actual: r.actual,
        forecast: r.forecast,
      })),
      skipDuplicates: true,
    });
  }
  const threshold = options.mapeAlertThreshold ?? 25;
  const champion = runs.find((r) => r.isChampion);
  if (champion) {
    const near = records.filter((r) => r.runId === champion.id && r.seriesKey === "*|*" && r.horizon <= 4 && r.actual !== 0);
    const byModel = new Map<string, number[]>();
    for (const r of near) byModel.set(r.model, [...(byModel.get(r.model) ?? []), Math.abs((r.forecast - r.actual) / r.actual) * 100]);
    const best = Math.min(...[...byModel.values()].map((v) => v.reduce((s, x) => s + x, 0) / v.length));
    if (Number.isFinite(best) && best > threshold) {
      await raiseAlert({
        kind: "accuracy",
        severity: "warning",
        title: "Forecast accuracy below threshold",
        message: `Total demand forecasts missed by ${best.toFixed(1)} % (MAPE, 1–4 weeks ahead) against newly imported actuals; threshold ${threshold} %.`,
        runId: champion.id,
        seriesKey: "*|*",
        details: { mape: best, threshold },
      });
    }
  }
  return { records: records.length };
}
