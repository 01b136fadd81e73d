import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "../../db/client";
import { fetchActiveDataset, fetchDatasetVersion } from "../../data/reads/datasets";
import { seedDemoIfEmpty } from "../../data/writes/seed-demo";
import { runFitJob } from "../run-fit-job";
import { runPromoFit } from "./promo-fit";
import { promoRunArtifactsSchema, promoRunMetricsSchema } from "../../runs/promo";

/** The promo runner on the real demo data through the production run lifecycle (no queue: the job is run directly). */
describe("promo fit runner", () => {
  let runId = 0;
  let datasetId = 0;

  beforeAll(async () => {
    await seedDemoIfEmpty();
    const dataset = await fetchActiveDataset();
    datasetId = dataset!.id;
    const run = await prisma().modelRun.create({ data: { kind: "promo", datasetId, datasetVersion: await fetchDatasetVersion(datasetId), status: "queued" } });
    runId = run.id;
    await runFitJob({ runId, runners: { promo: runPromoFit }, retryLimit: 0 });
  });

  it("records a succeeded champion run with the engine's metrics and the demo truth evaluation", async () => {
    const run = await prisma().modelRun.findUniqueOrThrow({ where: { id: runId } });
    expect(run.error).toBeNull();
    expect(run).toMatchObject({ status: "succeeded", isChampion: true, progress: 1 });
    // The stored metrics satisfy the promo run contract (parse throws otherwise).
    const m = promoRunMetricsSchema.parse(run.metrics);
    expect(m.truth).not.toBeNull();
    const truth = m.truth!;
    // The demo's sell probability is a weak signal (the oracle's AUC is ~0.65), so these bounds are about the ceiling.
    expect(m.auc).toBeGreaterThan(0.58);
    expect(m.auc).toBeLessThan(0.75);
    for (const k of ["precision", "recall", "f1", "brier", "upliftRmse", "upliftR2"] as const) expect(Number.isFinite(m[k])).toBe(true);
    expect(["logistic-regression", "gradient-boosted-trees"]).toContain(m.classifierModel);
    expect(m.upliftR2).toBeGreaterThan(0.3);
    expect(truth.n).toBeGreaterThan(1500);
    expect(truth.spearmanRoi).toBeGreaterThan(0.9);
    expect(truth.decisionAgreement).toBeGreaterThan(0.85);
    // About a third of promos pay back on the true mechanism.
    expect(truth.trueGoShare).toBeGreaterThan(0.2);
    expect(truth.trueGoShare).toBeLessThan(0.5);
    expect(truth.aucObserved).toBeLessThanOrEqual(truth.aucOracle + 0.03);
  });

  it("stores the model and the driver importances as artifacts", async () => {
    const run = await prisma().modelRun.findUniqueOrThrow({ where: { id: runId } });
    const a = promoRunArtifactsSchema.parse(run.artifacts);
    expect(a.model.version).toBe(1);
    const observed = await prisma().promotion.count({ where: { datasetId, salesAmount: { not: null } } });
    expect(a.model.trainedOn.rows).toBe(observed);
    expect(a.importance.map((i) => i.group)).toContain("discount");
    const sorted = [...a.importance].sort((x, y) => y.importance - x.importance);
    expect(a.importance).toEqual(sorted);
    expect(JSON.stringify(run.artifacts).length).toBeLessThan(2_000_000);
  });
});
