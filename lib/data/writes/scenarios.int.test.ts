import { beforeAll, describe, expect, it } from "vitest";
import { generateDemoDataset } from "../../demo";
import { prisma } from "../../db/client";
import { concaveModel } from "../../optimize/test-models";
import { scenarioPredicted } from "../../planner/scenario-predicted";
import { fetchActiveDataset } from "../reads/datasets";
import { fetchPlannerInputs } from "../reads/planner-inputs";
import { createScenarioSchema, type CreateScenarioInput } from "../../planner/scenario-schema";
import { deleteScenario, duplicateScenario, fetchScenario, fetchScenarios, insertScenario, ScenarioError, updateScenario } from "./scenario-store";
import { seedDemoIfEmpty } from "./seed-demo";

/** Scenarios against real Postgres: create, versioned update with conflicts, duplicate, delete; and the Planner's inputs. */
describe("scenario store", () => {
  let datasetId: number;
  let runId: number;
  const demo = generateDemoDataset();
  const channels = demo.truth.channels.map((c) => c.name);

  beforeAll(async () => {
    await seedDemoIfEmpty();
    const dataset = await fetchActiveDataset();
    if (!dataset) throw new Error("demo not seeded");
    datasetId = dataset.id;
    // A stored mix-model run whose response model is the demo truth (the planner only reads artifacts.responseModel).
    const responseModel = {
      kpi: "revenue",
      weeks: 104,
      channels: demo.truth.channels.map((c) => ({
        name: c.name,
        adstock: c.adstock,
        saturation: c.saturation,
        meanWeeklySpend: c.spend / 104,
        spend: c.spend,
      })),
    };
    const run = await prisma().modelRun.create({
      data: { kind: "mmm", datasetId, datasetVersion: 1, status: "succeeded", isChampion: true, finishedAt: new Date(), artifacts: { responseModel } },
    });
    runId = run.id;
  }, 120_000);

  const input = (name: string, allocation: Record<string, number> = { search: 1500, social: 1000, display: 600 }): CreateScenarioInput => ({
    name,
    objective: "revenue",
    totalBudget: 3100,
    allocation,
    predicted: scenarioPredicted(concaveModel, { search: 1500, social: 1000, display: 600 }, allocation, { margin: 0.5, horizonWeeks: 13 }),
    modelRunId: runId,
  });
  const create = (i: CreateScenarioInput) => insertScenario(datasetId, createScenarioSchema.parse(i));

  it("creates a scenario and reads it back with its allocation and predicted KPIs", async () => {
    const s = await create(input("Search heavy", { search: 2500, social: 400, display: 200 }));
    expect(s.version).toBe(1);
    expect(s.author).toBe("planner");
    const back = await fetchScenario(s.id);
    expect(back?.allocation).toEqual({ search: 2500, social: 400, display: 200 });
    expect(back?.predicted?.weeklyPath).toHaveLength(13);
    expect(back?.predicted?.revenue).toBeGreaterThan(0);
    expect(back?.modelRunId).toBe(runId);
    expect((await fetchScenarios(datasetId)).map((x) => x.name)).toContain("Search heavy");
  });

  it("refuses a duplicate name and an unknown model run with field errors", async () => {
    await create(input("Unique plan"));
    await expect(create(input("Unique plan"))).rejects.toMatchObject({ field: "name", message: expect.stringContaining("already exists") });
    await expect(create({ ...input("Orphan"), modelRunId: 999_999 })).rejects.toMatchObject({ field: "modelRunId" });
  });

  it("updates only from the current version; a stale version gets the conflict message and changes nothing", async () => {
    const s = await create(input("Shared plan"));
    const first = await updateScenario({ id: s.id, version: 1, allocation: { search: 2000, social: 1100 } });
    expect(first.version).toBe(2);
    expect(first.allocation).toEqual({ search: 2000, social: 1100 });
    // A second editor still holds version 1.
    const stale = updateScenario({ id: s.id, version: 1, allocation: { search: 1 } });
    await expect(stale).rejects.toBeInstanceOf(ScenarioError);
    await expect(updateScenario({ id: s.id, version: 1, allocation: { search: 1 } })).rejects.toThrow(
      "This scenario was changed by someone else since you opened it (now version 2). Reload to see their changes.",
    );
    expect((await fetchScenario(s.id))?.allocation).toEqual({ search: 2000, social: 1100 });
    // Of two writers holding the same version, exactly one wins.
    const results = await Promise.allSettled([
      updateScenario({ id: s.id, version: 2, name: "Shared plan A" }),
      updateScenario({ id: s.id, version: 2, name: "Shared plan B" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((await fetchScenario(s.id))?.version).toBe(3);
  });

  it("duplicates under the next free copy name and deletes", async () => {
    const s = await create(input("Base plan"));
    const a = await duplicateScenario(s.id);
    const b = await duplicateScenario(s.id);
    expect([a.name, b.name]).toEqual(["Base plan (copy)", "Base plan (copy 2)"]);
    expect(a.allocation).toEqual(s.allocation);
    expect(a.version).toBe(1);
    expect(await deleteScenario(a.id)).toEqual({ deleted: true });
    expect(await fetchScenario(a.id)).toBeNull();
    expect(await deleteScenario(a.id)).toEqual({ deleted: false });
    await expect(updateScenario({ id: a.id, version: 1, name: "gone" })).rejects.toThrow(/no longer exists/);
  });

  it("plans from the champion run with the last 13 weeks' mean spend as baseline and the unit-economics margin", async () => {
    const result = await fetchPlannerInputs(datasetId);
    expect(result.status).toBe("ready");
    if (result.status !== "ready") return;
    const { inputs } = result;
    expect(inputs.run.id).toBe(runId);
    expect(inputs.channels.map((c) => c.name)).toEqual(channels);
    // Reference computed straight from the generated rows (regions summed, last 13 distinct weeks).
    const weeks = [...new Set(demo.spend.map((r) => r.week))].sort().slice(-13);
    for (const c of channels) {
      const expected = demo.spend.filter((r) => r.channel === c && weeks.includes(r.week)).reduce((a, r) => a + r.spend, 0) / 13;
      expect(inputs.baseline[c], c).toBeCloseTo(expected, 6);
    }
    const acts = Object.fromEntries(
      channels.map((c) => [c, demo.demand.filter((r) => r.channel === c && weeks.includes(r.week)).reduce((a, r) => a + r.activations, 0)]),
    );
    const latest = (c: string) => demo.unitEconomics.filter((u) => u.channel === c).sort((x, y) => (x.validFrom < y.validFrom ? 1 : -1))[0];
    let w = 0,
      m = 0;
    for (const c of channels) {
      const e = latest(c);
      if (!e) continue;
      w += acts[c];
      m += (acts[c] * (e.revenuePerActivation - e.costPerActivation)) / e.revenuePerActivation;
    }
    expect(inputs.marginFromEconomics).toBe(true);
    expect(inputs.defaultMargin).toBeCloseTo(m / w, 9);
  });
});
