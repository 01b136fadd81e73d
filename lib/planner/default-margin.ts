/** Unit economics of one channel: what an activation earns and what serving it costs (USD). */
export type ChannelEconomics = { channel: string; revenuePerActivation: number; costPerActivation: number };

/**
 * The profit margin the Planner uses by default: each channel's margin
 * (revenuePerActivation − costPerActivation) / revenuePerActivation, averaged with the channels'
 * activations as weights (so the margin matches where the activations actually come from).
 * Channels without activations or economics carry no weight; with no usable weight the plain mean
 * of the channel margins is returned, and null when there are no economics at all.
 * @example activationWeightedMargin([{ channel: "a", revenuePerActivation: 100, costPerActivation: 40 }], { a: 10 }) // 0.6
 */
export function activationWeightedMargin(economics: ChannelEconomics[], activations: Record<string, number>): number | null {
  const usable = economics.filter((e) => e.revenuePerActivation > 0 && Number.isFinite(e.costPerActivation));
  if (usable.length === 0) return null;
  const margin = (e: ChannelEconomics) => (e.revenuePerActivation - e.costPerActivation) / e.revenuePerActivation;
  let weight = 0;
  let total = 0;
  for (const e of usable) {
    const w = Math.max(0, activations[e.channel] ?? 0);
    weight += w;
    total += w * margin(e);
  }
  if (weight > 0) return total / weight;
  return usable.reduce((a, e) => a + margin(e), 0) / usable.length;
}
