import type { ResponseModel } from "../mmm/types";
import { adstockWeights } from "../math/response-curve";
import { drawCurves, expectedResponse } from "../optimize/draw-curves";

export type WeeklyOutcomePoint = { week: number; spend: number; revenue: number; profit: number };

/**
 * Week-by-week outcome of switching from one weekly allocation to another at week 1: before the
 * switch every channel has spent `from` for long enough to be at steady state, so adstocked spend in
 * week t mixes old and new spend through the channel's lag weights and revenue moves to the new
 * steady state over the carryover weeks instead of jumping. From == to gives a flat line.
 * Units: USD per week; weeks numbered 1…horizonWeeks.
 * @throws {Error} weeklyOutcomePath: horizonWeeks must be a positive integer.
 */
export function weeklyOutcomePath(
  model: ResponseModel,
  from: Record<string, number>,
  to: Record<string, number>,
  horizonWeeks: number,
  margin = 1,
): WeeklyOutcomePoint[] {
  if (!Number.isInteger(horizonWeeks) || horizonWeeks <= 0) throw new Error(`weeklyOutcomePath: horizonWeeks must be a positive integer, got ${horizonWeeks}`);
  // Expected over the bootstrap draws, like the Planner's steady-state numbers (the point curves without draws).
  const curves = drawCurves(model);
  const channels = model.channels.map((c, i) => ({
    c,
    f: expectedResponse(curves, i),
    w: adstockWeights(c.adstock),
    before: from[c.name] ?? 0,
    after: to[c.name] ?? 0,
  }));
  const spend = channels.reduce((a, ch) => a + ch.after, 0);
  const out: WeeklyOutcomePoint[] = [];
  for (let t = 0; t < horizonWeeks; t++) {
    let revenue = 0;
    for (const ch of channels) {
      // Lags 0..t fall after the switch; the remaining weight still carries the old spend.
      let newWeight = 0;
      for (let l = 0; l <= t && l < ch.w.length; l++) newWeight += ch.w[l];
      const adstocked = newWeight * ch.after + (1 - newWeight) * ch.before;
      revenue += ch.f(Math.max(0, adstocked));
    }
    out.push({ week: t + 1, spend, revenue, profit: revenue * margin - spend });
  }
  return out;
}
