/**
 * Campaigns are how the media team booked the spend: each run of non-zero weekly spend of a
 * channel in a region is cut into 3–5-week campaigns whose budget is the spend actually booked in
 * those weeks (± a few % of plan-vs-actual noise). Email is planned nationally (region null).
 */
import type { Rng } from "@/lib/math/random";
import { addDays } from "./calendar";
import type { DemoChannelConfig } from "./channel-config";
import { DEMO_REGIONS } from "./regions";
import { lognormalFactor, roundTo } from "./rng-streams";
import type { DemoCampaignRow, DemoSpendRow } from "./types";

/** Currency per person reached for channels without impressions. */
const COST_PER_REACH: Record<string, number> = { email: 0.02, affiliate: 0.4 };
const NATIONAL_CHANNELS = new Set(["email"]);

type Cell = { spend: number; impressions: number };

export function generateCampaigns(
  weeks: readonly string[],
  channels: readonly DemoChannelConfig[],
  spendRows: readonly DemoSpendRow[],
  rng: Rng,
): DemoCampaignRow[] {
  const byKey = new Map<string, Cell>();
  const weekIndex = new Map(weeks.map((w, i) => [w, i]));
  for (const r of spendRows) {
    const region = NATIONAL_CHANNELS.has(r.channel) ? "*" : r.region;
    const key = `${r.channel}|${region}|${weekIndex.get(r.week)}`;
    const cell = byKey.get(key) ?? { spend: 0, impressions: 0 };
    cell.spend += r.spend;
    cell.impressions += r.impressions ?? 0;
    byKey.set(key, cell);
  }
  const rows: Omit<DemoCampaignRow, "campaignId">[] = [];
  for (const ch of channels) {
    const regions: (string | null)[] = NATIONAL_CHANNELS.has(ch.name) ? [null] : [...DEMO_REGIONS];
    for (const region of regions) {
      let t = 0;
      while (t < weeks.length) {
        const cellAt = (i: number) => byKey.get(`${ch.name}|${region ?? "*"}|${i}`);
        if (!(cellAt(t)?.spend ?? 0)) {
          t++;
          continue;
        }
        const len = 3 + rng.int(3);
        let spend = 0;
        let impressions = 0;
        let end = t;
        while (end < weeks.length && end < t + len && (cellAt(end)?.spend ?? 0) > 0) {
          spend += cellAt(end)!.spend;
          impressions += cellAt(end)!.impressions;
          end++;
        }
        const frequency = 2 + rng.next() * 3;
        const reach = ch.cpm === null ? spend / (COST_PER_REACH[ch.name] ?? 1) : impressions / frequency;
        rows.push({
          channel: ch.name,
          region,
          budget: roundTo(spend * lognormalFactor(rng, 0.03), 2),
          reach: Math.round(reach * lognormalFactor(rng, 0.05)),
          conversionRate: roundTo(ch.conversionRate[0] + rng.next() * (ch.conversionRate[1] - ch.conversionRate[0]), 4),
          startDate: weeks[t],
          endDate: addDays(weeks[end - 1], 6),
        });
        t = end;
      }
    }
  }
  rows.sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : a.channel.localeCompare(b.channel)));
  return rows.map((r, i) => ({ campaignId: `CMP-${String(i + 1).padStart(5, "0")}`, ...r }));
}
