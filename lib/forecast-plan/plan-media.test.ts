import { describe, expect, it } from "vitest";
import type { ChannelResponse, ResponseModel } from "../mmm/types";
import { channelMediaHistory, channelMediaPath } from "./media-path";
import { planMedia } from "./plan-media";

/**
 * Hand-computed carryover. Geometric theta 0.5, maxLag 2 → normalised weights [4/7, 2/7, 1/7]; Hill alpha 1,
 * gamma 100, beta 700 → m(a) = 700·a/(a + 100). Past spend [70, 70], plan [0, 0, 140], two tail weeks:
 *   plan week 1: a = 4/7·0 + 2/7·70 + 1/7·70 = 30   → 700·30/130  = 161.538…   (carryover in only)
 *   plan week 2: a = 1/7·70               = 10   → 700·10/110  = 63.636…    (carryover in only)
 *   plan week 3: a = 4/7·140              = 80   → 700·80/180  = 311.111…
 *   tail week 1: a = 2/7·140              = 40   → 700·40/140  = 200        (the plan's own spend after it ends)
 *   tail week 2: a = 1/7·140              = 20   → 700·20/120  = 116.666…
 * History media (spend before the past = 0): week 1 a = 40 → 200; week 2 a = 40 + 20 = 60 → 262.5.
 */
const tv: ChannelResponse = {
  name: "tv",
  adstock: { type: "geometric", theta: 0.5, maxLag: 2 },
  saturation: { type: "hill", alpha: 1, gamma: 100, beta: 700 },
  meanWeeklySpend: 70,
  spend: 140,
};
/** A second channel with no carryover: m = 50·x²/(x² + 100²) (alpha 2). */
const search: ChannelResponse = {
  name: "search",
  adstock: { type: "geometric", theta: 0, maxLag: 0 },
  saturation: { type: "hill", alpha: 2, gamma: 100, beta: 50 },
  meanWeeklySpend: 100,
  spend: 200,
};
const model: ResponseModel = { kpi: "revenue", weeks: 2, channels: [tv, search] };
const TOL = 9; // digits

describe("channelMediaPath: carryover into and out of the plan", () => {
  it("matches the hand-computed weeks", () => {
    const p = channelMediaPath(tv, [70, 70], [0, 0, 140], { tailWeeks: 2, fromPast: 2 });
    const expected = { past: [200, 262.5], plan: [21000 / 130, 7000 / 110, 56000 / 180], tail: [200, 14000 / 120] };
    p.past.forEach((v, i) => expect(v).toBeCloseTo(expected.past[i], TOL));
    p.plan.forEach((v, i) => expect(v).toBeCloseTo(expected.plan[i], TOL));
    p.tail.forEach((v, i) => expect(v).toBeCloseTo(expected.tail[i], TOL));
  });

  it("history media equals the fit's convention (spend before the first week = 0)", () => {
    const h = channelMediaHistory(tv, [70, 70, 0]);
    // week 3: a = 2/7·70 + 1/7·70 = 30
    [200, 262.5, 21000 / 130].forEach((v, i) => expect(h[i]).toBeCloseTo(v, TOL));
  });

  it("a plan that starts cold has no carryover in; spend before the plan lifts the first weeks", () => {
    const cold = channelMediaPath(tv, [0, 0], [140], { tailWeeks: 1 });
    const warm = channelMediaPath(tv, [70, 70], [140], { tailWeeks: 1 });
    expect(cold.plan[0]).toBeCloseTo(56000 / 180, TOL); // a = 80
    expect(warm.plan[0]).toBeCloseTo((700 * 110) / 210, TOL); // a = 80 + 20 + 10 = 110
    expect(cold.tail[0]).toBeCloseTo(200, TOL); // a = 40 (the past's spend has run out of lags)
    expect(warm.tail[0]).toBeCloseTo((700 * 50) / 150, TOL); // a = 40 + 1/7·70 = 50
  });

  it("refuses negative spend, naming the week", () => {
    expect(() => channelMediaPath(tv, [70], [10, -1])).toThrow(/plan spend of week 2 must be a non-negative number/);
  });
});

describe("planMedia", () => {
  const spend = { past: { tv: [70, 70], search: [100, 100] }, plan: { tv: [0, 0, 140], search: [0, 100, 200] } };

  it("adds channels, keeps the carryover-in and tail apart", () => {
    const m = planMedia(model, spend, { tailWeeks: 2 });
    const searchPlan = [0, 25, 50 * 0.8]; // 50·x²/(x²+100²): 0, 25, 40
    const tvPlan = [21000 / 130, 7000 / 110, 56000 / 180];
    m.point.forEach((v, h) => expect(v).toBeCloseTo(tvPlan[h] + searchPlan[h], TOL));
    expect(m.perChannel.search[1]).toBeCloseTo(25, TOL);
    // Carryover in: plan spend 0 → tv's first two weeks only (search has no lag).
    [21000 / 130, 7000 / 110, 0].forEach((v, h) => expect(m.carryoverIn[h]).toBeCloseTo(v, TOL));
    [200, 14000 / 120].forEach((v, h) => expect(m.tail[h]).toBeCloseTo(v, TOL));
    expect(m.drawOffsets).toEqual([]);
  });

  it("scales channels (e.g. a region's share ÷ revenue per activation); a scale leaves unnamed channels out", () => {
    const m = planMedia(model, spend, { scale: { tv: 0.5 } });
    m.point.forEach((v, h) => expect(v).toBeCloseTo(0.5 * [21000 / 130, 7000 / 110, 56000 / 180][h], TOL));
  });

  it("tail length defaults to the longest lag", () => {
    expect(planMedia(model, spend).tail).toHaveLength(2);
  });

  it("draws move the forecast by their media change from the anchored past, not by their level", () => {
    const same = [tv, search];
    const doubled = [{ ...tv, saturation: { ...tv.saturation, beta: 1400 } }, search];
    const m = planMedia({ ...model, draws: [same, doubled] }, spend, { anchorWeeks: 2 });
    expect(m.drawOffsets[0]).toEqual([0, 0, 0]);
    // Draw 2: tv's media doubles in the past and the plan. Past tv media = [200, 262.5], mean 231.25, so the draw's
    // offset is 2·tv(h) − 231.25 − tv(h) = tv(h) − 231.25.
    const tvPlan = [21000 / 130, 7000 / 110, 56000 / 180];
    m.drawOffsets[1].forEach((v, h) => expect(v).toBeCloseTo(tvPlan[h] - 231.25, TOL));
    // A plan equal to the past (steady 70 on tv) barely moves under the doubled draw, however large the level.
    const steady = planMedia(
      { ...model, draws: [doubled] },
      { past: { tv: [70, 70, 70, 70], search: [0, 0, 0, 0] }, plan: { tv: [70, 70], search: [0, 0] } },
      { anchorWeeks: 1 },
    );
    steady.drawOffsets[0].forEach((v) => expect(Math.abs(v)).toBeLessThan(1e-9));
  });

  it.each([
    [{ past: { tv: [1], search: [1] }, plan: { tv: [1], search: [1], radio: [1] } }, /unknown channel "radio" in the plan spend/],
    [{ past: { tv: [1] }, plan: { tv: [1], search: [1] } }, /the past spend has no series for channel "search"/],
    [{ past: { tv: [1], search: [1] }, plan: { tv: [1, 2], search: [1] } }, /plan spend series differ in length \(2, 1 weeks\)/],
    [{ past: { tv: [1], search: [1] }, plan: { tv: [], search: [] } }, /the plan needs at least one week/],
  ])("refuses bad spend %#", (spendIn, message) => {
    expect(() => planMedia(model, spendIn)).toThrow(message);
  });
});
