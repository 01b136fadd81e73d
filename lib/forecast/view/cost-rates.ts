import type { CostRates } from "@/lib/forecast";

/**
 * Unit costs of forecast error for a series (USD per activation): over-forecasting one
 * activation wastes its cost (co = cost per activation), under-forecasting loses its margin
 * (cu = revenue − cost per activation, never below 0). A series over several channels uses the
 * activation-weighted average of its channels' rates, weights = `activationsByChannel`.
 * Returns null when no channel of the series has unit economics.
 */
export type UnitEconomicsRate = { revenuePerActivation: number; costPerActivation: number };

export function costRatesFor(channels: string[], economics: Record<string, UnitEconomicsRate>, activationsByChannel: Record<string, number>): CostRates | null {
  const known = channels.filter((c) => economics[c]);
  if (known.length === 0) return null;
  const weights = known.map((c) => Math.max(0, activationsByChannel[c] ?? 0));
  const total = weights.reduce((a, b) => a + b, 0);
  const w = total > 0 ? weights.map((x) => x / total) : known.map(() => 1 / known.length);
  const co = known.reduce((s, c, i) => s + w[i] * economics[c].costPerActivation, 0);
  const cu = known.reduce((s, c, i) => s + w[i] * Math.max(0, economics[c].revenuePerActivation - economics[c].costPerActivation), 0);
  return co + cu > 0 ? { co, cu } : null;
}
