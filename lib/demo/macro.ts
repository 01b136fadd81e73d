/**
 * Macroeconomic indicators as mean-reverting AR(1) walks, clamped to plausible ranges, and their
 * TRUE effect on national weekly revenue. Only consumer confidence (+) and unemployment (−) move
 * demand; inflation and the interest rate are decoys with a true effect of exactly zero, so a
 * model that attributes revenue to them is visibly wrong.
 */
import type { Rng } from "@/lib/math/random";
import { roundTo } from "./rng-streams";
import type { DemoMacroRow } from "./types";

export type MacroSpec = {
  name: string;
  unit: string;
  start: number;
  mean: number;
  /** AR(1) persistence per week: x_t − m = phi·(x_{t−1} − m) + sd·z. */
  phi: number;
  sd: number;
  range: [number, number];
  /** Revenue per week (national) per unit above `reference`. */
  coefficient: number;
  reference: number;
  decimals: number;
};

export const MACRO_SPECS: readonly MacroSpec[] = [
  { name: "unemployment", unit: "%", start: 4.2, mean: 5, phi: 0.985, sd: 0.08, range: [3, 8], coefficient: -60_000, reference: 5, decimals: 2 },
  { name: "inflation", unit: "%", start: 5.5, mean: 3, phi: 0.98, sd: 0.12, range: [1, 6], coefficient: 0, reference: 3, decimals: 2 },
  { name: "interest_rate", unit: "%", start: 1.5, mean: 3.5, phi: 0.99, sd: 0.07, range: [0.5, 5.5], coefficient: 0, reference: 3, decimals: 2 },
  { name: "consumer_confidence", unit: "index", start: 95, mean: 100, phi: 0.97, sd: 1.6, range: [80, 120], coefficient: 6_000, reference: 100, decimals: 1 },
];

export type MacroResult = { rows: DemoMacroRow[]; series: Record<string, number[]>; effect: number[] };

export function generateMacro(weeks: readonly string[], rng: Rng): MacroResult {
  const series: Record<string, number[]> = {};
  const rows: DemoMacroRow[] = [];
  const effect = new Array<number>(weeks.length).fill(0);
  for (const spec of MACRO_SPECS) {
    let x = spec.start;
    const values = weeks.map(() => {
      x = spec.mean + spec.phi * (x - spec.mean) + spec.sd * rng.normal();
      // Reflect at the bounds instead of sticking to them, so the walk stays smooth.
      if (x < spec.range[0]) x = 2 * spec.range[0] - x;
      if (x > spec.range[1]) x = 2 * spec.range[1] - x;
      return roundTo(x, spec.decimals);
    });
    series[spec.name] = values;
    values.forEach((v, t) => {
      rows.push({ week: weeks[t], name: spec.name, value: v });
      effect[t] += spec.coefficient * (v - spec.reference);
    });
  }
  return { rows, series, effect };
}
