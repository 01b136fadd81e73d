import { describe, expect, it } from "vitest";
import { bestChannelSchedule, bestJointSchedule, truthScheduleValue, truthTiming } from "./true-schedule";

const geo = (theta: number, maxLag: number) => Array.from({ length: maxLag + 1 }, (_, l) => theta ** l);

describe("truthScheduleValue", () => {
  it("adds the history's carryover (hand-computed, unnormalised weights)", () => {
    // w = [1, 0.5]; Hill alpha 1, gamma 10, beta 20. History [10]: pre = [5, 0]. Schedule [10]: a = [15, 5].
    const t = truthTiming({ weights: [1, 0.5], hill: { alpha: 1, gamma: 10, beta: 20 } }, [10], 2);
    expect(t.pre).toEqual([5, 0]);
    expect(truthScheduleValue(t, [10])).toBeCloseTo((20 * 15) / 25 + (20 * 5) / 15, 12);
  });
});

/** Brute force over the simplex on a grid: the reference's reference. */
function brute(n: number, total: number, steps: number, value: (x: number[]) => number): number {
  let best = -Infinity;
  const rec = (prefix: number[], left: number) => {
    if (prefix.length === n - 1) {
      best = Math.max(best, value([...prefix, left * (total / steps)]));
      return;
    }
    for (let k = 0; k <= left; k++) rec([...prefix, k * (total / steps)], left - k);
  };
  rec([], steps);
  return best;
}

describe("bestChannelSchedule", () => {
  it.each([
    ["concave", { alpha: 0.8, gamma: 50, beta: 100 }],
    ["S-shaped", { alpha: 3, gamma: 60, beta: 100 }],
  ])("%s: at least the brute-force grid optimum", (_, hill) => {
    const t = truthTiming({ weights: geo(0.5, 2), hill }, [20, 0, 40], 3 + 2);
    const r = bestChannelSchedule(t, 3, 90);
    expect(r.x.reduce((a, b) => a + b, 0)).toBeCloseTo(90, 6);
    expect(r.value).toBeGreaterThanOrEqual(brute(3, 90, 90, (x) => truthScheduleValue(t, x)) - 1e-9);
  });
});

describe("bestJointSchedule", () => {
  it("two channels, two weeks: at least the brute-force grid optimum, budget kept", () => {
    const a = truthTiming({ weights: geo(0.4, 2), hill: { alpha: 2.5, gamma: 40, beta: 80 } }, [10, 10], 4);
    const b = truthTiming({ weights: geo(0.2, 1), hill: { alpha: 0.9, gamma: 30, beta: 50 } }, [5, 5], 4);
    const r = bestJointSchedule([a, b], 2, 100, 20);
    expect(r.x.flat().reduce((s, v) => s + v, 0)).toBeCloseTo(100, 6);
    const value = (x: number[]) => truthScheduleValue(a, x.slice(0, 2)) + truthScheduleValue(b, x.slice(2));
    expect(r.value).toBeCloseTo(value(r.x.flat()), 9);
    expect(r.value).toBeGreaterThanOrEqual(brute(4, 100, 40, value) - 1e-9);
  });
});
