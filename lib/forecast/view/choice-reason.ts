import { DEFAULT_ENSEMBLE_MARGIN } from "@/lib/forecast/forecast-series";

/**
 * Why the engine chose the model it chose, in words, from the stored leaderboard (lib/forecast/forecast-series.ts):
 * models are ranked by their backtest score, ½·(sMAPE/sMAPE_naive + MASE/MASE_naive) — 1 is as good as the naive
 * forecast, lower is better — and the ensemble is kept unless a single model scores more than `margin` better,
 * because choosing between close competitors on one backtest is mostly noise (the M4 competition's finding).
 * Returns null when the leaderboard has no scores (older runs).
 *
 * @example choiceReason([{ model: "naive", metrics: { score: 0.97 } }, { model: "ensemble", metrics: { score: 1 } }], "ensemble")
 */
export function choiceReason(
  leaderboard: { model: string; metrics: Record<string, number> }[],
  chosen: string,
  margin = DEFAULT_ENSEMBLE_MARGIN,
): string | null {
  const scored = leaderboard.filter((l) => Number.isFinite(l.metrics.score));
  if (scored.length === 0) return null;
  const top = scored[0];
  const pct = (v: number) => `${Math.round(v * 100)} %`;
  const rule = `Rule: lowest backtest score wins (½·(sMAPE ÷ naive's + MASE ÷ naive's); 1 = as good as naive), but the ensemble is kept unless a single model scores more than ${pct(margin)} better.`;
  const chosenRow = scored.find((l) => l.model === chosen);
  if (!chosenRow) return rule;
  if (chosen === top.model) return `${chosen} has the lowest backtest score (${chosenRow.metrics.score.toFixed(2)}). ${rule}`;
  if (chosen === "ensemble") {
    const apart = chosenRow.metrics.score / top.metrics.score - 1;
    return `${top.model} scores ${top.metrics.score.toFixed(2)} and the ensemble ${chosenRow.metrics.score.toFixed(2)}: ${pct(apart)} apart, within the ${pct(margin)} margin, so the ensemble is kept — one backtest cannot tell such close models apart, and combinations are the safer bet. ${rule}`;
  }
  return `${chosen} scores ${chosenRow.metrics.score.toFixed(2)} against ${top.model}'s ${top.metrics.score.toFixed(2)}. ${rule}`;
}
