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

  it("holds the unidentified channel near its current spend (budget-scaled current mix)", () => {
    const r = allocateBudget(ranged, { totalBudget: 2500, objective: "revenue" });
    const p = r.perChannel.find((c) => c.channel === "display")!;
    expect(p.held).toBe(true);
    expect(p.identified).toBe(false);
    expect(p.spend).toBeGreaterThanOrEqual(0.8 * 500 - 1e-9);
    expect(p.spend).toBeLessThanOrEqual(1.2 * 500 + 1e-9);
  });
});
