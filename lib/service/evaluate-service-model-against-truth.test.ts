import { describe, expect, it } from "vitest";
import { generateDemoDataset, trueLowSatisfactionProbability } from "@/lib/demo";
import { evaluateServiceModelAgainstTruth } from "./evaluate-service-model-against-truth";
import { scoreInteractions } from "./score-interactions";
import { buildServiceHistory } from "./service-history";
import { trainServiceModel } from "./train-service-model";

describe("service risk on the demo dataset, graded against the true mechanism", () => {
  const data = generateDemoDataset({ seed: 42 });
  const rows = [...data.serviceInteractions].sort((a, b) => (a.occurredAt < b.occurredAt ? -1 : 1));
  const closed = rows.filter((r) => r.satisfaction !== null);
  const cutoff = closed[Math.floor(closed.length * 0.8)].occurredAt;
  const { model, metrics } = trainServiceModel(
    rows.filter((r) => r.occurredAt < cutoff),
    { seed: 1 },
  );
  const history = buildServiceHistory(rows);

  it("ranks held-out and open interactions close to the truth", () => {
    const e = evaluateServiceModelAgainstTruth(
      model,
      rows.filter((r) => r.occurredAt >= cutoff),
      history,
      trueLowSatisfactionProbability,
    );
    console.log(JSON.stringify({ metrics, evaluation: e }, null, 1));
    // Measured on seed 42: AUC 0.771 vs oracle 0.769 (the oracle lacks the latent temper), rho 0.95.
    expect(e.aucObserved).toBeGreaterThan(e.aucOracle - 0.04);
    expect(e.spearman).toBeGreaterThan(0.85);
  });

  it("scores the open interactions with levels and reasons", () => {
    const open = rows.filter((r) => r.satisfaction === null);
    const scored = scoreInteractions(model, open, history);
    expect(scored).toHaveLength(open.length);
    for (const s of scored) {
      expect(s.reasons).toHaveLength(3);
      expect(["High", "Medium", "Low"]).toContain(s.riskLevel);
    }
    console.log(
      JSON.stringify(
        scored.slice(0, 2).map(({ features, ...s }) => s),
        null,
        1,
      ),
    );
  });
});
