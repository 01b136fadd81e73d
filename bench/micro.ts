/**
 * `npm run bench:micro`: timings that used to sit in unit tests (where a loaded machine made them flaky and a
 * timed test proves nothing about a fast one): demo generation, scoring 1,000 planned promos with the discount
 * sweep, one slider prediction of the planner, and the optimizer's transfer fallback on a plan by region of 40 regions ×
 * 6 channels (240 units, 100 draws). Prints numbers; asserts nothing.
 */
import { performance } from "node:perf_hooks";
import { generateDemoDataset } from "../lib/demo";
import { createRng } from "../lib/math/random";
import { drawCurves } from "../lib/optimize/draw-curves";
import { transferSearch } from "../lib/optimize/plan-risk";
import { predictPlan } from "../lib/optimize/predict-plan";
import { channel, model } from "../lib/optimize/test-models";
import { sumRevenueByRegionWeek } from "../lib/promo/build-promo-features";
import { buildPromoContext, promotionRowToPlanned } from "../lib/promo/promo-context";
import { scorePromotions } from "../lib/promo/score-promotion";
import { trainPromoModel } from "../lib/promo/train-promo-model";

function time<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

const demo = time(() => generateDemoDataset({ seed: 42 }));
const data = demo.value;
const revenue = sumRevenueByRegionWeek(data.demand);
const train = time(() =>
  trainPromoModel(
    data.promotions.filter((p) => p.salesAmount !== null),
    revenue,
    data.holidays,
    { seed: 1 },
  ),
);
const context = buildPromoContext(data.promotions, revenue, data.holidays);
const planned = data.promotions.filter((p) => p.salesAmount === null).map(promotionRowToPlanned);
const batch = Array.from({ length: 1000 }, (_, i) => planned[i % planned.length]);
scorePromotions(train.value.model, batch.slice(0, 50), context); // JIT warm-up
const score = time(() => scorePromotions(train.value.model, batch, context));

const rng = createRng(1);
const six = model(Array.from({ length: 6 }, (_, i) => channel(`c${i}`, 0.5 + 2 * rng.next(), 1000, 5000, 1000)));
const alloc = Object.fromEntries(six.channels.map((c) => [c.name, 800]));
for (let i = 0; i < 200; i++) predictPlan(six, alloc);
const n = 20_000;
const slider = time(() => {
  for (let i = 0; i < n; i++) predictPlan(six, alloc, { margin: 0.4, revenuePerActivation: 40 });
});

// The transfer fallback on 240 units whose 100 draws mostly agree (every round finds a transfer: the worst case).
const units = Array.from({ length: 240 }, (_, i) => channel(`u${i}`, 1 + rng.next(), 5, 2 + 4 * rng.next(), 5));
const unitDraws = Array.from({ length: 100 }, () => units.map((c) => channel(c.name, c.saturation.alpha, 5, c.saturation.beta * (0.9 + 0.2 * rng.next()), 5)));
const unitCurves = drawCurves(model(units, unitDraws));
const transfers = time(() => transferSearch(unitCurves, Array(240).fill(5), Array(240).fill(0), Array(240).fill(10)));

console.table([
  { what: "demo dataset (208 weeks, seed 42)", ms: demo.ms.toFixed(0), target: "< 3,000 ms" },
  { what: "promo model training", ms: train.ms.toFixed(0), target: "" },
  { what: "score 1,000 planned promos with sweep", ms: score.ms.toFixed(0), target: "< 1,000 ms" },
  { what: "planner slider prediction, 6 channels (per call)", ms: (slider.ms / n).toFixed(4), target: "< 1 ms" },
  { what: `transfer fallback, 240 units × 100 draws (${transfers.value.transfers} transfers)`, ms: transfers.ms.toFixed(0), target: "< 1,000 ms" },
]);
