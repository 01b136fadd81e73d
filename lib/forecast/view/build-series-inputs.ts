import type { SeriesInput } from "@/lib/forecast";
import { cellKey, type ForecastPanel } from "./forecast-panel";
import { hierarchyKeys, parseSeriesKey } from "./series-keys";

/**
 * One SeriesInput per node of the channel × region hierarchy (weekly activations, the demand KPI) with its drivers:
 * promotions active in its region(s) and their average discount (%), and every macro indicator.
 *
 * Media spend is NOT a regressor: the effect of spend comes from the champion mix model alone (one source of truth
 * for media effects; as a linear regressor on raw spend the forecast's own "spend effect" came out negative for
 * several series while the mix model says every channel pays). When `media` (activations per cell and week that the
 * mix model attributes to paid media, see lib/forecast-plan/media-mapping.ts) is given, the series the engine sees
 * is the baseline — activations minus that media — and the media is added back under a plan afterwards.
 * Regressors that never vary are left out (they carry no information and only clutter the driver list).
 */
export const REGRESSOR_LABELS: Record<string, string> = {
  // Older runs (before media came from the mix model) stored spend and campaign budgets as drivers.
  spend: "spend (USD/week)",
  campaign_budget: "campaign budget (USD/week)",
  promotions_active: "promotions active",
  avg_discount_pct: "average promo discount (%)",
  media: "paid media (mix model)",
};

/** Regressor names that would be a second, competing spend effect: never offered to the forecasting models. */
export const SPEND_REGRESSORS = ["spend", "campaign_budget"] as const;

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

export type HierarchySeries = SeriesInput & {
  /** Observed activations of the node per week (values = actual − media). */
  actual: number[];
  /** Media activations per week taken out of the node (zeros without a mix model). */
  media: number[];
};

export function buildSeriesInputs(panel: ForecastPanel, options: { media?: Record<string, number[]> } = {}): HierarchySeries[] {
  const n = panel.weeks.length;
  const zeros = new Array<number>(n).fill(0);
  return hierarchyKeys(panel.channels, panel.regions).map((key) => {
    const cells = cellsOf(panel, key);
    const { region } = parseSeriesKey(key);
    const regions = region === null ? panel.regions : [region];
    const actual = addUp(
      cells.map((c) => panel.activations[c]),
      n,
    );
    const media = options.media
      ? addUp(
          cells.map((c) => options.media![c] ?? zeros),
          n,
        )
      : zeros.slice();
    const promos = addUp(
      regions.map((r) => panel.promotionsActive[r]),
      n,
    );
    const discounts = addUp(
      regions.map((r) => panel.discountSum[r]),
      n,
    );
    const candidates: Record<string, number[]> = {
      promotions_active: promos,
      avg_discount_pct: promos.map((count, i) => (count > 0 ? discounts[i] / count : 0)),
      ...panel.macro,
    };
    const regressors = Object.fromEntries(
      Object.entries(candidates).filter(([name, xs]) => !(SPEND_REGRESSORS as readonly string[]).includes(name) && varies(xs.slice(0, n))),
    );
    const holidays = panel.holidays.filter((h) => h.region === null || (region !== null && h.region === region)).map((h) => ({ date: h.date, name: h.name }));
    return { key, dates: panel.weeks, values: actual.map((v, t) => v - media[t]), actual, media, regressors, holidays };
  });
}
