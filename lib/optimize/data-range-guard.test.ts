import { describe, expect, it } from "vitest";
import { allocateBudget } from "./allocate-budget";
import { DEFAULT_EXTRAPOLATE, guardBounds, HOLD_BAND } from "./data-range-guard";
import { channel, model } from "./test-models";

/** Three concave channels with a recorded data range (dataMin, dataMax) and one flagged unidentified. */
const ranged = model([
  { ...channel("search", 1, 2000, 9000, 1000), dataMin: 400, dataMax: 1200 },
  { ...channel("social", 1, 5000, 9000, 1000), dataMin: 0, dataMax: 2500 },
  { ...channel("display", 1, 800, 3000, 500), dataMin: 200, dataMax: 900, identified: false },
]);
const user = { lo: [0, 0, 0], hi: [Infinity, Infinity, Infinity], locked: [false, false, false], bounded: [false, false, false] };
const current = [1000, 1000, 500];

describe("guardBounds — trust region [dataMin / k, k · dataMax] and the hold band", () => {
  it("caps at k × dataMax and floors at dataMin / k (hand-computed, k = 1 and 1.5)", () => {
    expect(DEFAULT_EXTRAPOLATE).toBe(1);
    const g1 = guardBounds(ranged, user, current, { extrapolate: 1, unlockUnidentified: true, budget: 2500, spendAll: true });
    expect(g1.lo).toEqual([400, 0, 200]);
    expect(g1.hi).toEqual([1200, 2500, 900]);
    const g15 = guardBounds(ranged, user, current, { extrapolate: 1.5, unlockUnidentified: true, budget: 2500, spendAll: true });
    expect(g15.lo.map((v) => +v.toFixed(6))).toEqual([266.666667, 0, 133.333333]);
    expect(g15.hi).toEqual([1800, 3750, 1350]);
    const off = guardBounds(ranged, user, current, { extrapolate: Infinity, unlockUnidentified: true, budget: 2500, spendAll: true });
    expect(off.lo).toEqual([0, 0, 0]);
    expect(off.hi).toEqual([Infinity, Infinity, Infinity]);
  });

  it("holds an unidentified channel within ±HOLD_BAND of its current spend unless unlocked", () => {
    expect(HOLD_BAND).toBe(0.2);
    const held = guardBounds(ranged, user, current, { extrapolate: 1, unlockUnidentified: false, budget: 2500, spendAll: true });
    expect(held.held).toEqual([false, false, true]);
    expect(held.lo[2]).toBeCloseTo(400, 9); // 0.8 × 500
    expect(held.hi[2]).toBeCloseTo(600, 9); // 1.2 × 500, inside the 900 cap
  });

  it("with cutUnidentified only the top of the band holds: down to the data floor, up to current × (1 + HOLD_BAND)", () => {
    const cut = guardBounds(ranged, user, current, { extrapolate: 1, unlockUnidentified: false, budget: 2500, spendAll: true, cutUnidentified: true });
    expect(cut.held).toEqual([false, false, true]);
    expect(cut.lo[2]).toBe(200); // display's dataMin, not 0.8 × 500
    expect(cut.hi[2]).toBeCloseTo(600, 9); // 1.2 × 500
    expect(cut.lo.slice(0, 2)).toEqual([400, 0]);
  });

  it("user bounds narrow the guards; a lock wins over both", () => {
    const g = guardBounds(ranged, { ...user, lo: [0, 300, 0], hi: [1100, Infinity, 50], locked: [false, false, false], bounded: [true, true, true] }, current, {
      extrapolate: 1,
      unlockUnidentified: false,
      budget: 2000,
      spendAll: true,
    });
    expect(g.hi[0]).toBe(1100); // user max below the cap
    expect(g.lo[1]).toBe(300); // user min above the floor
    expect(g.lo[2]).toBe(50); // the floor (200) yields to a user maximum below it
    expect(g.held[2]).toBe(false); // an explicitly bounded channel is the user's call
    const locked = guardBounds(ranged, { ...user, lo: [3000, 0, 0], hi: [3000, Infinity, Infinity], locked: [true, false, false] }, current, {
      extrapolate: 1,
      unlockUnidentified: true,
      budget: 5000,
      spendAll: true,
    });
    expect([locked.lo[0], locked.hi[0]]).toEqual([3000, 3000]);
  });

  it("widens every cap by the smallest common factor when the budget does not fit inside the data", () => {
    // Caps total 1200 + 2500 + 900 = 4600: a budget of 9200 needs a factor of 2.
    const g = guardBounds(ranged, user, current, { extrapolate: 1, unlockUnidentified: true, budget: 9200, spendAll: true });
    expect(g.widened).toBeCloseTo(2, 9);
    expect(g.hi.reduce((a, b) => a + b, 0)).toBeCloseTo(9200, 6);
  });
});

describe("allocateBudget — the trust region in a plan", () => {
  it("keeps every channel inside its data range by default and reports none outside", () => {
    const r = allocateBudget(ranged, { totalBudget: 2500, objective: "revenue", unlockUnidentified: true });
    r.perChannel.forEach((p, i) => {
      const c = ranged.channels[i];
      expect(p.spend).toBeLessThanOrEqual(c.dataMax! * (1 + 1e-9));
      expect(p.spend).toBeGreaterThanOrEqual(c.dataMin! * (1 - 1e-9));
      expect(p.outsideData).toBe(false);
    });
    expect(r.outsideData).toEqual([]);
    // Unconstrained, the concave optimum puts search (the steepest curve) above its data: ≈ 1496 > 1200.
    const free = allocateBudget(ranged, { totalBudget: 2500, objective: "revenue", unlockUnidentified: true, extrapolate: Infinity });
    expect(free.allocation.search).toBeGreaterThan(1200);
    expect(free.outsideData).toContain("search");
  });

  it("without bootstrap draws (no safeguard) holds the unidentified channel within ±HOLD_BAND (budget-scaled current mix)", () => {
    const r = allocateBudget(ranged, { totalBudget: 2500, objective: "revenue" });
    const p = r.perChannel.find((c) => c.channel === "display")!;
    expect(p.held).toBe(true);
    expect(p.identified).toBe(false);
    expect(p.spend).toBeGreaterThanOrEqual(0.8 * 500 - 1e-9);
    expect(p.spend).toBeLessThanOrEqual(1.2 * 500 + 1e-9);
  });
});

describe("allocateBudget — the unidentified-channel rule (revenue with draws: aim as if no effect, move as far as the draws agree)", () => {
  /** Hill with alpha 1, gamma 1: f(x) = beta·x/(x+1); no data range, so the floor is 0 and there is no cap. */
  const lin = (name: string, beta: number, identified = true) => ({ ...channel(name, 1, 1, beta, 5), ...(identified ? {} : { identified: false }) });
  const f = (beta: number, x: number) => (beta * x) / (x + 1);

  it("cuts an unidentified channel to its floor when every draw agrees the cut pays (hand-computed)", () => {
    // b's draws: beta 0, 0.01, 0.02, 0. Target with b counted as no effect: (10, 0). Along current (5, 5) → (10, 0) the
    // gain 6·(f(5 + 5t) − f(5)) − β_b·(f(5) − f(5 − 5t)) rises in every draw up to t = 1 (slope at t = 1:
    // 30/121 − 5·β_b > 0), so the whole step is taken. The old ±20 % band would have stopped at (6, 4).
    const draws = [0, 0.01, 0.02, 0].map((bb) => [lin("a", 6), lin("b", bb)]);
    const m = model([lin("a", 6), lin("b", 0, false)], draws);
    const r = allocateBudget(m, { totalBudget: 10, objective: "revenue" });
    expect(r.allocation.a).toBeCloseTo(10, 6);
    expect(r.allocation.b).toBeCloseTo(0, 6);
    expect(r.safeguard).toMatchObject({ step: 1, unidentified: "unidentified cut" });
    expect(r.perChannel[1].held).toBe(true);
    const gains = draws.map(([, b]) => f(6, 10) - f(6, 5) - f(b.saturation.beta, 5));
    expect(r.gainVsCurrent.mean).toBeCloseTo(gains.reduce((s, g) => s + g, 0) / 4, 9);
  });

  it("falls back to holding the unidentified channel at its current spend when the draws do not support cutting it", () => {
    // b is unidentified but every draw gives it beta 8 (the best channel): cutting it loses in every draw, so no step
    // toward the first target has a positive 10 % quantile. The fallback fixes b at 5 and splits the other 10 between
    // a (beta 6) and c (beta 2) where 6/(x+1)² = 2/(y+1)², x + y = 10 → x + 1 = 12/(1 + 1/√3); every draw gains → full step.
    const draws = Array.from({ length: 5 }, () => [lin("a", 6), lin("c", 2), lin("b", 8)]);
    const m = model([lin("a", 6), lin("c", 2), lin("b", 0, false)], draws);
    const r = allocateBudget(m, { totalBudget: 15, objective: "revenue" });
    const x = 12 / (1 + 1 / Math.sqrt(3)) - 1;
    expect(r.allocation.a).toBeCloseTo(x, 4);
    expect(r.allocation.c).toBeCloseTo(10 - x, 4);
    expect(r.allocation.b).toBeCloseTo(5, 9); // never raised, although its draws say it pays most
    expect(r.safeguard).toMatchObject({ step: 1, unidentified: "unidentified held" });
  });

  it("never raises an unidentified channel above current × (1 + HOLD_BAND), and unlocking lets the draws decide", () => {
    // Only a and b: the fallback target is the current mix itself, so the plan keeps it.
    const draws = Array.from({ length: 5 }, () => [lin("a", 2), lin("b", 8)]);
    const m = model([lin("a", 2), lin("b", 0, false)], draws);
    const held = allocateBudget(m, { totalBudget: 10, objective: "revenue" });
    expect(held.allocation).toEqual({ a: 5, b: 5 });
    expect(held.safeguard?.step).toBe(0);
    // Unlocked: 2/(x+1)² = 8/(y+1)² → y + 1 = 2(x + 1), x + y = 10 → x = 3, y = 7.
    const free = allocateBudget(m, { totalBudget: 10, objective: "revenue", unlockUnidentified: true });
    expect(free.allocation.a).toBeCloseTo(3, 4);
    expect(free.allocation.b).toBeCloseTo(7, 4);
  });
});
