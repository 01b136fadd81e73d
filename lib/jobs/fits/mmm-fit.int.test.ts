import { beforeAll, describe, expect, it } from "vitest";
import { fetchActiveDataset } from "../../data/reads/datasets";
import { seedDemoIfEmpty } from "../../data/writes/seed-demo";
import { mmmRunArtifactsSchema, mmmRunMetricsSchema } from "../../runs/mmm";
import type { FitContext, FitOutcome } from "../fit-runner";
import { runMmmFit } from "./mmm-fit";

/** The mmm runner against the seeded demo in a real database, called directly with a recording context. */
describe("mmm fit runner on the demo dataset", () => {
  let outcome: FitOutcome;
  const progress: { fraction: number; stage: string }[] = [];
  const logs: string[] = [];

  const run = async (params: Record<string, unknown> = {}) => {
    const dataset = await fetchActiveDataset();
    if (!dataset) throw new Error("demo not seeded");
    const ctx: FitContext = {
      runId: 1,
      datasetId: dataset.id,
      datasetVersion: 1,
      params,
      progress: async (fraction, stage) => void progress.push({ fraction, stage }),
      log: async (message) => void logs.push(message),
    };
    return runMmmFit(ctx);
  };

  beforeAll(async () => {
    await seedDemoIfEmpty();
    // Default options: the same fit the app runs.
    outcome = await run();
  }, 300_000);

  it("estimates every demo channel with an ROI inside its 90 % interval", () => {
    const artifacts = mmmRunArtifactsSchema.parse(outcome.artifacts);
    expect(artifacts.channels.map((c) => c.name).sort()).toEqual(["affiliate", "display", "email", "search", "social", "video"]);
    for (const c of artifacts.channels) {
      expect(Number.isFinite(c.roi), c.name).toBe(true);
      expect(c.roiLow, c.name).toBeLessThanOrEqual(c.roi);
      expect(c.roi, c.name).toBeLessThanOrEqual(c.roiHigh);
    }
  });

  it("fits national revenue well and keeps what the Planner and the page read", () => {
    const artifacts = mmmRunArtifactsSchema.parse(outcome.artifacts);
    const metrics = mmmRunMetricsSchema.parse(outcome.metrics);
    expect(metrics.r2).toBeGreaterThan(0.7);
    expect(artifacts.fit.r2).toBe(metrics.r2);
    expect(artifacts.responseModel.channels).toHaveLength(6);
    expect(artifacts.responseModel.draws?.length).toBe(artifacts.bootstrap.replicates);
    expect(artifacts.decomposition).toHaveLength(208);
    expect(artifacts.channels.every((c) => c.responseCurve.length > 2)).toBe(true);
    // Demo unit economics give every channel with a positive contribution a cost per activation.
    for (const v of artifacts.view.channels) {
      expect(v.revenuePerActivation).toBeGreaterThan(0);
      expect(v.adstockWeights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    }
    expect(artifacts.view.liftTests.length).toBe(5);
    expect(JSON.stringify(artifacts).length).toBeLessThan(2_000_000);
  });

  it("fits the demo's regions with the geo-level model by default, calibrated by its 5 lift tests", () => {
    const artifacts = mmmRunArtifactsSchema.parse(outcome.artifacts);
    const metrics = mmmRunMetricsSchema.parse(outcome.metrics);
    expect(artifacts.view.model).toBe("geo");
    expect(artifacts.view.modelNote).toBeNull();
    expect(artifacts.geos!.map((g) => g.name).sort()).toEqual(["east", "north", "south", "west"]);
    // The lift tests entered the fit: their z² is reported, and small (mean z² of 5 tests within the fit's noise).
    expect(artifacts.fit.liftZ2).toBeLessThan(4);
    expect(metrics.liftZ2).toBe(artifacts.fit.liftZ2);
    expect(logs.some((l) => l.startsWith("geo-level model: 4 regions") && l.includes("calibrated by 5 lift test(s)"))).toBe(true);
    // The demo's social spend follows search (lib/demo/spend-patterns.ts); within regions they move together at r ≈ 0.7,
    // and no other pair comes near the 0.6 threshold. The Channel ROI page names the pair in its notes.
    const pairs = artifacts.view.spendOverlap!;
    expect(pairs.map((o) => [o.a, o.b].sort().join("–"))).toEqual(["search–social"]);
    expect(pairs[0].r).toBeGreaterThan(0.6);
    expect(pairs[0].r).toBeLessThan(0.9);
    expect(logs.some((l) => l.startsWith("spend that moves together") && l.includes("search–social"))).toBe(true);
  });

  it("fits the demo's regions with the geo-level model when asked, national figures the sums of the regional ones", async () => {
    const geoRun = await run({ model: "geo", bootstrap: 10, iterations: 10 });
    const artifacts = mmmRunArtifactsSchema.parse(geoRun.artifacts);
    expect(artifacts.view.model).toBe("geo");
    expect(artifacts.geos!.map((g) => g.name).sort()).toEqual(["east", "north", "south", "west"]);
    for (const [c, channel] of artifacts.channels.entries()) {
      expect(artifacts.geos!.reduce((s, g) => s + g.channels[c].contribution, 0)).toBeCloseTo(channel.contribution, 3);
    }
    // Demo regional truth: every region × channel, share × national true contribution ÷ regional spend.
    const truth = artifacts.view.regionalTruth!;
    expect(Object.keys(truth).sort()).toEqual(["east", "north", "south", "west"]);
    for (const g of Object.values(truth)) expect(Object.keys(g)).toHaveLength(6);
    expect(logs.some((l) => l.startsWith("geo-level model: 4 regions"))).toBe(true);
  }, 300_000);

  it("fits the national model when asked", async () => {
    const national = await run({ model: "national", bootstrap: 10, iterations: 10 });
    const artifacts = mmmRunArtifactsSchema.parse(national.artifacts);
    expect(artifacts.view.model).toBe("national");
    expect(artifacts.view.modelNote).toBe("the national model was requested");
    expect(artifacts.geos).toBeUndefined();
    // National weekly totals: the same pair, on the national series.
    expect(artifacts.view.spendOverlap!.map((o) => [o.a, o.b].sort().join("–"))).toEqual(["search–social"]);
  }, 300_000);

  it("grades the estimates against the demo truth", () => {
    const truth = mmmRunMetricsSchema.parse(outcome.metrics).truth!;
    expect(truth.channelCount).toBe(6);
    for (const r of truth.rows) {
      expect(r.trueRoi).toBeGreaterThan(0);
      expect(r.covered).toBe(r.roiLow <= r.trueRoi && r.trueRoi <= r.roiHigh);
    }
    expect(truth.medianAbsPctError).not.toBeNull();
    expect(truth.coverage).toBe(truth.coveredCount / 6);
  });

  it("reports progress in order and reproduces the same numbers with the same seed", async () => {
    expect(progress[0].fraction).toBeLessThan(progress[progress.length - 1].fraction);
    expect(logs.some((l) => l.includes("lift tests"))).toBe(true);
    // A small search keeps the two extra fits quick; same seed and data must give identical numbers.
    const small = { bootstrap: 20, iterations: 20, seed: 7 };
    const [first, second] = [await run(small), await run(small)];
    const roi = (o: FitOutcome) => mmmRunArtifactsSchema.parse(o.artifacts).channels.map((c) => [c.roi, c.roiLow, c.roiHigh]);
    // Identical up to the last bits: V8 may compute Math.pow one ulp apart once a function is optimized, so a run
    // early in a process and one later can differ around 1e-15 relative; anything seed-dependent would differ by far more.
    roi(second).forEach((row, i) => row.forEach((v, j) => expect(Math.abs(v - roi(first)[i][j])).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(v)))));
    expect(second.params).toMatchObject({ seed: 7, bootstrap: 20, iterations: 20, adstock: "geometric", maxLag: 8 });
  }, 300_000);
});
