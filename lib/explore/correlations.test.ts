import { describe, expect, it } from "vitest";
import { fisherZInterval } from "./fisher-z-interval";
import { laggedCorrelations } from "./lagged-correlations";
import { pearsonCorrelation } from "./pearson-correlation";
import { spearmanCorrelationInterval } from "./spearman-correlation-interval";

// Worked by hand: x = 1…5, y = 2, 4, 5, 4, 5 → deviations x: −2 −1 0 1 2, y: −2 0 1 0 1 → Sxy 6, Sxx 10, Syy 6, r = 6/√60.
// Fisher z = atanh(r) = 1.03172, se = 1/√(5 − 3); z ± 1.959964·se → tanh → [−0.34008, 0.98424] (R cor.test: −0.3400820, 0.9842358).
const X = [1, 2, 3, 4, 5];
const Y = [2, 4, 5, 4, 5];
const DIGITS = 6;

describe("pearsonCorrelation", () => {
  it("gives r and the Fisher-z 95 % interval of the worked example", () => {
    const c = pearsonCorrelation(X, Y);
    expect(c.r).toBeCloseTo(0.7745966692, 9);
    expect(c.low).toBeCloseTo(-0.3400820352, DIGITS);
    expect(c.high).toBeCloseTo(0.9842357552, DIGITS);
    expect(c.n).toBe(5);
  });

  it("is exact for a perfect line, unaffected by scale, and NaN for a constant side", () => {
    expect(pearsonCorrelation([1, 2, 3, 4], [-3, -5, -7, -9]).r).toBeCloseTo(-1, 12);
    // revenue-sized values with small differences: centred sums keep full precision
    expect(
      pearsonCorrelation(
        X.map((v) => 1e9 + v),
        Y.map((v) => 1e9 + v),
      ).r,
    ).toBeCloseTo(0.7745966692, 9);
    expect(pearsonCorrelation([1, 2, 3], [4, 4, 4]).r).toBeNaN();
  });

  it("refuses unequal lengths, fewer than 2 pairs and non-finite values, naming the function", () => {
    expect(() => pearsonCorrelation([1, 2], [1])).toThrow(/pearsonCorrelation/);
    expect(() => pearsonCorrelation([1], [1])).toThrow(/pearsonCorrelation/);
    expect(() => pearsonCorrelation([1, Number.NaN], [1, 2])).toThrow(/pearsonCorrelation/);
  });
});

describe("fisherZInterval", () => {
  it("has no interval with 3 pairs or fewer and a degenerate one at |r| = 1", () => {
    expect(fisherZInterval(0.5, 3)).toEqual([Number.NaN, Number.NaN]);
    expect(fisherZInterval(1, 10)).toEqual([1, 1]);
  });
  it("narrows as n grows (se = 1/√(n − 3))", () => {
    // n = 103: se = 0.1, z = atanh(0.5) = 0.549306 ± 0.195996 → tanh(0.353310), tanh(0.745302) → [0.339308, 0.632338]
    const [lo, hi] = fisherZInterval(0.5, 103);
    expect(lo).toBeCloseTo(0.339308, 5);
    expect(hi).toBeCloseTo(0.632338, 5);
  });
});

describe("spearmanCorrelationInterval", () => {
  it("ranks ties by their average rank and uses the 1.06/(n − 3) variance", () => {
    // y ranks: 2 → 1; the two 4s → 2.5; the two 5s → 4.5. Deviations of ranks: x −2 −1 0 1 2, y −2 −0.5 1.5 −0.5 1.5
    // → Sxy 7, Sxx 10, Syy 9, ρ = 7/√90. Interval: atanh(ρ) ± 1.959964·√(1.06/2) → [−0.44712, 0.98276].
    const c = spearmanCorrelationInterval(X, Y);
    expect(c.r).toBeCloseTo(0.7378647874, 9);
    expect(c.low).toBeCloseTo(-0.4471235636, DIGITS);
    expect(c.high).toBeCloseTo(0.9827649535, DIGITS);
  });
  it("is 1 for any increasing relation, however curved", () => {
    expect(spearmanCorrelationInterval([1, 2, 3, 4, 5, 6], [1, 8, 27, 64, 125, 216]).r).toBeCloseTo(1, 12);
  });
});

describe("laggedCorrelations", () => {
  const weeks = Array.from({ length: 30 }, (_, i) => new Date(Date.UTC(2024, 0, 1) + i * 7 * 86_400_000).toISOString().slice(0, 10));
  // A driver with its own irregular pattern, and a KPI that is the driver two weeks earlier (plus a constant).
  const driver = weeks.map((_, i) => ((i * 7919) % 31) + (i % 3) * 5);
  const kpi = driver.map((_, i) => (i >= 2 ? 100 + 3 * driver[i - 2] : 150));

  it("finds the lag at which the KPI follows the driver exactly", () => {
    const lags = laggedCorrelations(weeks, kpi, driver, 4);
    expect(lags.map((l) => l.lag)).toEqual([0, 1, 2, 3, 4]);
    // lag 2 pairs weeks 2…29 with driver weeks 0…27: a perfect line
    expect(lags[2].r).toBeCloseTo(1, 12);
    expect(lags[2].n).toBe(28);
    for (const l of [lags[0], lags[1], lags[3]]) expect(Math.abs(l.r)).toBeLessThan(0.9);
  });

  it("pairs weeks by date, so a missing week never pairs weeks that are not `lag` apart", () => {
    // Drop week 10: with positional shifting, week 12 would pair with week 9; by date it pairs with week 10 (gone).
    const keep = weeks.map((_, i) => i !== 10);
    const w = weeks.filter((_, i) => keep[i]);
    const lags = laggedCorrelations(
      w,
      kpi.filter((_, i) => keep[i]),
      driver.filter((_, i) => keep[i]),
      2,
    );
    expect(lags[2].r).toBeCloseTo(1, 12);
    expect(lags[2].n).toBe(26); // 28 pairs less week 10 as KPI week and as driver week
  });

  it("refuses a negative lag", () => {
    expect(() => laggedCorrelations(weeks, kpi, driver, -1)).toThrow(/laggedCorrelations/);
  });
});
