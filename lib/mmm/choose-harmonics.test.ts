import { describe, expect, it } from "vitest";
import { createRng } from "../math/random";
import { applyAdstock, geometricAdstockWeights, hillShape } from "../math/response-curve";
import { chooseHarmonics } from "./choose-harmonics";
import type { MmmInput } from "./model-types";

const WEEK = 7 * 86_400_000;
const YEAR = 52.1775;

/** Three years of weekly KPI: level, trend, `season(t)`, two always-on channels, 3 % noise. */
function data(seed: number, season: (t: number) => number, weeks = 156): MmmInput {
  const rng = createRng(seed);
  const start = Date.UTC(2021, 0, 4);
  const dates = Array.from({ length: weeks }, (_, t) => new Date(start + t * WEEK).toISOString().slice(0, 10));
  const media = ["tv", "search"].map((name, c) => ({ name, spend: Array.from({ length: weeks }, () => (20_000 + 10_000 * c) * Math.exp(0.4 * rng.normal())) }));
  const effects = media.map((m, c) => Array.from(applyAdstock(m.spend, geometricAdstockWeights(0.4, 8)), (a) => 30_000 * hillShape(a, 1, 25_000 + 5_000 * c)));
  const kpi = dates.map((_, t) => 500_000 * (1 + 0.1 * (t / weeks) + season(t)) + effects[0][t] + effects[1][t] + 15_000 * rng.normal());
  return { dates, kpi, media };
}

/** A December peak (von Mises bump, concentration 3) on a summer swell: most of its shape lies beyond 2 harmonics. */
const peaked = (t: number) => {
  const phase = (2 * Math.PI * ((t + 51) % YEAR)) / YEAR; // 0 in late December
  return 0.25 * (Math.exp(3 * (Math.cos(phase) - 1)) - 0.31) + 0.05 * Math.cos(phase - Math.PI);
};
const sinusoid = (t: number) => 0.15 * Math.sin((2 * Math.PI * t) / YEAR);

describe("chooseHarmonics", () => {
  it("BIC gives a peaked season the harmonics it needs, on every seed", () => {
    const ks = [1, 2, 3, 4, 5].map((seed) => chooseHarmonics(data(seed, peaked), "geometric", 8, true, 1).harmonics);
    for (const k of ks) expect(k).toBeGreaterThanOrEqual(3);
  });

  it("BIC keeps a plain yearly sinusoid to few harmonics", () => {
    const ks = [1, 2, 3, 4, 5].map((seed) => chooseHarmonics(data(seed, sinusoid), "geometric", 8, true, 1).harmonics);
    for (const k of ks) expect(k).toBeLessThanOrEqual(2);
  });

  it("scores every K up to one per 26 weeks (at most 6), under both criteria", () => {
    for (const criterion of ["bic", "cv"] as const) {
      expect(chooseHarmonics(data(1, peaked, 104), "geometric", 8, true, 1, criterion).scores).toHaveLength(4);
      expect(chooseHarmonics(data(1, peaked, 208), "geometric", 8, true, 1, criterion).scores).toHaveLength(6);
    }
  });
});
