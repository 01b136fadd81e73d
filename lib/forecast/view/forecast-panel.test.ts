import { describe, expect, it } from "vitest";
import { buildForecastPanel, weeklyRange, type ForecastPanelRows } from "./forecast-panel";
import { buildSeriesInputs, cellsOf } from "./build-series-inputs";
import { costRatesFor } from "./cost-rates";

const W = ["2026-01-05", "2026-01-12", "2026-01-19"];
const rows: ForecastPanelRows = {
  demand: [
    ...W.map((week, i) => ({ week, channel: "search", region: "north", activations: 10 + i })),
    ...W.map((week, i) => ({ week, channel: "search", region: "south", activations: 20 + i })),
    // social has no row in the middle week: it counts as 0
    { week: W[0], channel: "social", region: "north", activations: 5 },
    { week: W[2], channel: "social", region: "north", activations: 7 },
  ],
  spend: [
    { week: W[0], channel: "search", region: "north", spend: 300 },
    { week: W[1], channel: "search", region: "north", spend: 300 },
    { week: W[2], channel: "search", region: "north", spend: 300 },
    { week: W[2], channel: "search", region: "south", spend: 100 },
  ],
  promotions: [
    { region: "north", discountPct: 10, startDate: "2026-01-07", endDate: "2026-01-13" }, // touches weeks 0 and 1
    { region: "north", discountPct: 30, startDate: "2026-01-12", endDate: "2026-01-12" }, // week 1 only
  ],
  campaigns: [
    { channel: "search", region: null, budget: 800, startDate: "2026-01-05", endDate: "2026-01-18" }, // 2 weeks, national
  ],
  macro: [
    { week: W[1], name: "inflation", value: 2 },
    { week: W[2], name: "inflation", value: 3 },
  ],
  holidays: [
    { date: "2026-01-01", name: "New Year", region: null },
    { date: "2026-01-15", name: "North Day", region: "north" },
  ],
};

describe("buildForecastPanel", () => {
  const p = buildForecastPanel(rows);
  it("aligns every cell on one contiguous weekly grid", () => {
    expect(p.weeks).toEqual(W);
    expect(p.channels).toEqual(["search", "social"]);
    expect(p.activations["social|north"]).toEqual([5, 0, 7]);
    expect(p.activations["social|south"]).toEqual([0, 0, 0]);
  });
  it("counts promotions per touched week and sums their discounts", () => {
    expect(p.promotionsActive.north).toEqual([1, 2, 0]);
    expect(p.discountSum.north).toEqual([10, 40, 0]);
  });
  it("splits a national campaign by the channel's regional spend share and spreads it evenly over its weeks", () => {
    // search spend: north 900, south 100 → 90 % / 10 %; 800 over 2 weeks = 400/week
    expect(p.campaignBudget["search|north"]).toEqual([360, 360, 0]);
    expect(p.campaignBudget["search|south"].map((v) => Math.round(v))).toEqual([40, 40, 0]);
  });
  it("carries macro levels back and forward over weeks without a value", () => {
    expect(p.macro.inflation).toEqual([2, 2, 3]);
  });
  it("rejects an empty demand table and non-weekly ranges", () => {
    expect(() => buildForecastPanel({ ...rows, demand: [] })).toThrow(/no weekly demand/);
    expect(() => weeklyRange("2026-01-05", "2026-01-07")).toThrow(/weeklyRange/);
  });
});

describe("buildSeriesInputs", () => {
  const p = buildForecastPanel(rows);
  const inputs = buildSeriesInputs(p);
  const byKey = Object.fromEntries(inputs.map((s) => [s.key, s]));
  it("makes the grand total, channel totals, region totals and every cell", () => {
    expect(inputs.map((s) => s.key)).toEqual([
      "*|*",
      "search|*",
      "social|*",
      "*|north",
      "*|south",
      "search|north",
      "search|south",
      "social|north",
      "social|south",
    ]);
    expect(cellsOf(p, "*|north")).toEqual(["search|north", "social|north"]);
  });
  it("sums activations over the cells of a node", () => {
    expect(byKey["*|*"].values).toEqual([35, 32, 41]);
    expect(byKey["*|*"].actual).toEqual([35, 32, 41]);
    expect(byKey["*|north"].regressors!.avg_discount_pct).toEqual([10, 20, 0]);
  });
  it("drops regressors that never vary and keeps holidays of the node's region", () => {
    expect(byKey["search|south"].regressors!.promotions_active).toBeUndefined(); // no promos in the south
    expect(byKey["*|north"].holidays!.map((h) => h.name)).toEqual(["New Year", "North Day"]);
    expect(byKey["*|*"].holidays!.map((h) => h.name)).toEqual(["New Year"]);
  });
  it("offers no spend regressor to any series: media effects come from the mix model only", () => {
    // search spend varies (300, 300, 400) and a campaign ran: neither is a driver of any node.
    for (const s of inputs) {
      expect(Object.keys(s.regressors ?? {})).not.toContain("spend");
      expect(Object.keys(s.regressors ?? {})).not.toContain("campaign_budget");
    }
  });
  it("takes the mix model's media activations out of each node (the baseline the engine forecasts)", () => {
    const media = { "search|north": [1, 2, 3], "search|south": [0.5, 0.5, 0.5] };
    const s = buildSeriesInputs(p, { media });
    const total = s.find((x) => x.key === "*|*")!;
    expect(total.media).toEqual([1.5, 2.5, 3.5]);
    expect(total.values).toEqual([33.5, 29.5, 37.5]);
    expect(total.actual).toEqual([35, 32, 41]);
    expect(s.find((x) => x.key === "social|north")!.media).toEqual([0, 0, 0]);
  });
});

describe("costRatesFor", () => {
  const econ = { search: { revenuePerActivation: 120, costPerActivation: 48 }, email: { revenuePerActivation: 60, costPerActivation: 22 } };
  it("uses the channel's own rates for one channel", () => {
    expect(costRatesFor(["search"], econ, {})).toEqual({ co: 48, cu: 72 });
  });
  it("weights several channels by activations", () => {
    const r = costRatesFor(["search", "email"], econ, { search: 3, email: 1 })!;
    expect(r.co).toBeCloseTo(0.75 * 48 + 0.25 * 22, 10);
    expect(r.cu).toBeCloseTo(0.75 * 72 + 0.25 * 38, 10);
  });
  it("is null when no channel has unit economics", () => {
    expect(costRatesFor(["video"], econ, {})).toBeNull();
  });
});

describe("buildForecastPanel windows at the edges", () => {
  it("ignores the parts of promotions and campaigns outside the weeks and counts a window ending on a Monday", () => {
    const p = buildForecastPanel({
      ...rows,
      promotions: [
        { region: "north", discountPct: 5, startDate: "2025-12-01", endDate: "2026-01-05" }, // ends on week 0's Monday
        { region: "north", discountPct: 5, startDate: "2026-01-25", endDate: "2026-03-01" }, // starts on week 2's Sunday
        { region: "north", discountPct: 5, startDate: "2027-01-01", endDate: "2027-02-01" }, // after the data
      ],
    });
    expect(p.promotionsActive.north).toEqual([1, 0, 1]);
  });
});

describe("buildForecastPanel and incomplete weeks (lib/weeks/complete-weeks.ts)", () => {
  it("leaves out a trailing week of demand whose spend is not in yet", () => {
    const p = buildForecastPanel({ ...rows, demand: [...rows.demand, { week: "2026-01-26", channel: "search", region: "north", activations: 99 }] });
    expect(p.weeks).toEqual(W);
    expect(p.activations["search|north"]).toEqual([10, 11, 12]);
    expect(p.incompleteWeeks).toEqual([{ week: "2026-01-26", missing: ["spend"] }]);
    expect(p.incompleteInside).toEqual([]);
  });

  it("keeps an incomplete week inside the history (the axis must be unbroken) and says so", () => {
    const p = buildForecastPanel({ ...rows, spend: rows.spend.filter((r) => r.week !== W[1]) });
    expect(p.weeks).toEqual(W);
    expect(p.incompleteInside).toEqual([{ week: W[1], missing: ["spend"] }]);
    expect(p.incompleteWeeks).toEqual([]);
  });

  it("refuses a panel with no complete week", () => {
    expect(() => buildForecastPanel({ ...rows, spend: [{ week: "2027-01-04", channel: "search", region: "north", spend: 1 }] })).toThrow(
      /no week has both demand and spend/,
    );
  });
});
