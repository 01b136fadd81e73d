import { describe, expect, it } from "vitest";
import type { Hyper } from "./candidate-model";
import {
  fitPooled,
  fitWeeks,
  geoMedia,
  makeRowSet,
  regionSystems,
  geoConditionalAic,
  geoDeviance,
  geoMarginalDeviance,
  meanResidualCorrelation,
  type GeoMedia,
  type GeoRowSet,
  type PooledFit,
  type RegionSystem,
} from "./geo-pooled-fit";
import { buildGeoProblem, type GeoProblem } from "./geo-problem";
import type { GeoMmmInput } from "./geo-types";

/** A region's normal equations for a design X (rows) and KPI y: A = X'X, c = X'y, yy = y'y. */
function system(X: number[][], y: number[]): RegionSystem {
  const m = X[0].length;
  const A = new Float64Array(m * m),
    c = new Float64Array(m);
  let yy = 0;
  X.forEach((row, t) => {
    yy += y[t] * y[t];
    for (let i = 0; i < m; i++) {
      c[i] += row[i] * y[t];
      for (let j = 0; j < m; j++) A[i * m + j] += row[i] * row[j];
    }
  });
  return { A, c, yy };
}

const design = (n: number, phase: number) => Array.from({ length: n }, (_, t) => [0.5 + 0.4 * Math.sin(t + phase), 0.5 + 0.4 * Math.cos(2.3 * t + phase)]);

describe("fitPooled", () => {
  it("recovers each region's own effects from exact data when they differ (the variance component is large)", () => {
    const truth = [
      [2, 1],
      [4, 0.5],
      [1, 3],
      [3, 2],
    ];
    const systems = truth.map((b, g) => {
      const X = design(40, g);
      return system(
        X,
        X.map((r) => r[0] * b[0] + r[1] * b[1] + 1e-6 * Math.sin(7 * g + r[0])),
      );
    });
    // Weights 1/σ² match the (tiny) noise, so each region's data are far more precise than the spread between regions.
    const fit = fitPooled(systems, [1e8, 1e8, 1e8, 1e8], [false, false]);
    fit.b.forEach((bg, g) => bg.forEach((v, c) => expect(v).toBeCloseTo(truth[g][c], 3)));
    expect(fit.tau2[0]).toBeGreaterThan(0.5);
    for (const pw of fit.pooledWeight.flat()) expect(pw).toBeLessThan(1e-3);
  });

  it("pools completely (τ = 0) when the regions' estimates differ by less than their noise, and pins channels at zero", () => {
    // Identical designs and effects: the unpooled estimates agree, Q = 0 < G − 1, so τ² = 0.
    const systems = [0, 1, 2].map(() => {
      const X = design(30, 1);
      return system(
        X,
        X.map((r, t) => 2 * r[0] + 1 * r[1] + 0.01 * Math.sin(3 * t)),
      );
    });
    const fit = fitPooled(systems, [1e4, 1e4, 1e4], [false, false]);
    expect(fit.tau2[0]).toBe(0);
    fit.b.forEach((bg) => {
      expect(bg[0]).toBeCloseTo(fit.beta[0], 6);
      expect(bg[1]).toBeCloseTo(fit.beta[1], 6);
    });
    const pinned = fitPooled(systems, [1, 1, 1], [false, true]);
    pinned.b.forEach((bg) => expect(bg[1]).toBe(0));
    expect(Math.min(...pinned.sse)).toBeGreaterThan(Math.max(...fit.sse));
  });

  it("shrinks a noisy region (small weight) toward the pooled effect more than a precise one", () => {
    const truth = [
      [2, 1],
      [2.2, 1.1],
      [1.8, 0.9],
      [6, 3],
    ];
    const systems = truth.map((b, g) => {
      const X = design(40, g);
      return system(
        X,
        X.map((r, t) => r[0] * b[0] + r[1] * b[1] + 0.2 * Math.sin(5.1 * t + g)),
      );
    });
    // Region 4 (the outlier) is given a tiny weight (a very noisy region): it leans on the pooled effect.
    const fit = fitPooled(systems, [25, 25, 25, 0.01], [false, false]);
    expect(fit.pooledWeight[3][0]).toBeGreaterThan(fit.pooledWeight[0][0]);
    expect(Math.abs(fit.b[3][0] - fit.beta[0])).toBeLessThan(Math.abs(6 - fit.beta[0]));
    // The pooled effect follows the precise regions, not the outlier.
    expect(fit.beta[0]).toBeLessThan(3);
  });

  it("keeps a free leading baseline column (the pooled intercept) out of the media results", () => {
    const systems = [0, 1, 2].map((g) => {
      const X = design(30, g).map((r) => [1, ...r]);
      return system(
        X,
        X.map((r) => 5 + g * 0.1 + 2 * r[1] + r[2]),
      );
    });
    const fit = fitPooled(systems, [1, 1, 1], [false, false], undefined, 1);
    expect(fit.b[0]).toHaveLength(2);
    expect(fit.lead[0]).toHaveLength(1);
    expect(fit.leadBeta[0]).toBeGreaterThan(4.5);
  });
});

describe("geoDeviance", () => {
  it("is Σ_g n·ln(SSE_g / n)", () => {
    expect(geoDeviance([10, 40], 10)).toBeCloseTo(10 * Math.log(1) + 10 * Math.log(4), 12);
  });
});

describe("fitPooled with lift tests", () => {
  // One channel, three regions with a single media column each: A_g = X'X, c_g = X'y (hand-sized numbers).
  const one = (A: number, c: number, yy: number): RegionSystem => ({ A: Float64Array.from([A]), c: Float64Array.from([c]), yy });
  const systems = [one(4, 8, 20), one(2, 3, 6), one(1, 2.5, 9)];
  const w = [1, 1, 1];

  it("moves the pooled effect by the closed form when pooling is complete", () => {
    // Λ → ∞: b_g = β, so β = (Σ w c + U·L/se²) / (Σ w A + U²/se²) with U = Σ_g a_g.
    const lambda = Float64Array.from([1e12]);
    const a = Float64Array.from([1, 2, 3]),
      L = 30,
      se = 2;
    const U = 6;
    const expected = (8 + 3 + 2.5 + (U * L) / se ** 2) / (4 + 2 + 1 + U ** 2 / se ** 2);
    const fit = fitPooled(systems, w, [false], lambda, 0, [{ channel: 0, a, measured: L, se }]);
    // (P = Λ − ΛMΛ at Λ = 10¹² cancels to about 4 digits.)
    expect(fit.beta[0]).toBeCloseTo(expected, 3);
    fit.b.forEach((bg) => expect(bg[0]).toBeCloseTo(expected, 3));
    expect(fit.liftImplied[0]).toBeCloseTo(U * expected, 2);
    expect(fit.liftZ2).toBeCloseTo(((U * expected - L) / se) ** 2, 2);
    // Without the test β is the precision-weighted data mean (13.5 / 7); the lift (L/U = 5 per unit) pulls it up.
    const plain = fitPooled(systems, w, [false], lambda, 0);
    expect(plain.beta[0]).toBeCloseTo(13.5 / 7, 3);
    expect(plain.liftZ2).toBe(0);
    expect(fit.beta[0]).toBeGreaterThan(plain.beta[0]);
  });

  it("counts the whole measured lift against a pinned channel (how the no-effect test hears it)", () => {
    const fit = fitPooled(systems, w, [true], undefined, 0, [{ channel: 0, a: Float64Array.from([1, 2, 3]), measured: 30, se: 2 }]);
    expect(fit.beta[0]).toBe(0);
    expect(fit.liftZ2).toBeCloseTo(225, 9);
    expect(geoMarginalDeviance(fit, 10)).toBeCloseTo(geoMarginalDeviance({ ...fit, liftZ2: 0 }, 10) + 225, 9);
  });

  it("gives a precise lift the final say and an imprecise one almost none", () => {
    const a = Float64Array.from([1, 2, 3]);
    const lambda = Float64Array.from([1e12]);
    const precise = fitPooled(systems, w, [false], lambda, 0, [{ channel: 0, a, measured: 30, se: 1e-4 }]);
    expect(precise.liftImplied[0]).toBeCloseTo(30, 3);
    const vague = fitPooled(systems, w, [false], lambda, 0, [{ channel: 0, a, measured: 30, se: 1e6 }]);
    expect(vague.beta[0]).toBeCloseTo(13.5 / 7, 3);
  });
});

describe("geoMarginalDeviance", () => {
  const spread = [
    [2, 1],
    [3, 0.6],
    [1.2, 1.8],
    [2.6, 1.3],
    [1.6, 0.9],
  ];
  const regions = (noise: number) =>
    spread.map((b, g) => {
      const X = design(40, g);
      return system(
        X,
        X.map((r, t) => r[0] * b[0] + r[1] * b[1] + noise * Math.sin(5.3 * t + 2 * g)),
      );
    });

  it("adds each region's pooling penalty and ln det(Λ + A·w) − ln det Λ to the residual deviance", () => {
    const systems = regions(0.05),
      w = [400, 400, 400, 400, 400];
    const fit = fitPooled(systems, w, [false, false]);
    expect(fit.tau2[0]).toBeGreaterThan(0);
    fit.occam.forEach((o, g) => {
      const [l0, l1] = fit.lambda;
      const A = systems[g].A;
      // 2 × 2 determinant by hand.
      const det = (w[g] * A[0] + l0) * (w[g] * A[3] + l1) - (w[g] * A[1]) ** 2;
      const penalty = l0 * (fit.b[g][0] - fit.beta[0]) ** 2 + l1 * (fit.b[g][1] - fit.beta[1]) ** 2;
      expect(o).toBeCloseTo(penalty + Math.log(det) - Math.log(l0 * l1), 8);
    });
    expect(geoMarginalDeviance(fit, 40)).toBeCloseTo(geoDeviance(fit.sse, 40) + fit.occam.reduce((a, b) => a + b, 0), 8);
  });

  it("charges for regional freedom: less pooling (fixed smaller Λ) lowers the residual deviance but raises the Occam term", () => {
    const systems = regions(0.3),
      w = [11, 11, 11, 11, 11];
    const tight = fitPooled(systems, w, [false, false], Float64Array.from([1e3, 1e3]));
    const loose = fitPooled(systems, w, [false, false], Float64Array.from([1e-3, 1e-3]));
    expect(geoDeviance(loose.sse, 40)).toBeLessThan(geoDeviance(tight.sse, 40));
    expect(loose.occam.reduce((a, b) => a + b, 0)).toBeGreaterThan(tight.occam.reduce((a, b) => a + b, 0));
  });

  it("leaves a pinned channel out of the Occam term", () => {
    const systems = regions(0.05),
      w = [400, 400, 400, 400, 400];
    const fit = fitPooled(systems, w, [false, true]);
    fit.occam.forEach((o, g) => {
      const l0 = fit.lambda[0];
      expect(o).toBeCloseTo(l0 * (fit.b[g][0] - fit.beta[0]) ** 2 + Math.log(w[g] * systems[g].A[0] + l0) - Math.log(l0), 8);
    });
  });
});

describe("geoConditionalAic", () => {
  const spread = [
    [2, 1],
    [3, 0.6],
    [1.2, 1.8],
    [2.6, 1.3],
  ];
  const systems = spread.map((b, g) => {
    const X = design(40, g);
    return system(
      X,
      X.map((r, t) => r[0] * b[0] + r[1] * b[1] + 0.3 * Math.sin(5.3 * t + 2 * g)),
    );
  });
  const w = [11, 11, 11, 11];

  it("counts about one coefficient per column and region unpooled, about none pooled completely, and none for a pinned channel", () => {
    const loose = fitPooled(systems, w, [false, false], Float64Array.from([1e-9, 1e-9]));
    loose.edf.forEach((e) => expect(e).toBeCloseTo(2, 4));
    const tight = fitPooled(systems, w, [false, false], Float64Array.from([1e9, 1e9]));
    tight.edf.forEach((e) => expect(e).toBeLessThan(1e-4));
    const pinned = fitPooled(systems, w, [false, true], Float64Array.from([1e-9, 1]));
    pinned.edf.forEach((e) => expect(e).toBeCloseTo(1, 4));
  });

  it("is the residual deviance plus twice the effective coefficients, and prefers pooling when the regions agree", () => {
    const fit = fitPooled(systems, w, [false, false]);
    const edf = fit.edf.reduce((a, b) => a + b, 0);
    expect(edf).toBeGreaterThan(0);
    expect(edf).toBeLessThan(8);
    expect(geoConditionalAic(fit, 40)).toBeCloseTo(geoDeviance(fit.sse, 40) + 2 * edf, 8);
    // Regions with the same effects: free regional coefficients buy less than they cost.
    const same = [0, 1, 2, 3].map((g) => {
      const X = design(40, g);
      // White-ish noise (a hash of t and g), not a smooth wave the design columns could follow.
      const noise = (t: number) => {
        const v = Math.sin(12.9898 * t + 78.233 * g) * 43758.5453;
        return v - Math.floor(v) - 0.5;
      };
      return system(
        X,
        X.map((r, t) => 2 * r[0] + r[1] + 0.3 * noise(t)),
      );
    });
    const pooled = fitPooled(same, w, [false, false], Float64Array.from([1e9, 1e9]));
    const free = fitPooled(same, w, [false, false], Float64Array.from([1e-9, 1e-9]));
    expect(geoDeviance(free.sse, 40)).toBeLessThan(geoDeviance(pooled.sse, 40));
    expect(geoConditionalAic(pooled, 40)).toBeLessThan(geoConditionalAic(free, 40));
  });
});

describe("meanResidualCorrelation", () => {
  // No baseline and no media: each region's residual is its KPI on the rows, so the correlations are hand-computable.
  const rowsOf = (series: number[][]): GeoRowSet => ({
    idx: Int32Array.from(series[0].map((_, t) => t)),
    rows: series[0].length,
    regions: series.map((y) => ({
      Q: [],
      yt: Float64Array.from(y),
      yy: 0,
      Zp: [],
      ZZ: new Float64Array(0),
      Zy: new Float64Array(0),
      basis: Float64Array.from(y),
    })),
    runFrom: 0,
  });
  const noMedia = { m: 0 } as unknown as GeoProblem;
  const media: GeoMedia = { h: [], sumH: [] };
  const fitFor = (G: number) =>
    ({ lead: Array.from({ length: G }, () => new Float64Array(0)), b: Array.from({ length: G }, () => new Float64Array(0)) }) as unknown as PooledFit;

  it("is 1 when every region's residuals are the same series, 0 when they are orthogonal, 1/3 for two alike and one apart", () => {
    const a = [1, -1, 2, -2],
      b = [1, 1, -1, -1],
      c = [2, -2, -1, 1]; // a·b = 0, a·c = 0 (2 + 2 − 2 − 2), b·c = 0
    expect(meanResidualCorrelation(noMedia, rowsOf([a, a, a]), media, fitFor(3))).toBeCloseTo(1, 12);
    expect(meanResidualCorrelation(noMedia, rowsOf([a, b, c]), media, fitFor(3))).toBeCloseTo(0, 12);
    // Scale does not matter: pairs (1,2) = 1, (1,3) = 0, (2,3) = 0.
    expect(meanResidualCorrelation(noMedia, rowsOf([a, a.map((v) => 3 * v), b]), media, fitFor(3))).toBeCloseTo(1 / 3, 12);
  });
});

describe("regionSystems", () => {
  // A small panel: 3 regions × 60 weeks × 3 channels, deterministic pseudo-random spend, populations given.
  const lcg = (seed: number) => () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const rand = lcg(7);
  const n = 60;
  const input: GeoMmmInput = {
    dates: Array.from({ length: n }, (_, t) => new Date(Date.UTC(2024, 0, 1 + 7 * t)).toISOString().slice(0, 10)),
    channels: ["tv", "search", "social"],
    geos: [1, 2, 3].map((k) => ({
      name: `r${k}`,
      population: 100_000 * k,
      kpi: Array.from({ length: n }, () => 1000 * k * (1 + 0.2 * rand())),
      spend: [0, 1, 2].map((c) => Array.from({ length: n }, () => (rand() < 0.2 ? 0 : 50 * k * (1 + c) * rand()))),
    })),
  };
  const p = buildGeoProblem(input, "geometric", 4, true, true, 2);
  const shapes = (theta: number, alpha: number): Hyper =>
    [0, 1, 2].map((c) => ({ adstock: { type: "geometric" as const, theta: c === 1 ? theta : 0.3, maxLag: 4 }, alpha: c === 1 ? alpha : 1, gamma: 0.0004 }));
  const before = geoMedia(p, shapes(0.3, 1));
  const after = geoMedia(p, shapes(0.6, 2), before, 1);
  const full = makeRowSet(p, fitWeeks(p));

  it("updating one channel from the previous systems gives the full computation's numbers exactly", () => {
    const previous = regionSystems(p, full, before);
    const updated = regionSystems(p, full, after, { systems: previous, channel: 1 });
    const fresh = regionSystems(p, full, after);
    updated.forEach((s, g) => {
      expect(Array.from(s.A)).toEqual(Array.from(fresh[g].A));
      expect(Array.from(s.c)).toEqual(Array.from(fresh[g].c));
    });
    // …and the update did change the channel's entries (the test would pass vacuously otherwise).
    expect(Array.from(updated[0].c)).not.toEqual(Array.from(previous[0].c));
  });

  it("equals H̃'H̃ and H̃'ỹ with the media columns residualised on the region's free baseline explicitly, on any row set", () => {
    const L = p.pooledZ.length;
    for (const rows of [full, makeRowSet(p, Int32Array.from([10, 11, 11, 30, 5, 59, 40, 41, 42, 20, 21, 22, 23, 24]))]) {
      const systems = regionSystems(p, rows, after);
      rows.regions.forEach((r, g) => {
        const hTilde = after.h[g].map((h) => {
          const v = Float64Array.from(rows.idx, (t) => h[t]);
          for (const q of r.Q) {
            const k = q.reduce((s, x, t) => s + x * v[t], 0);
            q.forEach((x, t) => (v[t] -= k * x));
          }
          return v;
        });
        const m = L + p.m;
        const inner = (a: Float64Array, b: Float64Array) => a.reduce((s, x, t) => s + x * b[t], 0);
        hTilde.forEach((hi, i) => {
          expect(systems[g].c[L + i]).toBeCloseTo(inner(hi, r.yt), 6);
          hTilde.forEach((hj, j) => expect(systems[g].A[(L + i) * m + L + j]).toBeCloseTo(inner(hi, hj), 6));
          r.Zp.forEach((z, j) => expect(systems[g].A[(L + i) * m + j]).toBeCloseTo(inner(hi, z), 6));
        });
      });
    }
  });
});
