import { liftDesign, type LiftOptions, type SimulatedLift } from "../decisions/lift-tests";
import type { GeoCase } from "./generate-geo-case";

/**
 * Simulated lift tests (geo experiments) for a generated geo case: one per channel whose spend is not bursty, i.e. the
 * always-on and seasonal channels, whose ROI the observational data leave on a flat ridge of Hill shapes
 * (bench/README-geo.md, ninth session). Each test covers `weeks` weeks in the middle of the history and reports the
 * TRUE incremental KPI of the channel over that window, summed over regions, in the convention `mixcast mmm --lift`
 * documents (the channel's contribution in the window, carryover from earlier weeks included), plus noise of the stated
 * standard error: se = relative · |true lift| + roiSe · the window's spend (an experiment that reads ROI to about
 * ± roiSe plus relative · ROI). Null channels get a test too when their spend is always-on. Seeded: the same case and
 * seed give the same tests. Imports nothing from lib/.
 */
export function simulatedLiftTests(g: GeoCase, options: LiftOptions = {}): SimulatedLift[] {
  const { relative, roiSe, rng, from, to } = liftDesign(options, g.dates.length, g.spec.seed);
  // Window spend per channel, from the long CSV (week,region,population,kpi,<channels…>).
  const lines = g.longCsv.trim().split("\n");
  const header = lines[0].split(",");
  const inWindow = new Set(g.dates.slice(from, to + 1));
  const spend = new Map<string, number>();
  for (const line of lines.slice(1)) {
    const cells = line.split(",");
    if (!inWindow.has(cells[0])) continue;
    for (let j = 4; j < header.length; j++) spend.set(header[j], (spend.get(header[j]) ?? 0) + Number(cells[j]));
  }
  const out: SimulatedLift[] = [];
  g.spec.channels.forEach((spec, c) => {
    if (spec.pattern === "bursty") return;
    const tc = g.truth.channels[c];
    let truth = 0;
    g.truth.regions.forEach((region, r) => {
      let s = 0;
      for (let t = from; t <= to; t++) s += g.design.shape[c][r][t];
      truth += region.population * tc.beta * region.channels[c].multiplier * s;
    });
    const se = relative * Math.abs(truth) + roiSe * (spend.get(spec.name) ?? 0);
    out.push({ channel: spec.name, start: g.dates[from], end: g.dates[to], measured: truth + se * rng.normal(), se, truth });
  });
  return out;
}
