import { describe, expect, it } from "vitest";
import { CASES, CASE_NAMES, QUICK_CASES, caseSpec } from "./cases";
import { demandSeason, generateCase, generateFromSpec } from "./generate-case";
import { createBenchRng } from "./prng";
import { scorePlan } from "./true-outcome";

describe("createBenchRng", () => {
  it("is deterministic in the seed and differs between seeds", () => {
    const a = createBenchRng(5),
      b = createBenchRng(5),
      c = createBenchRng(6);
    const xa = Array.from({ length: 5 }, a.uniform),
      xb = Array.from({ length: 5 }, b.uniform),
      xc = Array.from({ length: 5 }, c.uniform);
    expect(xa).toEqual(xb);
    expect(xa).not.toEqual(xc);
  });
  it("normals have mean ≈ 0 and sd ≈ 1 (10,000 draws)", () => {
    const r = createBenchRng(1);
    const v = Array.from({ length: 10_000 }, r.normal);
    const m = v.reduce((s, x) => s + x, 0) / v.length;
    const sd = Math.sqrt(v.reduce((s, x) => s + (x - m) ** 2, 0) / v.length);
    expect(Math.abs(m)).toBeLessThan(0.05);
    expect(Math.abs(sd - 1)).toBeLessThan(0.05);
  });
});

describe("generateCase", () => {
  it("is deterministic: the same name gives the same CSV and truth", () => {
    const a = generateCase("base-156w-6ch"),
      b = generateCase("base-156w-6ch");
    expect(a.csv).toBe(b.csv);
    expect(a.truth).toEqual(b.truth);
  });
  it("the seed drives the data: another seed, same structure, different weeks", () => {
    const spec = caseSpec("base-156w-6ch");
    const a = generateFromSpec(spec),
      b = generateFromSpec({ ...spec, seed: spec.seed + 1000 });
    expect(a.csv).not.toBe(b.csv);
    expect(b.truth.channels.map((c) => c.roi)).toEqual(a.truth.channels.map((c) => expect.closeTo(c.roi, 9)));
  });
  it("writes the wide CSV the CLI reads: date, kpi, one column per channel, price; Mondays; one row per week", () => {
    const g = generateCase("short-70w-3ch");
    const lines = g.csv.trim().split("\n");
    expect(lines[0]).toBe("date,kpi,search,tv,social,price");
    expect(lines).toHaveLength(71);
    for (const d of g.dates) expect(new Date(`${d}T00:00:00Z`).getUTCDay()).toBe(1);
    expect(lines[1].split(",")[0]).toBe("2022-03-07");
  });
  it("rejects a start that is not a Monday and an unknown case", () => {
    expect(() => generateFromSpec({ ...caseSpec("short-70w-3ch"), start: "2022-03-08" })).toThrow(/Monday/);
    expect(() => generateCase("nope")).toThrow(/unknown case "nope"/);
  });
  it("equal-marginal cases: every channel's steady-state marginal ROI at its mean spend is the stated value", () => {
    const g = generateCase("balanced-s-156w-6ch");
    const h = 1e-3;
    for (const c of g.truth.channels) {
      const f = (x: number) => scorePlan(g.truth, { ...g.truth.currentMix, [c.name]: x }).outcome;
      const m = c.meanWeeklySpend;
      expect((f(m + h * m) - f(m - h * m)) / (2 * h * m)).toBeCloseTo(1.1, 4);
    }
    expect(g.truth.headroom).toBeLessThan(1e-6);
  });
  it("demand season: mean 0 over a year, max |s| 1, December peak", () => {
    const days = Array.from({ length: 365 }, (_, d) => demandSeason(Date.UTC(2021, 0, 1) + d * 86_400_000));
    expect(Math.abs(days.reduce((a, b) => a + b, 0) / 365)).toBeLessThan(0.01);
    expect(Math.max(...days.map(Math.abs))).toBeLessThanOrEqual(1 + 1e-9);
    expect(days.indexOf(Math.max(...days))).toBeGreaterThan(320);
  });
});

describe("the case list spans what the benchmark promises", () => {
  const all = CASES.map((spec) => ({ spec, g: generateFromSpec(spec) }));
  it("at least 24 uniquely named cases with unique seeds; the quick subset is ~8 of them", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(24);
    expect(new Set(CASE_NAMES).size).toBe(CASES.length);
    expect(new Set(CASES.map((c) => c.seed)).size).toBe(CASES.length);
    expect(QUICK_CASES.length).toBe(8);
    for (const q of QUICK_CASES) expect(CASE_NAMES).toContain(q);
  });
  it.each(CASES.map((c) => [c.name]))("%s: weeks, channels, noise, ROIs, media share and headroom in the documented ranges", (name) => {
    const { spec, g } = all.find((x) => x.spec.name === name)!;
    const t = g.truth;
    expect(spec.weeks === t.weeks && ((t.weeks >= 104 && t.weeks <= 260) || (t.weeks >= 60 && t.weeks <= 80))).toBe(true);
    expect(t.channels.length).toBeGreaterThanOrEqual(3);
    expect(t.channels.length).toBeLessThanOrEqual(8);
    expect(spec.noise).toBeGreaterThanOrEqual(0.03);
    expect(spec.noise).toBeLessThanOrEqual(0.1);
    expect(t.mediaShare).toBeGreaterThanOrEqual(0.1 - 1e-9);
    expect(t.mediaShare).toBeLessThanOrEqual(0.4 + 1e-9);
    for (const c of t.channels) {
      if (c.isNull) expect(c.roi).toBe(0);
      else {
        expect(c.roi).toBeGreaterThanOrEqual(0.3 - 1e-9);
        expect(c.roi).toBeLessThanOrEqual(5 + 1e-9);
      }
      const specRoi = spec.channels.find((s) => s.name === c.name)!.roi;
      if (spec.equalMarginalRoi === undefined) expect(c.roi).toBeCloseTo(specRoi, 9);
    }
    expect(t.headroom).toBeGreaterThanOrEqual(-1e-12);
    expect(t.budget).toBeCloseTo(
      t.channels.reduce((s, c) => s + c.meanWeeklySpend, 0),
      6,
    );
    expect(scorePlan(t, t.optimum.allocation).regret).toBeCloseTo(0, 12);
  });
  it("covers every dimension at least once", () => {
    const chans = all.flatMap((x) => x.g.truth.channels.map((c) => ({ c, spec: x.spec })));
    const has = (p: (x: (typeof chans)[number]) => boolean) => chans.some(p);
    expect(has((x) => x.c.adstock.type === "geometric")).toBe(true);
    expect(has((x) => x.c.adstock.type === "weibull-cdf")).toBe(true);
    expect(has((x) => x.c.adstock.type === "weibull-pdf")).toBe(true);
    expect(has((x) => !x.c.isNull && x.c.hill.alpha <= 1)).toBe(true);
    expect(has((x) => !x.c.isNull && x.c.hill.alpha > 1)).toBe(true);
    expect(has((x) => x.c.isNull)).toBe(true);
    for (const kind of ["always-on", "bursty", "seasonal"]) expect(has((x) => x.c.pattern === kind)).toBe(true);
    expect(has((x) => x.c.pattern === "bursty" && x.c.zeroWeeks > 0.3 * x.spec.weeks)).toBe(true);
    const specs = all.map((x) => x.spec),
      truths = all.map((x) => x.g.truth);
    expect(specs.some((s) => s.weeks <= 80)).toBe(true);
    expect(specs.some((s) => s.darkWeeks > 0)).toBe(true);
    expect(specs.some((s) => s.trend > 0) && specs.some((s) => s.season > 0)).toBe(true);
    expect(truths.some((t) => t.spendCorrelation.mean < 0.2) && truths.some((t) => t.spendCorrelation.mean > 0.8)).toBe(true);
    // A channel with twice the spend of every other channel in its case.
    expect(truths.some((t) => t.channels.some((c) => t.channels.every((o) => o === c || c.meanWeeklySpend >= 2 * o.meanWeeklySpend)))).toBe(true);
    // Headroom in some cases, none in others.
    expect(truths.some((t) => t.headroom > 0.15) && truths.some((t) => t.headroom < 0.01)).toBe(true);
  });
});
