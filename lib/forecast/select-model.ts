import type { BacktestMetrics } from "./score-backtest";

/**
 * Model choice rule: lowest backtest OWA-style score, score = ½·(sMAPE/sMAPE_naive +
 * MASE/MASE_naive) — the M4 competition's Overall Weighted Average relative to the naive
 * forecast on the same folds (naive scores 1). It balances a scale-free percentage error with a
 * scaled absolute error, so neither level nor near-zero values dominate. Falls back to MAE
 * relative to naive when a ratio is undefined (e.g. constant history, zero naive error).
 * Ties keep the order of `candidates` (simpler models listed first win).
 */
export type Ranked = { model: string; metrics: BacktestMetrics & { score: number } };

const EPS = 1e-12;

function ratio(x: number, base: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(base)) return Number.NaN;
  return (x + EPS) / (base + EPS);
}

export function rankModels(candidates: { model: string; metrics: BacktestMetrics }[], baseline: BacktestMetrics): Ranked[] {
  const scored = candidates.map((c, order) => {
    let score = 0.5 * (ratio(c.metrics.smape, baseline.smape) + ratio(c.metrics.mase, baseline.mase));
    if (!Number.isFinite(score)) score = ratio(c.metrics.mae, baseline.mae);
    if (!Number.isFinite(score)) score = Number.POSITIVE_INFINITY;
    return { model: c.model, metrics: { ...c.metrics, score }, order };
  });
  scored.sort((a, b) => a.metrics.score - b.metrics.score || a.order - b.order);
  return scored.map(({ model, metrics }) => ({ model, metrics }));
}
