import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "../../db/client";
import { fetchActiveDataset, fetchDatasetVersion } from "../../data/reads/datasets";
import { seedDemoIfEmpty } from "../../data/writes/seed-demo";
import type { RankedInteraction } from "../../service/ranked-interactions";
import { riskLevel, type ServiceModel } from "../../service";
import { runFitJob } from "../run-fit-job";
import { runServiceFit } from "./service-fit";
import { serviceRunArtifactsSchema, serviceRunMetricsSchema } from "../../runs/service";

describe("service fit runner", () => {
  let runId = 0;
  let datasetId = 0;

  beforeAll(async () => {
    await seedDemoIfEmpty();
    datasetId = (await fetchActiveDataset())!.id;
    const run = await prisma().modelRun.create({
      data: { kind: "service", datasetId, datasetVersion: await fetchDatasetVersion(datasetId), status: "queued" },
    });
    runId = run.id;
    await runFitJob({ runId, runners: { service: runServiceFit }, retryLimit: 0 });
  });

  it("records metrics at the High cut-off, importance and the demo truth evaluation", async () => {
    const run = await prisma().modelRun.findUniqueOrThrow({ where: { id: runId } });
    expect(run.error).toBeNull();
    expect(run).toMatchObject({ status: "succeeded", isChampion: true });
    // The stored metrics satisfy the service run contract (parse throws otherwise).
    const m = serviceRunMetricsSchema.parse(run.metrics);
    expect(serviceRunArtifactsSchema.safeParse(run.artifacts).success).toBe(true);
    expect(m.auc).toBeGreaterThan(0.7);
    expect(m.precision).toBeGreaterThan(0.3);
    expect(m.recall).toBeGreaterThan(0);
    expect(m.f1).toBeCloseTo((2 * m.precision * m.recall) / (m.precision + m.recall), 9);
    expect(m.importance.length).toBeGreaterThan(5);
    // The true mechanism's biggest drivers (type, wait, repeat contact) must rank in the model's top five.
    const top = m.importance.slice(0, 5).map((g) => g.group);
    expect(top).toEqual(expect.arrayContaining(["type"]));
    expect(m.truth!.spearman).toBeGreaterThan(0.7);
    expect(m.truth!.nObserved).toBe(m.sizes.validate);
  });

  it("stores every open interaction ranked by risk with levels and three reasons", async () => {
    const run = await prisma().modelRun.findUniqueOrThrow({ where: { id: runId } });
    const a = run.artifacts as { model: ServiceModel; openInteractions: RankedInteraction[] };
    const open = await prisma().serviceInteraction.findMany({ where: { datasetId, satisfaction: null }, select: { interactionId: true } });
    expect(a.openInteractions.map((r) => r.interactionId).sort()).toEqual(open.map((o) => o.interactionId).sort());
    for (let i = 1; i < a.openInteractions.length; i++) expect(a.openInteractions[i - 1].probability).toBeGreaterThanOrEqual(a.openInteractions[i].probability);
    for (const r of a.openInteractions) {
      expect(r.riskLevel).toBe(riskLevel(r.probability, a.model.riskCutoffs));
      expect(r.reasons).toHaveLength(3);
    }
    expect(new Set(a.openInteractions.map((r) => r.riskLevel)).size).toBeGreaterThan(1);
  });
});
