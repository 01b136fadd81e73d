import { describe, expect, it } from "vitest";
import { createRng } from "../math/random";
import { addWeeks } from "./dates";
import { quantileSorted } from "../math/quantile-sorted";
import { applyCalibration, calibrate, MIN_CONFORMAL, PRIOR_ERRORS, Z80, Z95 } from "./calibrate-intervals";
import { forecastSeries } from "./forecast-series";

describe("calibrate", () => {
  it("with no backtest errors keeps the model's own normal intervals", () => {
    expect(calibrate([])).toMatchObject({ q80: Z80, q95: Z95, method: "model" });
  });

  it("with few errors rescales by their RMS (errors twice the model sd → intervals twice as wide)", () => {
    const c = calibrate([{ actual: [2, -2, 2], yhat: [0, 0, 0], sd: [1, 1, 1] }]);
    expect(c.method).toBe("normal-rms");
    expect(c.q80).toBeCloseTo(2 * Z80, 12);
    expect(c.q95).toBeCloseTo(2 * Z95, 12);
  });

  it("with many errors uses the conformal quantile, shrunk toward the model's own z", () => {
    const z = Array.from({ length: 99 }, (_, i) => (i + 1) / 10); // |z| = 0.1 … 9.9
    const c = calibrate([{ actual: z, yhat: z.map(() => 0), sd: z.map(() => 1) }]);
    expect(c.method).toBe("conformal");
    const n = 99;
    const sorted = [...z];
    const rms = Math.sqrt(z.reduce((s, v) => s + v * v, 0) / n);
    const q80 = Math.max(quantileSorted(sorted, Math.ceil(100 * 0.8) / n), Z80 * rms);
    const w = n / (n + PRIOR_ERRORS);
    expect(c.q80).toBeCloseTo(w * q80 + (1 - w) * Z80, 10);
    expect(n).toBeGreaterThan(MIN_CONFORMAL);
  });

  it("applies multipliers symmetrically around the point forecast", () => {
    const iv = applyCalibration([10], [2], { q80: 1, q95: 2, errors: 30, method: "conformal" });
    expect(iv).toEqual({ lo80: [8], hi80: [12], lo95: [6], hi95: [14] });
  });
});

/** Out-of-sample coverage of the calibrated intervals on simulated series, scored on a fresh holdout. */
async function holdoutCoverage(simulate: (rng: ReturnType<typeof createRng>) => number[], seriesCount: number, seed: number) {
  const rng = createRng(seed);
  const h = 8;
  let in80 = 0;
  let in95 = 0;
  let points = 0;
  for (let s = 0; s < seriesCount; s++) {
    const y = simulate(rng);
    const hist = y.slice(0, -h);
    const test = y.slice(-h);
    const r = await forecastSeries(
      { key: `s${s}`, dates: hist.map((_, i) => addWeeks("2020-01-06", i)), values: hist },
      { horizon: h, models: ["naive", "theta", "ets", "ensemble"], folds: 4 },
    );
    const f = r.forecasts[r.chosen];
    test.forEach((a, i) => {
      if (a >= f.lo80[i] && a <= f.hi80[i]) in80++;
      if (a >= f.lo95[i] && a <= f.hi95[i]) in95++;
      points++;
    });
  }
  if (process.env.SHOW_COVERAGE) console.log(`coverage seed ${seed}: 80 % → ${in80 / points}, 95 % → ${in95 / points}`);
  return { c80: in80 / points, c95: in95 / points };
}

describe("calibrated intervals cover on simulated series (auto-chosen model, fresh holdout)", () => {
  // Bounds: 120 series × 8 steps, strongly dependent within a series; ±8 points at 80 %.
  it("AR(1), φ = 0.7", async () => {
    const { c80, c95 } = await holdoutCoverage(
      (rng) => {
        let v = 0;
        return Array.from({ length: 120 }, () => (v = 0.7 * v + rng.normal()) + 50);
      },
      120,
      11,
    );
    expect(c80).toBeGreaterThan(0.72);
    expect(c80).toBeLessThan(0.9);
    expect(c95).toBeGreaterThan(0.9);
    expect(c95).toBeLessThan(0.99);
  });

  it("random walk", async () => {
    const { c80, c95 } = await holdoutCoverage(
      (rng) => {
        let v = 100;
        return Array.from({ length: 120 }, () => (v += rng.normal()));
      },
      120,
      12,
    );
    expect(c80).toBeGreaterThan(0.72);
    expect(c80).toBeLessThan(0.9);
    expect(c95).toBeGreaterThan(0.9);
    expect(c95).toBeLessThan(0.99);
  });
});
