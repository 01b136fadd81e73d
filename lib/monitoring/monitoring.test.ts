import { describe, expect, it } from "vitest";
import { createRng } from "../math/random";
import { buildDriftReport } from "./drift-report";
import { kolmogorovQ, ksTwoSample } from "./ks-statistic";
import { populationStabilityIndex, psiFromProportions } from "./population-stability-index";

describe("psiFromProportions", () => {
  it("matches the hand-computed value", () => {
    // (−.15)ln(.4) + (−.05)ln(.8) + (.05)ln(1.2) + (.15)ln(1.6) = 0.13744 + 0.01116 + 0.00912 + 0.07050
    expect(psiFromProportions([0.25, 0.25, 0.25, 0.25], [0.1, 0.2, 0.3, 0.4])).toBeCloseTo(0.228219, 5);
    expect(psiFromProportions([0.5, 0.5], [0.5, 0.5])).toBe(0);
  });
});

describe("populationStabilityIndex", () => {
  it("is near 0 for samples from one distribution and large for a shifted one", () => {
    const rng = createRng(3);
    const ref = Array.from({ length: 5000 }, () => rng.normal());
    const same = Array.from({ length: 5000 }, () => rng.normal());
    const shifted = Array.from({ length: 5000 }, () => rng.normal() + 1);
    expect(populationStabilityIndex(ref, same)).toBeLessThan(0.02);
    // Theory for a 1σ mean shift of a normal with 10 quantile bins: PSI ≈ 1 (close to the KL symmetric divergence 1σ² = 1).
    expect(populationStabilityIndex(ref, shifted)).toBeGreaterThan(0.7);
  });
  it("refuses empty samples", () => {
    expect(() => populationStabilityIndex([], [1])).toThrow("reference sample is empty");
  });
});

describe("ksTwoSample", () => {
  it("computes D on a hand case and the asymptotic p-value", () => {
    const r = ksTwoSample([1, 2, 3, 4, 5], [3, 4, 5, 6, 7]);
    expect(r.statistic).toBeCloseTo(0.4, 12);
    // n_e = 2.5, λ = (1.581139 + 0.12 + 0.069570)·0.4 = 0.708284, λ² = 0.501666;
    // Q = 2(e^{−1.003331} − e^{−4.013325} + e^{−9.029985}) = 2(0.366656 − 0.018068 + 0.000120) = 0.697416
    expect(r.pValue).toBeCloseTo(0.697416, 4);
  });
  it("Q_KS at known points (Kolmogorov distribution table: Q(1.36) ≈ 0.049, Q(1.63) ≈ 0.010)", () => {
    expect(kolmogorovQ(1.36)).toBeCloseTo(0.0494, 3);
    expect(kolmogorovQ(1.63)).toBeCloseTo(0.0098, 3);
  });
});

describe("buildDriftReport", () => {
  it("flags a shifted feature as drift and leaves a stable one stable", () => {
    const rng = createRng(9);
    const ref = Array.from({ length: 400 }, () => rng.normal());
    const rows = buildDriftReport([
      { feature: "stable", group: "spend", reference: ref, current: Array.from({ length: 200 }, () => rng.normal()) },
      { feature: "shifted", group: "spend", reference: ref, current: Array.from({ length: 200 }, () => rng.normal() + 1.5) },
      { feature: "tiny", group: "spend", reference: [1, 2], current: [3, 4] },
    ]);
    expect(rows.map((r) => [r.feature, r.status])).toEqual([
      ["stable", "stable"],
      ["shifted", "drift"],
    ]);
  });
});
