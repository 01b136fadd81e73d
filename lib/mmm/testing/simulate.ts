import { createRng } from "../../math/random";
import { applyAdstock, geometricAdstockWeights, hillShape } from "../../math/response-curve";
import type { MmmInput } from "../model-types";

/**
 * Test helper: weekly data from a known mix-model process, so recovery can be checked.
 * Each channel: spend ~ meanSpend · lognormal(0, 0.5) with some dark (zero) weeks; geometric adstock
 * (normalised, maxLag 8) and Hill saturation with gamma = gammaFactor · meanSpend; beta is set so that the
 * in-window ROI (Σ contribution / Σ spend, pre-window spend 0) equals `roi` exactly.
 * KPI = baseline (level, trend, yearly season, a promo control) + media + N(0, noise·level).
 */
export type SimChannel = {
  name: string;
  meanSpend: number;
  roi: number;
  theta: number;
  alpha: number;
  gammaFactor: number;
  darkWeeks?: number;
  copyOf?: string;
  copyNoise?: number;
};

export function simulateMixData(opts: { seed: number; weeks?: number; channels: SimChannel[]; level?: number; noise?: number }) {
  const rng = createRng(opts.seed);
  const n = opts.weeks ?? 156,
    level = opts.level ?? 100_000,
    noise = opts.noise ?? 0.03;
  const start = Date.UTC(2021, 0, 4);
  const dates = Array.from({ length: n }, (_, t) => new Date(start + t * 7 * 86_400_000).toISOString().slice(0, 10));
  const spendOf: Record<string, number[]> = {};
  const truth: { name: string; roi: number; contribution: number; spend: number; beta: number }[] = [];
  const kpi = new Array<number>(n).fill(0);
  const promo = Array.from({ length: n }, () => (rng.next() < 0.2 ? 1 + rng.int(3) : 0));
  for (let t = 0; t < n; t++) {
    const season = 0.08 * Math.sin((2 * Math.PI * t) / 52.18) + 0.04 * Math.cos((4 * Math.PI * t) / 52.18);
    kpi[t] = level * (1 + 0.15 * (t / n) + season) + 0.03 * level * promo[t] + noise * level * rng.normal();
  }
  for (const ch of opts.channels) {
    const spend = ch.copyOf
      ? spendOf[ch.copyOf].map((v) => v * Math.exp((ch.copyNoise ?? 0.1) * rng.normal()))
      : Array.from({ length: n }, () => (rng.next() < (ch.darkWeeks ?? 0.1) ? 0 : ch.meanSpend * Math.exp(0.5 * rng.normal() - 0.125)));
    spendOf[ch.name] = spend;
    const ad = applyAdstock(spend, geometricAdstockWeights(ch.theta, 8));
    const h = Array.from(ad, (x) => hillShape(x, ch.alpha, ch.gammaFactor * ch.meanSpend));
    const total = spend.reduce((a, b) => a + b, 0);
    const hSum = h.reduce((a, b) => a + b, 0);
    const beta = hSum > 0 ? (ch.roi * total) / hSum : 0;
    h.forEach((v, t) => (kpi[t] += beta * v));
    truth.push({ name: ch.name, roi: ch.roi, contribution: ch.roi * total, spend: total, beta });
  }
  const input: MmmInput = {
    dates,
    kpi,
    kpiName: "revenue",
    media: opts.channels.map((ch) => ({ name: ch.name, spend: spendOf[ch.name] })),
    controls: [{ name: "promo", values: promo, sign: "positive" }],
  };
  return { input, truth };
}

/** Six channels resembling a typical plan: a TV channel with long carryover, a search channel near linear, and so on. */
export const SIX_CHANNELS: SimChannel[] = [
  { name: "tv", meanSpend: 20_000, roi: 1.2, theta: 0.6, alpha: 2, gammaFactor: 1.2, darkWeeks: 0.3 },
  { name: "search", meanSpend: 8_000, roi: 2.5, theta: 0.1, alpha: 1, gammaFactor: 2 },
  { name: "social", meanSpend: 10_000, roi: 1.5, theta: 0.3, alpha: 1.5, gammaFactor: 1 },
  { name: "display", meanSpend: 5_000, roi: 0.8, theta: 0.2, alpha: 1.2, gammaFactor: 1.5 },
  { name: "radio", meanSpend: 6_000, roi: 1.0, theta: 0.4, alpha: 1.8, gammaFactor: 0.8, darkWeeks: 0.4 },
  { name: "email", meanSpend: 2_000, roi: 3.0, theta: 0.0, alpha: 1, gammaFactor: 3 },
];
