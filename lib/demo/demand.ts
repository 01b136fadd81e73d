/**
 * Weekly demand per (week, channel, region). Expected revenue of a row =
 *   organicShare(channel) · [regionShare·(baseline + macro) + holidays(region) + promotions(region)]
 *   + regionShare · mediaEffect(channel)
 * Activations = expected revenue / revenuePerActivation(channel) × a national weekly shock × row
 * noise (both mean-one lognormal), rounded to whole activations; revenue = activations × revenue
 * per activation. The national shock is what keeps even a perfect national model near R² 0.9+.
 */
import type { Rng } from "@/lib/math/random";
import type { DemoChannelConfig } from "./channel-config";
import { DEMO_REGIONS, REGION_SHARES } from "./regions";
import { lognormalFactor, roundTo } from "./rng-streams";
import type { DemoDemandRow } from "./types";

export const DEMAND_NOISE = { nationalWeeklySdLog: 0.028, rowSdLog: 0.05 } as const;

export type DemandInputs = {
  weeks: readonly string[];
  channels: readonly DemoChannelConfig[];
  baseline: readonly number[];
  macroEffect: readonly number[];
  holidays: Record<string, number[]>;
  promotions: Record<string, number[]>;
  media: Record<string, number[]>;
};

export type DemandResult = { rows: DemoDemandRow[]; expectedNational: number[]; observedNational: number[] };

export function generateDemand(inputs: DemandInputs, rng: Rng): DemandResult {
  const { weeks, channels } = inputs;
  const rows: DemoDemandRow[] = [];
  const expectedNational = new Array<number>(weeks.length).fill(0);
  const observedNational = new Array<number>(weeks.length).fill(0);
  weeks.forEach((week, t) => {
    const shock = lognormalFactor(rng, DEMAND_NOISE.nationalWeeklySdLog);
    for (const ch of channels) {
      for (const region of DEMO_REGIONS) {
        const share = REGION_SHARES[region];
        const organic = share * (inputs.baseline[t] + inputs.macroEffect[t]) + inputs.holidays[region][t] + inputs.promotions[region][t];
        const expected = ch.organicShare * organic + share * inputs.media[ch.name][t];
        const activations = Math.max(0, Math.round((expected / ch.revenuePerActivation) * shock * lognormalFactor(rng, DEMAND_NOISE.rowSdLog)));
        const revenue = roundTo(activations * ch.revenuePerActivation, 2);
        rows.push({ week, channel: ch.name, region, activations, revenue });
        expectedNational[t] += expected;
        observedNational[t] += revenue;
      }
    }
  });
  return { rows, expectedNational, observedNational };
}
