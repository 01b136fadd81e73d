import { describe, expect, it } from "vitest";
import { buildExploration } from "./build-exploration";
import { strongestRelationships } from "./strongest-relationships";
import type { DriverRelationship } from "./exploration-types";

const weeks = Array.from({ length: 60 }, (_, i) => new Date(Date.UTC(2024, 0, 1) + i * 7 * 86_400_000).toISOString().slice(0, 10));
// Spend with its own irregular pattern; revenue = 1000 + 2 × last week's spend. A second KPI has a small weekly
// pattern (i mod 3) and +500 in two holiday weeks.
const spend = weeks.map((_, i) => 100 + ((i * 37) % 50));
const holidayWeeks = [weeks[20], weeks[45]];
const revenue = weeks.map((_, i) => 1000 + 2 * (i > 0 ? spend[i - 1] : spend[0]));
const festive = weeks.map((w, i) => 1000 + (i % 3) + (holidayWeeks.includes(w) ? 500 : 0));

describe("buildExploration", () => {
  const e = buildExploration({
    weeks,
    kpi: { name: "revenue", label: "Revenue", unit: "USD/week", values: revenue },
    drivers: [
      { key: "spend:search", label: "search spend", group: "spend", unit: "USD/week", values: spend, channel: "search" },
      { key: "macro:flat", label: "flat index", group: "macro", unit: "index", values: weeks.map(() => 5) },
      { key: "macro:short", label: "short series", group: "macro", unit: "index", values: weeks.map((_, i) => (i < 5 ? i : Number.NaN)) },
    ],
    holidays: [{ name: "Fair", weeks: holidayWeeks }],
    promotionsActive: null,
    maxLag: 3,
  });

  it("shows carryover in the lag view: the KPI follows spend one week later", () => {
    const d = e.drivers.find((x) => x.key === "spend:search")!;
    const lag1 = d.lags.find((l) => l.lag === 1)!;
    expect(lag1.r).toBeCloseTo(1, 12);
    expect(lag1.n).toBe(59);
    for (const l of d.lags.filter((l) => l.lag !== 1)) expect(Math.abs(l.r)).toBeLessThan(lag1.r);
    expect(d.lines).not.toBeNull();
  });

  it("lists constant and short drivers as skipped, with the reason", () => {
    expect(e.skipped).toEqual([
      { key: "macro:flat", label: "flat index", reason: "the same value every week" },
      { key: "macro:short", label: "short series", reason: "only 5 weeks with a value" },
    ]);
  });

  it("measures the holiday effect against the ordinary weeks around it", () => {
    const f = buildExploration({
      weeks,
      kpi: { name: "revenue", label: "Revenue", unit: "USD/week", values: festive },
      drivers: [],
      holidays: [{ name: "Fair", weeks: holidayWeeks }],
      promotionsActive: null,
    });
    const fair = f.events.find((x) => x.key === "holiday:Fair")!;
    // Event weeks 20 and 45: 1502 and 1500. Comparable: weeks 16–24 and 41–49 less the holidays; their i mod 3 sum to
    // 7 + 9 = 16 over 16 weeks → mean 1001. diff = 1501 − 1001 = 500.
    expect(fair.eventWeeks).toBe(2);
    expect(fair.comparableWeeks).toBe(16);
    expect(fair.meanComparable).toBeCloseTo(1001, 12);
    expect(fair.diff).toBeCloseTo(500, 12);
    expect(f.events.map((x) => x.kind)).toEqual(["all-holidays", "holiday"]);
    expect(e.events.map((x) => x.key)).toEqual(["all-holidays", "holiday:Fair"]);
  });

  it("profiles the season by week of year and month", () => {
    expect(e.seasonality.years).toEqual([2024, 2025]);
    expect(e.seasonality.byMonth).toHaveLength(12);
  });
});

describe("strongestRelationships", () => {
  const driver = (key: string, r: number, low: number, high: number, lag1 = r): DriverRelationship => ({
    key,
    label: key,
    group: key.startsWith("macro") ? "macro" : "spend",
    unit: "USD/week",
    values: [],
    n: 100,
    pearson: { r, low, high, n: 100, level: 0.95 },
    spearman: { r: r * 0.9, low, high, n: 100, level: 0.95 },
    lags: [
      { lag: 0, r, low, high, n: 100, level: 0.95 },
      { lag: 1, r: lag1, low, high, n: 99, level: 0.95 },
    ],
    lines: null,
  });

  it("keeps drivers whose interval excludes zero, strongest first, with caveat and link", () => {
    const items = strongestRelationships(
      [
        driver("spend:a", 0.45, 0.3, 0.6),
        driver("macro:unemployment", -0.75, -0.82, -0.66),
        driver("spend:noise", 0.1, -0.1, 0.3),
        driver("spend:b", 0.5, 0.35, 0.62, 0.7),
      ],
      "Revenue",
    );
    expect(items.map((i) => i.driverKey)).toEqual(["macro:unemployment", "spend:b", "spend:a"]);
    expect(items[0].text).toBe(
      "Revenue was strongly lower in weeks with a higher macro:unemployment (r = −0.75, 95 % CI −0.82 to −0.66; Spearman −0.68, n = 100 weeks).",
    );
    expect(items[0].href).toBeNull();
    expect(items[0].caveat).toMatch(/^Correlation is not effect/);
    expect(items[1].text).toMatch(/moderately higher .* It peaks 1 week later \(r = 0\.70\), a sign of carryover\.$/);
    expect(items[1].href).toBe("/roi");
    expect(items[2].text).not.toMatch(/peaks/);
  });
});
