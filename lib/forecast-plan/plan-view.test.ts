import { describe, expect, it } from "vitest";
import type { ResponseModel } from "../mmm/types";
import { nationalPlanView, seriesPlanView, type StoredPlanContext } from "./plan-view";
import { channelMediaPath } from "./media-path";

const model: ResponseModel = {
  kpi: "revenue",
  weeks: 10,
  channels: [
    {
      name: "tv",
      adstock: { type: "geometric", theta: 0.5, maxLag: 2 },
      saturation: { type: "hill", alpha: 1, gamma: 100, beta: 700 },
      meanWeeklySpend: 70,
      spend: 700,
    },
    {
      name: "search",
      adstock: { type: "geometric", theta: 0, maxLag: 0 },
      saturation: { type: "hill", alpha: 1, gamma: 50, beta: 100 },
      meanWeeklySpend: 50,
      spend: 500,
    },
  ],
};
const ctx: StoredPlanContext = {
  currentMix: { tv: 70, search: 50 },
  past: { spend: { tv: [70, 70, 70], search: [50, 50, 50] } },
  mapping: { regionShares: { tv: { north: 0.4, south: 0.6 }, search: { north: 0.5, south: 0.5 } }, revenuePerActivation: { tv: 100, search: 50 } },
};
const flat = (v: number, n = 3) => ({
  dates: ["2027-01-04", "2027-01-11", "2027-01-18"].slice(0, n),
  yhat: Array(n).fill(v),
  lo80: Array(n).fill(v - 10),
  hi80: Array(n).fill(v + 10),
  lo95: Array(n).fill(v - 20),
  hi95: Array(n).fill(v + 20),
});

describe("plan views from a stored forecast", () => {
  it("national revenue = baseline + every channel's media; channels the allocation leaves out keep the current mix", () => {
    const v = nationalPlanView(model, ctx, { tv: 140, radio: 5 }, flat(1000), "revenue");
    expect(v.planned).toEqual(["tv"]);
    expect(v.carried).toEqual(["search"]);
    expect(v.ignored).toEqual(["radio"]);
    const tv = channelMediaPath(model.channels[0], [70, 70, 70], [140, 140, 140]).plan;
    const search = (100 * 50) / 100; // steady 50 on gamma 50: half of beta
    v.forecast.yhat.forEach((y, h) => expect(y).toBeCloseTo(1000 + tv[h] + search, 9));
    expect(v.byChannel.search).toBeCloseTo(50, 9);
  });

  it("activations: a cell gets its region's share ÷ revenue per activation; all cells add up to the national view", () => {
    const north = seriesPlanView(model, ctx, {}, flat(0), ["tv|north"]);
    const national = nationalPlanView(model, ctx, {}, flat(0), "activations");
    const tvSteady = 700 * (70 / 170); // steady 70: adstock 70
    north.media.forEach((m) => expect(m).toBeCloseTo((0.4 * tvSteady) / 100, 9));
    national.media.forEach((m) => expect(m).toBeCloseTo(tvSteady / 100 + 50 / 50, 9));
    const all = seriesPlanView(model, ctx, {}, flat(0), ["tv|north", "tv|south", "search|north", "search|south"]);
    all.media.forEach((m, h) => expect(m).toBeCloseTo(national.media[h], 9));
  });

  it("zeroing a channel lowers the media, never the baseline, and the carryover still reaches week 1", () => {
    const full = nationalPlanView(model, ctx, {}, flat(1000), "revenue");
    const cut = nationalPlanView(model, ctx, { tv: 0 }, flat(1000), "revenue");
    expect(cut.media[0]).toBeLessThan(full.media[0]);
    // Week 1 without tv spend: adstock 2/7·70 + 1/7·70 = 30 from the past.
    expect(cut.media[0] - 50).toBeCloseTo((700 * 30) / 130, 9);
    expect(cut.forecast.yhat[2] - cut.media[2]).toBeCloseTo(1000, 9);
  });

  it("can cut the view to fewer weeks than stored", () => {
    expect(nationalPlanView(model, ctx, {}, flat(1000), "revenue", 2).forecast.yhat).toHaveLength(2);
  });
});
