import { addWeeks, parseIsoDate } from "@/lib/forecast/dates";
import { completeWeeks, type IncompleteWeek } from "@/lib/weeks/complete-weeks";
import { mainWeeklySpan } from "./main-weekly-span";
import { DAY_MS, WEEK_MS } from "../../math/time-units";

/**
 * The weekly panel every forecast series is cut from: one aligned array per channel × region
 * cell (activations, spend, campaign budget), per region (promotions active, sum of their
 * discounts) and per macro indicator, over one contiguous run of Mondays. Rows arrive as the
 * database stores them; weeks without a row count as 0 (demand, spend, budget) or carry the
 * last known value (macro indicators, which are levels, not flows).
 *
 * The run of Mondays is the main block of the *complete* weeks (lib/weeks/complete-weeks.ts: demand and spend both
 * present): a week of demand whose spend is not imported yet would otherwise end every series with a $0 spend week.
 */
export type ForecastPanelRows = {
  demand: { week: string; channel: string; region: string; activations: number }[];
  spend: { week: string; channel: string; region: string; spend: number }[];
  promotions: { region: string; discountPct: number; startDate: string; endDate: string }[];
  campaigns: { channel: string; region: string | null; budget: number; startDate: string; endDate: string }[];
  macro: { week: string; name: string; value: number }[];
  holidays: { date: string; name: string; region: string | null }[];
};

export type ForecastPanel = {
  weeks: string[];
  /** Complete weeks outside the main block of history (see mainWeeklySpan), left out of every series. */
  droppedWeeks: string[];
  /** Incomplete weeks (demand or spend missing) outside the panel's weeks, left out of every series. */
  incompleteWeeks: IncompleteWeek[];
  /** Incomplete weeks inside the panel's weeks: kept (a forecast needs every week), the missing domain as 0. */
  incompleteInside: IncompleteWeek[];
  channels: string[];
  regions: string[];
  /** keyed by "channel|region" */
  activations: Record<string, number[]>;
  spend: Record<string, number[]>;
  campaignBudget: Record<string, number[]>;
  /** keyed by region */
  promotionsActive: Record<string, number[]>;
  discountSum: Record<string, number[]>;
  macro: Record<string, number[]>;
  holidays: ForecastPanelRows["holidays"];
};

export const cellKey = (channel: string, region: string) => `${channel}|${region}`;

/** Every Monday from `first` to `last` inclusive. @throws when the two are not a whole number of weeks apart */
export function weeklyRange(first: string, last: string): string[] {
  const span = (parseIsoDate(last) - parseIsoDate(first)) / WEEK_MS;
  if (!Number.isInteger(span) || span < 0) throw new Error(`weeklyRange: ${first} → ${last} is not a whole number of weeks`);
  return Array.from({ length: span + 1 }, (_, i) => addWeeks(first, i));
}

/** Indices of the weeks a [start, end] date window touches (a week is its Monday plus 6 days); `weeks` is contiguous. */
function touchedWeeks(weeks: string[], start: string, end: string): number[] {
  if (weeks.length === 0) return [];
  const w0 = parseIsoDate(weeks[0]);
  const first = Math.max(0, Math.ceil((parseIsoDate(start) - 6 * DAY_MS - w0) / WEEK_MS));
  const last = Math.min(weeks.length - 1, Math.floor((parseIsoDate(end) - w0) / WEEK_MS));
  const out: number[] = [];
  for (let i = first; i <= last; i++) out.push(i);
  return out;
}

/** @throws when there is no demand to forecast */
export function buildForecastPanel(rows: ForecastPanelRows): ForecastPanel {
  if (rows.demand.length === 0) throw new Error("buildForecastPanel: no weekly demand rows");
  const window = completeWeeks({ demand: rows.demand.map((r) => r.week), spend: rows.spend.map((r) => r.week) });
  if (window.complete.length === 0) throw new Error(`buildForecastPanel: no week has both demand and spend (${window.incomplete.length} incomplete weeks)`);
  const span = mainWeeklySpan(window.complete);
  const weeks = weeklyRange(span.first, span.last);
  const inside = (w: IncompleteWeek) => w.week >= span.first && w.week <= span.last;
  const index = new Map(weeks.map((w, i) => [w, i]));
  const channels = [...new Set(rows.demand.map((r) => r.channel))].sort();
  const regions = [...new Set(rows.demand.map((r) => r.region))].sort();
  const zeros = () => new Array<number>(weeks.length).fill(0);
  const perCell = () => Object.fromEntries(channels.flatMap((c) => regions.map((r) => [cellKey(c, r), zeros()]))) as Record<string, number[]>;
  const perRegion = () => Object.fromEntries(regions.map((r) => [r, zeros()])) as Record<string, number[]>;

  const activations = perCell();
  for (const r of rows.demand) {
    const i = index.get(r.week);
    if (i !== undefined) activations[cellKey(r.channel, r.region)][i] += r.activations;
  }
  const spend = perCell();
  for (const r of rows.spend) {
    const i = index.get(r.week);
    const cell = spend[cellKey(r.channel, r.region)];
    if (i !== undefined && cell) cell[i] += r.spend;
  }

  // A national campaign (no region) is split by each region's share of that channel's spend.
  const cellSpend = new Map(Object.entries(spend).map(([k, xs]) => [k, sum(xs)]));
  const spendShare = (channel: string, region: string) => {
    const total = regions.reduce((s, rg) => s + cellSpend.get(cellKey(channel, rg))!, 0);
    return total > 0 ? cellSpend.get(cellKey(channel, region))! / total : 1 / regions.length;
  };
  const campaignBudget = perCell();
  for (const c of rows.campaigns) {
    if (!channels.includes(c.channel)) continue;
    const hit = touchedWeeks(weeks, c.startDate, c.endDate);
    if (hit.length === 0) continue;
    const targets =
      c.region === null ? regions.map((rg) => [rg, spendShare(c.channel, rg)] as const) : regions.includes(c.region) ? [[c.region, 1] as const] : [];
    for (const [rg, share] of targets) for (const i of hit) campaignBudget[cellKey(c.channel, rg)][i] += (c.budget * share) / hit.length;
  }

  const promotionsActive = perRegion();
  const discountSum = perRegion();
  for (const p of rows.promotions) {
    if (!promotionsActive[p.region]) continue;
    for (const i of touchedWeeks(weeks, p.startDate, p.endDate)) {
      promotionsActive[p.region][i] += 1;
      discountSum[p.region][i] += p.discountPct;
    }
  }

  const macro: Record<string, number[]> = {};
  for (const name of [...new Set(rows.macro.map((m) => m.name))].sort()) {
    const byWeek = new Map(rows.macro.filter((m) => m.name === name).map((m) => [m.week, m.value]));
    const known = weeks.map((w) => byWeek.get(w));
    const first = known.find((v) => v !== undefined);
    if (first === undefined) continue;
    let last = first;
    macro[name] = known.map((v) => (last = v ?? last));
  }
  return {
    weeks,
    droppedWeeks: span.dropped,
    incompleteWeeks: window.incomplete.filter((w) => !inside(w)),
    incompleteInside: window.incomplete.filter(inside),
    channels,
    regions,
    activations,
    spend,
    campaignBudget,
    promotionsActive,
    discountSum,
    macro,
    holidays: rows.holidays,
  };
}

export function sum(xs: number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}
