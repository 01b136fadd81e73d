import type { WeeklyChannelPoint } from "../data/reads/overview";

/**
 * The Overview chart's data in columns: one array of weeks and, per metric, one array per channel. Sent to the
 * browser instead of one object per week × channel, it is ~5x smaller (the object form was 120 KB of the Overview's
 * 137 KB RSC payload on the demo). Values are rounded to whole units: the chart cannot show more.
 * A week a channel has no row for is 0 (nothing sold, nothing spent).
 */
export type WeeklyChannelTable = {
  weeks: string[];
  channels: string[];
  revenue: number[][];
  activations: number[][];
  spend: number[][];
};

export function toWeeklyChannelTable(points: readonly WeeklyChannelPoint[], channelOrder: readonly string[]): WeeklyChannelTable {
  const weeks = [...new Set(points.map((p) => p.week))].sort();
  const present = new Set(points.map((p) => p.channel));
  const channels = channelOrder.filter((c) => present.has(c));
  const weekIndex = new Map(weeks.map((w, i) => [w, i]));
  const channelIndex = new Map(channels.map((c, i) => [c, i]));
  const empty = () => channels.map(() => new Array<number>(weeks.length).fill(0));
  const table: WeeklyChannelTable = { weeks, channels, revenue: empty(), activations: empty(), spend: empty() };
  for (const p of points) {
    const c = channelIndex.get(p.channel);
    const w = weekIndex.get(p.week)!;
    if (c === undefined) continue;
    table.revenue[c][w] = Math.round(p.revenue);
    table.activations[c][w] = Math.round(p.activations);
    table.spend[c][w] = Math.round(p.spend);
  }
  return table;
}
