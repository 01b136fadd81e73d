import { describe, expect, it } from "vitest";
import type { GeoModelInfo, GeoResult } from "../mmm/geo-types";
import { hillShape } from "../math/response-curve";
import { allocateBudget } from "./allocate-budget";
import { regionalResponseModel } from "./regional-response-model";

const shapes = [{ adstock: { type: "geometric" as const, theta: 0, maxLag: 0 }, alpha: 1, gamma: 100 }];
const geoModel: GeoModelInfo = {
  sizeSource: "population",
  channels: ["tv"],
  regions: ["a", "b"],
  sizes: [0.5, 1.5],
  shapes,
  beta: [[40], [10]],
  pooling: [],
  intercept: { pooled: true, perSizeLevel: 1, tau: 0 },
  draws: [
    { shapes, beta: [[40], [10]] },
    { shapes, beta: [[36], [11]] },
  ],
};
const stats = (spend: number) => ({
  name: "tv",
  roi: 1,
  roiLow: 0,
  roiHigh: 2,
  contribution: 1,
  contributionLow: 0,
  contributionHigh: 2,
  spend: spend * 10,
  meanWeeklySpend: spend,
  maxWeeklySpend: 2 * spend,
  dataMin: 0.5 * spend,
  dataMax: 2 * spend,
  beta: 0,
  pooledWeight: 0,
});
const geos: GeoResult[] = [
  { name: "a", population: 5, size: 0.5, channels: [stats(50)] },
  { name: "b", population: 15, size: 1.5, channels: [stats(150)] },
];

describe("regionalResponseModel", () => {
  it("turns each channel × region into a Hill curve in the region's own spend (gamma·size, beta·size)", () => {
    const model = regionalResponseModel(geoModel, geos, "revenue", 10);
    expect(model.channels.map((c) => c.name)).toEqual(["tv · a", "tv · b"]);
    const a = model.channels[0];
    expect(a.saturation).toEqual({ type: "hill", alpha: 1, gamma: 50, beta: 20 });
    // Region a at weekly spend 50 (= 100 per size unit): 0.5 · 40 · hill(100; 1, 100) = 10.
    expect(a.saturation.beta * hillShape(50, a.saturation.alpha, a.saturation.gamma)).toBeCloseTo(0.5 * 40 * hillShape(100, 1, 100), 12);
    expect(a).toMatchObject({ meanWeeklySpend: 50, maxWeeklySpend: 100, dataMin: 25, dataMax: 100, identified: true });
    expect(model.draws).toHaveLength(2);
    expect(model.draws![1][1].saturation.beta).toBeCloseTo(1.5 * 11, 12);
  });

  it("plans by region with the national optimizer's rules: more where the marginal return is higher, inside the data range", () => {
    const model = regionalResponseModel(geoModel, geos, "revenue", 10);
    const plan = allocateBudget(model, { totalBudget: 200, objective: "revenue" });
    // Region a: per-size effect 40 (4× b's) at a third of b's size: its marginal return at the current mix is far higher.
    expect(plan.allocation["tv · a"]).toBeGreaterThan(50);
    expect(plan.allocation["tv · a"]).toBeLessThanOrEqual(100 + 1e-6);
    expect(plan.allocation["tv · a"] + plan.allocation["tv · b"]).toBeCloseTo(200, 6);
  });

  it("marks unidentified channels in every region and refuses a region without results", () => {
    expect(regionalResponseModel(geoModel, geos, "revenue", 10, { tv: false }).channels.every((c) => c.identified === false)).toBe(true);
    expect(() => regionalResponseModel(geoModel, geos.slice(0, 1), "revenue", 10)).toThrow(/no results for channel "tv" in region "b"/);
  });
});
