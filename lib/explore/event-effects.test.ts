import { describe, expect, it } from "vitest";
import { eventWeekEffect, promotionWeekFlags } from "./event-week-effect";
import { studentTQuantile } from "./student-t-quantile";
import { welchDifference } from "./welch-difference";

describe("welchDifference", () => {
  it("reproduces the worked example (R t.test(a, b): df 3.2347)", () => {
    // a: mean 12, s² 4; b: mean 6.5, s² 5/3. se² = 4/3 + (5/3)/4 = 1.75; df = 1.75²/((4/3)²/2 + (5/12)²/3) = 3.234719
    const w = welchDifference([10, 12, 14], [5, 6, 7, 8]);
    expect(w.diff).toBeCloseTo(5.5, 12);
    expect(w.se).toBeCloseTo(1.3228756555, 9);
    expect(w.df).toBeCloseTo(3.2347188264, 8);
    const half = studentTQuantile(0.975, w.df) * w.se;
    expect(w.low).toBeCloseTo(5.5 - half, 9);
    expect(w.high).toBeCloseTo(5.5 + half, 9);
    // t(0.975, 3.23) lies between the table values for 3 and 4 df
    expect(w.low).toBeGreaterThan(5.5 - 3.182446 * w.se);
    expect(w.low).toBeLessThan(5.5 - 2.776445 * w.se);
  });
  it("needs two values per group", () => {
    expect(() => welchDifference([1], [1, 2])).toThrow(/welchDifference/);
  });
});

describe("eventWeekEffect", () => {
  const weeks = Array.from({ length: 20 }, (_, i) => new Date(Date.UTC(2024, 0, 1) + i * 7 * 86_400_000).toISOString().slice(0, 10));
  const kpi = [100, 102, 98, 101, 150, 99, 103, 97, 100, 101, 100, 99, 101, 98, 160, 102, 100, 98, 101, 99];
  const event = weeks.map((_, i) => i === 4 || i === 14);

  it("compares event weeks with the ordinary weeks around them (hand-worked)", () => {
    // Window ±2: comparable weeks 2, 3, 5, 6 and 12, 13, 15, 16 → 98 101 99 103 101 98 102 100, mean 100.25, s² 23.5/7.
    // Event weeks 150, 160: mean 155, s² 50. diff 54.75; se² = 50/2 + (23.5/7)/8 = 25.419643; df = se⁴/(25²/1 + 0.419643²/7) = 1.03382.
    const e = eventWeekEffect({ weeks, kpi, event, windowWeeks: 2 });
    expect(e.eventWeeks).toBe(2);
    expect(e.comparableWeeks).toBe(8);
    expect(e.meanEvent).toBe(155);
    expect(e.meanComparable).toBeCloseTo(100.25, 12);
    expect(e.diff).toBeCloseTo(54.75, 12);
    expect(e.relative).toBeCloseTo(54.75 / 100.25, 12);
    expect(e.interval!.se).toBeCloseTo(Math.sqrt(25.419642857), 9);
    expect(e.interval!.df).toBeCloseTo(1.03382, 4);
    // two event weeks and df ≈ 1: the interval is honest about how little that is
    expect(e.interval!.low).toBeLessThan(0);
  });

  it("leaves excluded weeks out of the comparison", () => {
    const exclude = weeks.map((_, i) => i === 3 || i === 13);
    // comparable 2, 5, 6, 12, 15, 16 → 98 99 103 101 102 100 → mean 100.5
    expect(eventWeekEffect({ weeks, kpi, event, windowWeeks: 2, excludeFromComparable: exclude }).meanComparable).toBeCloseTo(100.5, 12);
  });

  it("gives no interval with one event week", () => {
    const one = weeks.map((_, i) => i === 4);
    expect(eventWeekEffect({ weeks, kpi, event: one }).interval).toBeNull();
  });
});

describe("promotionWeekFlags", () => {
  it("uses any promotion when promotions are occasional", () => {
    expect(promotionWeekFlags([0, 0, 2, 0, 1])).toEqual({ flags: [false, false, true, false, true], rule: "any", threshold: 1 });
  });
  it("uses the busiest quarter when promotions run nearly every week", () => {
    // sorted 1 2 3 4 5 6 7 8 9: 75th percentile (type 7) at h = 6 → 7
    const f = promotionWeekFlags([5, 1, 9, 2, 8, 3, 7, 4, 6]);
    expect(f.rule).toBe("busiest-quarter");
    expect(f.threshold).toBe(7);
    expect(f.flags).toEqual([false, false, true, false, true, false, true, false, false]);
  });
});
