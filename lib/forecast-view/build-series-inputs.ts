import type { SeriesInput } from "@/lib/forecast";
import { cellKey, type ForecastPanel } from "./forecast-panel";
import { hierarchyKeys, parseSeriesKey } from "./series-keys";

/**
 * One SeriesInput per node of the channel × region hierarchy (weekly activations, the demand
 * KPI) with its drivers: the spend and campaign budget of the cells it sums, promotions active
 * in its region(s) and their average discount (%), and every macro indicator. `futureSpend`
 * (per cell, `horizon` values) appends planned spend; without it the engine carries the last
 * known value forward. Regressors that never vary are left out (they carry no information and
 * only clutter the driver list).
 */
export const REGRESSOR_LABELS: Record<string, string> = {
  spend: "spend (USD/week)",
  campaign_budget: "campaign budget (USD/week)",
  promotions_active: "promotions active",
  avg_discount_pct: "average promo discount (%)",
};

export function cellsOf(panel: Pick<ForecastPanel, "channels" | "regions">, key: string): string[] {
  const { channel, region } = parseSeriesKey(key);
  const chs = channel === null ? panel.channels : [channel];
  const rgs = region === null ? panel.regions : [region];
  return chs.flatMap((c) => rgs.map((r) => cellKey(c, r)));
}

function addUp(arrays: number[][], length: number): number[] {
  const out = new Array<number>(length).fill(0);
  for (const a of arrays) for (let i = 0; i < length; i++) out[i] += a[i] ?? 0;
  return out;
}

function varies(xs: number[]): boolean {
  return xs.some((v) => v !== xs[0]);
}

export function buildSeriesInputs(panel: ForecastPanel, futureSpend?: Record<string, number[]>): SeriesInput[] {
  const n = panel.weeks.length;
  return hierarchyKeys(panel.channels, panel.regions).map((key) => {
    const cells = cellsOf(panel, key);
    const { region } = parseSeriesKey(key);
    const regions = region === null ? panel.regions : [region];
    const values = addUp(cells.map((c) => panel.activations[c]), n);
    let spend = addUp(cells.map((c) => panel.spend[c]), n);
    if (futureSpend) {
      const horizon = Math.max(...cells.map((c) => futureSpend[c]?.length ?? 0));
      spend = [...spend, ...addUp(cells.map((c) => futureSpend[c] ?? []), horizon)];
    }
    const promos = addUp(regions.map((r) => panel.promotionsActive[r]), n);
    const discounts = addUp(regions.map((r) => panel.discountSum[r]), n);
    const candidates: Record<string, number[]> = {
      spend,
      campaign_budget: addUp(cells.map((c) => panel.campaignBudget[c]), n),
      promotions_active: promos,
      avg_discount_pct: promos.map((count, i) => (count > 0 ? discounts[i] / count : 0)),
      ...panel.macro,
    };
    const regressors = Object.fromEntries(Object.entries(candidates).filter(([, xs]) => varies(xs.slice(0, n))));
    const holidays = panel.holidays
      .filter((h) => h.region === null || (region !== null && h.region === region))
      .map((h) => ({ date: h.date, name: h.name }));
    return { key, dates: panel.weeks, values, regressors, holidays };
  });
}
