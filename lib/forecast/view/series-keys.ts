/**
 * Series keys of the forecast hierarchy as stored in `Forecast.seriesKey` and run artifacts:
 * "channel|region" (bottom), "channel|*" (channel total), "*|region" (region total), "*|*"
 * (grand total). The engine's reconciliation names aggregates "channel|all", "all|region" and
 * "total"; `toEngineKey`/`fromEngineKey` translate at that one boundary.
 */
export const ANY = "*";
export const GRAND_TOTAL_KEY = `${ANY}|${ANY}`;

/** The shape every series key has, "channel|region" (either part may be "*"): the one pattern the schemas check. */
export const SERIES_KEY_PATTERN = /^[^|]+\|[^|]+$/;

export type SeriesSelection = { channel: string | null; region: string | null };

/** @example seriesKey({ channel: "search", region: null }) // "search|*" */
export function seriesKey({ channel, region }: SeriesSelection): string {
  return `${channel ?? ANY}|${region ?? ANY}`;
}

/** @throws when the key is not "a|b" */
export function parseSeriesKey(key: string): SeriesSelection {
  const parts = key.split("|");
  if (parts.length !== 2 || !parts[0] || !parts[1]) throw new Error(`parseSeriesKey: "${key}" is not "channel|region"`);
  return { channel: parts[0] === ANY ? null : parts[0], region: parts[1] === ANY ? null : parts[1] };
}

export function isBottomKey(key: string): boolean {
  const { channel, region } = parseSeriesKey(key);
  return channel !== null && region !== null;
}

/** "search · north", "search · all regions", "All channels · north", "All channels · all regions". */
export function seriesLabel(key: string): string {
  const { channel, region } = parseSeriesKey(key);
  return `${channel ?? "All channels"} · ${region ?? "all regions"}`;
}

/** Every node of the hierarchy, totals first: "*|*", channel totals, region totals, bottom cells. */
export function hierarchyKeys(channels: string[], regions: string[]): string[] {
  const c = [...channels].sort();
  const r = [...regions].sort();
  return [
    GRAND_TOTAL_KEY,
    ...c.map((ch) => seriesKey({ channel: ch, region: null })),
    ...r.map((rg) => seriesKey({ channel: null, region: rg })),
    ...c.flatMap((ch) => r.map((rg) => seriesKey({ channel: ch, region: rg }))),
  ];
}

const ENGINE_ALL = "all";
const ENGINE_TOTAL = "total";

export function toEngineKey(key: string): string {
  if (key === GRAND_TOTAL_KEY) return ENGINE_TOTAL;
  const { channel, region } = parseSeriesKey(key);
  return `${channel ?? ENGINE_ALL}|${region ?? ENGINE_ALL}`;
}

export function fromEngineKey(key: string): string {
  if (key === ENGINE_TOTAL) return GRAND_TOTAL_KEY;
  const [channel, region] = key.split("|");
  return seriesKey({ channel: channel === ENGINE_ALL ? null : channel, region: region === ENGINE_ALL ? null : region });
}
