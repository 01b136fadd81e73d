import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { prisma } = await import("../../db/client");
const { importCsv } = await import("../writes/import-csv");
const { fetchOverview } = await import("./overview");
const { computeOverviewKpis } = await import("../../overview/overview-kpis");
const { fetchDatasetSummary } = await import("./dataset-summary");
const { fetchMmmData } = await import("./mmm-input");
const { fetchForecastPanelRows } = await import("./forecast-inputs");
const { buildForecastPanel } = await import("../../forecast/view/forecast-panel");
const { stopQueue } = await import("../../jobs/queue");

/**
 * The week-window rule end to end (lib/weeks/complete-weeks.ts): demand imported for a week whose spend is not in yet
 * must not read as a week of $0 spend. The Overview KPIs stay as they were and say a week was left out; the
 * data-quality report names the week spend is missing; the forecast and mix-model inputs end before it.
 */
describe("a demand week without spend", () => {
  const db = prisma();
  let datasetId = 0;
  const weeks = ["2024-01-01", "2024-01-08", "2024-01-15", "2024-01-22"];
  const lines = (f: (w: string, i: number) => string[]) => weeks.flatMap(f).join("\n");

  beforeAll(async () => {
    datasetId = (await db.dataset.create({ data: { name: `incomplete-weeks-${Date.now()}` } })).id;
    const demand = `week,channel,region,activations,revenue\n${lines((w, i) => [`${w},search,north,${10 + i},${1000 + 100 * i}`, `${w},social,north,5,500`])}\n`;
    const spend = `week,channel,region,spend\n${lines((w, i) => [`${w},search,north,${100 + 10 * i}`, `${w},social,north,50`])}\n`;
    for (const [kind, text] of [
      ["demand", demand],
      ["spend", spend],
    ] as const) {
      const r = await importCsv({ datasetId, kind, text, source: "demo", commit: true });
      expect(r.ok, JSON.stringify(!r.ok && r.failed)).toBe(true);
    }
  });
  afterAll(async () => {
    await stopQueue();
    await db.dataset.delete({ where: { id: datasetId } });
  });

  it("leaves the KPIs unchanged and says so; data quality names the missing week; fits end before it", async () => {
    const before = await fetchOverview(datasetId, {});
    const kpisBefore = computeOverviewKpis(before.weekly, 2);
    expect(before.incompleteWeeks).toEqual([]);
    expect((await fetchDatasetSummary(datasetId)).coverage.gaps.find((g) => g.domain === "spend")?.missing).toEqual([]);

    const r = await importCsv({
      datasetId,
      kind: "demand",
      text: "week,channel,region,activations,revenue\n2024-01-29,search,north,30,9000\n",
      source: "upload",
      commit: true,
    });
    expect(r.ok && r.written?.status).toBe("imported");

    const after = await fetchOverview(datasetId, {});
    expect(after.incompleteWeeks).toEqual([{ week: "2024-01-29", missing: ["spend"] }]);
    expect(after.lastWeek).toBe("2024-01-22");
    expect(computeOverviewKpis(after.weekly, 2)).toEqual(kpisBefore);
    expect(after.byRegion).toEqual(before.byRegion);

    const summary = await fetchDatasetSummary(datasetId);
    expect(summary.coverage.incomplete).toEqual([{ week: "2024-01-29", missing: ["spend"] }]);
    expect(summary.coverage.gaps.find((g) => g.domain === "spend")?.missing).toEqual(["2024-01-29"]);
    expect(summary.coverage.gaps.find((g) => g.domain === "demand")?.missing).toEqual([]);
    // The per-series view agrees: every spend series now stops a week before the dataset.
    expect(summary.quality.spend.summary.shortSeries).toBe(2);

    const mmm = await fetchMmmData(datasetId);
    expect(mmm.input.dates.at(-1)).toBe("2024-01-22");
    expect(mmm.incompleteWeeks).toEqual([{ week: "2024-01-29", missing: ["spend"] }]);
    const panel = buildForecastPanel(await fetchForecastPanelRows(datasetId));
    expect(panel.weeks.at(-1)).toBe("2024-01-22");
    expect(panel.incompleteWeeks).toEqual([{ week: "2024-01-29", missing: ["spend"] }]);

    // When the spend arrives the week counts.
    await importCsv({
      datasetId,
      kind: "spend",
      text: "week,channel,region,spend\n2024-01-29,search,north,300\n2024-01-29,social,north,50\n",
      source: "demo",
      commit: true,
    });
    const complete = await fetchOverview(datasetId, {});
    expect(complete.incompleteWeeks).toEqual([]);
    expect(complete.lastWeek).toBe("2024-01-29");
  });
});
