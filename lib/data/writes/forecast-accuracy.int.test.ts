import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "../../db/client";
import { stopQueue } from "../../jobs/queue";
import { importCsv } from "./import-csv";

describe("forecast accuracy on arriving actuals", () => {
  const db = prisma();
  let datasetId = 0;

  beforeAll(async () => {
    datasetId = (await db.dataset.create({ data: { name: `accuracy-test-${Date.now()}` } })).id;
    const history = ["2024-01-01", "2024-01-08", "2024-01-15"].map((w, i) => `${w},search,north,${100 + i},${1000 + i}`).join("\n");
    const r = await importCsv({ datasetId, kind: "demand", text: `week,channel,region,activations,revenue\n${history}\n`, source: "upload", commit: true });
    expect(r.ok).toBe(true);
    // A forecast made at origin 2024-01-15 for the next two weeks, by two models.
    const run = await db.modelRun.create({ data: { kind: "forecast", datasetId, datasetVersion: 1, status: "succeeded", isChampion: true } });
    const point = (model: string, week: string, yhat: number, seriesKey = "search|north") => ({
      runId: run.id,
      seriesKey,
      model,
      kind: "future",
      origin: new Date("2024-01-15T00:00:00Z"),
      week: new Date(`${week}T00:00:00Z`),
      yhat,
    });
    await db.forecast.createMany({
      data: [point("theta", "2024-01-22", 110), point("theta", "2024-01-29", 120), point("naive", "2024-01-22", 102), point("theta", "2024-01-22", 200, "*|*")],
    });
  });

  afterAll(async () => {
    await stopQueue();
    await db.dataset.delete({ where: { id: datasetId } });
  });

  it("importing newer actuals scores the forecasts made before them", async () => {
    expect(await db.forecastAccuracy.count({ where: { run: { datasetId } } })).toBe(0);
    const r = await importCsv({
      datasetId,
      kind: "demand",
      text: "week,channel,region,activations,revenue\n2024-01-22,search,north,100,1000\n",
      source: "upload",
      commit: true,
    });
    expect(r.ok && r.written?.status).toBe("imported");
    const records = await db.forecastAccuracy.findMany({ where: { run: { datasetId } }, orderBy: [{ seriesKey: "asc" }, { model: "asc" }] });
    expect(records.map((x) => [x.seriesKey, x.model, x.week.toISOString().slice(0, 10), x.horizon, x.actual, x.forecast])).toEqual([
      ["*|*", "theta", "2024-01-22", 1, 100, 200],
      ["search|north", "naive", "2024-01-22", 1, 100, 102],
      ["search|north", "theta", "2024-01-22", 1, 100, 110],
    ]);
    // Total missed by 100 % > 25 % threshold: an accuracy alert is raised for the champion.
    const alert = await db.alert.findFirst({ where: { kind: "accuracy", seriesKey: "*|*", status: "open" }, orderBy: { id: "desc" } });
    expect(alert?.message).toContain("100.0 %");
  });
});
