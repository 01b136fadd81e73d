import { describe, expect, it } from "vitest";
import { SMALL_GEO_CASE } from "../../bench/geo/geo-cases";
import { generateGeoFromSpec } from "../../bench/geo/generate-geo-case";
import { fitGeoMixModel } from "../mmm/fit-geo-mix-model";
import type { GeoMmmInput } from "../mmm/geo-types";
import { planByRegion } from "./plan-by-region";

describe("planByRegion", () => {
  const g = generateGeoFromSpec({ ...SMALL_GEO_CASE, regions: 4, smallRegions: 1, weeks: 60 });
  const lines = g.longCsv
    .trim()
    .split("\n")
    .map((l) => l.split(","));
  const channels = lines[0].slice(4);
  const input: GeoMmmInput = { dates: [], channels, geos: g.regions.map((name) => ({ name, population: 0, kpi: [], spend: channels.map(() => []) })) };
  for (const row of lines.slice(1)) {
    const geo = input.geos[g.regions.indexOf(row[1])];
    if (geo === input.geos[0]) input.dates.push(row[0]);
    geo.population = Number(row[2]);
    geo.kpi.push(Number(row[3]));
    channels.forEach((_, c) => geo.spend[c].push(Number(row[4 + c])));
  }
  const result = fitGeoMixModel(input, { iterations: 5, bootstrap: 10 });
  const budget = result.channels.reduce((s, c) => s + c.meanWeeklySpend, 0);

  it("spends the budget over every channel × region and reports the risk fields", () => {
    const plan = planByRegion(result, budget);
    expect(plan.regions.map((r) => r.name)).toEqual(g.regions);
    const planned = plan.regions.flatMap((r) => r.cells.map((c) => c.planned));
    expect(planned).toHaveLength(4 * 3);
    expect(planned.reduce((a, b) => a + b, 0)).toBeCloseTo(budget, 3);
    // Current = each region's mean weekly spend: summed over regions, the national mean weekly spend.
    expect(plan.regions.reduce((s, r) => s + r.cells[0].current, 0)).toBeCloseTo(result.channels[0].meanWeeklySpend, 6);
    expect(plan.gainVsCurrent.low).toBeLessThanOrEqual(plan.gainVsCurrent.high);
    // At the window's own budget the current mix is "now" itself; the safeguard says whether the plan kept it.
    expect(plan.currentScale).toBeCloseTo(1, 9);
    expect(plan.safeguard).toBeDefined();
    const kept = plan.regions.every((r) => r.cells.every((c) => Math.abs(c.planned - c.current) <= 1e-6 * Math.max(1, c.current)));
    expect(plan.safeguard!.kept).toBe(kept);
    if (plan.safeguard!.kept) expect(plan.gainVsCurrent).toEqual({ mean: 0, low: 0, high: 0 });
  });

  it("reports the scale between the cells' current spend and another budget", () => {
    expect(planByRegion(result, 0.8 * budget).currentScale).toBeCloseTo(0.8, 9);
  });

  it("refuses a national model", () => {
    expect(() => planByRegion({ responseModel: result.responseModel } as never, budget)).toThrow(/not a geo model/);
  });
});
