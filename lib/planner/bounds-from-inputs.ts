import type { ChannelBounds } from "../optimize";

export type BoundsInput = { min: string; max: string };

/**
 * Per-channel min/max text fields (USD/week, blank = no bound) as optimizer bounds, with a message
 * per channel for anything that is not a non-negative number or has min above max.
 * @example boundsFromInputs({ tv: { min: "1000", max: "" } }) // { bounds: { tv: { min: 1000 } }, errors: {} }
 */
export function boundsFromInputs(inputs: Record<string, BoundsInput>): { bounds: Record<string, ChannelBounds>; errors: Record<string, string> } {
  const bounds: Record<string, ChannelBounds> = {};
  const errors: Record<string, string> = {};
  for (const [channel, { min, max }] of Object.entries(inputs)) {
    const b: ChannelBounds = {};
    for (const [key, text] of [
      ["min", min],
      ["max", max],
    ] as const) {
      const t = text.trim().replace(/[$,\s]/g, "");
      if (t === "") continue;
      const v = Number(t);
      if (!Number.isFinite(v) || v < 0) {
        errors[channel] = `${key} must be a non-negative amount in USD/week, got “${text}”`;
        continue;
      }
      b[key] = v;
    }
    if (b.min !== undefined && b.max !== undefined && b.min > b.max) errors[channel] = `min (${b.min}) is above max (${b.max})`;
    if (Object.keys(b).length > 0) bounds[channel] = b;
  }
  return { bounds, errors };
}
