import { describe, expect, it } from "vitest";
import { marginalResponse, predictWeeklyResponse, responseAtSpend } from "./response-curve";
import type { ChannelResponse, ResponseModel } from "./types";

const tv: ChannelResponse = {
  name: "tv",
  adstock: { type: "geometric", theta: 0.5, maxLag: 4 },
  saturation: { type: "hill", alpha: 2, gamma: 1000, beta: 5000 },
  meanWeeklySpend: 1000,
  spend: 52000,
};
const search: ChannelResponse = {
  name: "search",
  adstock: { type: "geometric", theta: 0, maxLag: 4 },
  saturation: { type: "hill", alpha: 1, gamma: 3000, beta: 8000 },
  meanWeeklySpend: 1000,
  spend: 52000,
};
const model: ResponseModel = { kpi: "revenue", weeks: 52, channels: [tv, search] };

describe("response helpers", () => {
  it("evaluate the Hill curve in spend units", () => {
    expect(responseAtSpend(tv, 1000)).toBeCloseTo(2500, 9); // half saturation
    expect(responseAtSpend(tv, 3000)).toBeCloseTo(4500, 9); // 9/10 of beta
    expect(marginalResponse(tv, 1000)).toBeCloseTo((5000 * 2 * 1000 * 1000 ** 2) / (2000 ** 2 * 1000 ** 2) / 1, 9); // = 2.5
    expect(marginalResponse(search, 1000)).toBeCloseTo((8000 * 3000) / 4000 ** 2, 9); // 1.5
  });

  it("sum channels and treat missing ones as zero spend", () => {
    const r = predictWeeklyResponse(model, { tv: 1000 });
    expect(r.byChannel).toEqual({ tv: 2500, search: 0 });
    expect(predictWeeklyResponse(model, { tv: 1000, search: 1000 }).total).toBeCloseTo(2500 + 2000, 9);
  });

  it("rejects unknown channels and negative spend", () => {
    expect(() => predictWeeklyResponse(model, { radio: 1 })).toThrow(/unknown channel "radio"/);
    expect(() => predictWeeklyResponse(model, { tv: -1 })).toThrow(/non-negative/);
  });
});
