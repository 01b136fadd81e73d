import type { SeriesSelection } from "./series-keys";

/**
 * The Forecasts page's URL state (?channel=&region=&horizon=): unknown channels or regions fall
 * back to "All" (the total), the horizon is clamped to 4–52 weeks and to what the run stored.
 */
export const MIN_HORIZON = 4;
export const MAX_PAGE_HORIZON = 52;
export const DEFAULT_HORIZON = 13;
export const HORIZON_CHOICES = [4, 8, 13, 26, 39, 52] as const;

export type PageSelection = SeriesSelection & { horizon: number };

export function resolvePageSelection(
  query: { channel?: string | string[]; region?: string | string[]; horizon?: string | string[] },
  known: { channels: string[]; regions: string[]; storedHorizon: number },
): PageSelection {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
  const channel = known.channels.includes(one(query.channel)) ? one(query.channel) : null;
  const region = known.regions.includes(one(query.region)) ? one(query.region) : null;
  const asked = Number.parseInt(one(query.horizon), 10);
  const cap = Math.max(MIN_HORIZON, Math.min(MAX_PAGE_HORIZON, known.storedHorizon));
  const horizon = Number.isFinite(asked) ? Math.max(MIN_HORIZON, Math.min(cap, asked)) : Math.min(DEFAULT_HORIZON, cap);
  return { channel, region, horizon };
}

/** Link to a series on the Forecasts page ("*" = All). */
export function forecastHref(key: string, horizon: number): string {
  const [channel, region] = key.split("|");
  const p = new URLSearchParams({
    channel: channel === "*" ? "" : channel,
    region: region === "*" || region === undefined ? "" : region,
    horizon: String(horizon),
  });
  return `/forecasts?${p.toString()}`;
}

/** Horizon options for the picker: the standard choices up to `max`, plus the current one if it came from a hand-edited URL. */
export function horizonChoices(current: number, max: number): number[] {
  return [...new Set([...HORIZON_CHOICES.filter((h) => h <= max), current])].sort((a, b) => a - b);
}
