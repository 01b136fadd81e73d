import { describe, expect, it } from "vitest";
import { completeWeeks } from "../weeks/complete-weeks";
import { generateDemoDataset } from "../demo";
import { buildDriftReport, DEFAULT_DRIFT_THRESHOLDS, weeklyChanges } from "./drift-report";
import { buildDriftSamples, type DriftSourceRows } from "./drift-samples";

/** The demo as the database holds it, summed nationally per channel and week (what lib/data/writes/drift.ts reads). */
const cache = new Map<number, DriftSourceRows>();
function demoRows(seed = 42): DriftSourceRows {
  if (!cache.has(seed)) cache.set(seed, generateRows(seed));
  return cache.get(seed)!;
}

function generateRows(seed: number): DriftSourceRows {
  const d = generateDemoDataset({ seed });
  const national = (rows: { week: string; channel: string }[], value: (r: never) => number) => {
    const m = new Map<string, { week: string; channel: string; value: number }>();
    for (const r of rows) {
      const k = `${r.week}|${r.channel}`;
      const p = m.get(k) ?? { week: r.week, channel: r.channel, value: 0 };
      p.value += value(r as never);
      m.set(k, p);
    }
    return [...m.values()];
  };
  return {
    weeks: completeWeeks({ demand: d.demand.map((r) => r.week), spend: d.spend.map((r) => r.week) }).complete,
    spend: national(d.spend, (r: { spend: number }) => r.spend),
    activations: national(d.demand, (r: { activations: number }) => r.activations),
    macro: d.macro,
    promotions: d.promotions.map((p) => ({
      startDate: p.startDate,
      discountPct: p.discountPct,
      days: (Date.parse(p.endDate) - Date.parse(p.startDate)) / 86_400_000 + 1,
    })),
    service: d.serviceInteractions.filter((s) => s.waitMinutes !== null).map((s) => ({ week: s.occurredAt.slice(0, 10), waitMinutes: s.waitMinutes ?? 0 })),
  };
}

const report = (rows: DriftSourceRows) => buildDriftReport(buildDriftSamples(rows)!.samples, DEFAULT_DRIFT_THRESHOLDS);
const statusOf = (rows: ReturnType<typeof report>, feature: string) => rows.find((r) => r.feature === feature)?.status;

describe("drift on the demo (alerts that do not cry wolf)", () => {
  it("the fresh demo raises no drift: its macro indicators trend, which is not drift", () => {
    const rows = report(demoRows());
    expect(rows.length).toBe(19);
    expect(rows.filter((r) => r.status === "drift")).toEqual([]);
    for (const macro of ["unemployment", "inflation", "interest_rate", "consumer_confidence"])
      expect(rows.find((r) => r.feature === macro)?.basis).toBe("weekly change");
  });

  it.each([1, 2, 3])("nor does the demo drawn with seed %i", (seed) => {
    expect(
      report(demoRows(seed))
        .filter((r) => r.status === "drift")
        .map((r) => r.feature),
    ).toEqual([]);
  });

  it("a level jump injected in a driver is drift, named as a level shift; the other features stay quiet", () => {
    const rows = demoRows();
    const recent = new Set(rows.weeks.slice(-6));
    const jumped = { ...rows, macro: rows.macro.map((m) => (m.name === "unemployment" && recent.has(m.week) ? { ...m, value: m.value + 1.5 } : m)) };
    const result = report(jumped);
    const unemployment = result.find((r) => r.feature === "unemployment")!;
    expect(unemployment.status).toBe("drift");
    expect(unemployment.jump).toBeGreaterThan(3);
    expect(unemployment.reason).toMatch(/level shift/);
    expect(result.filter((r) => r.status === "drift").map((r) => r.feature)).toEqual(["unemployment"]);
  });

  it("a driver that starts moving steadily where it used to wander is drift (distribution of its weekly changes)", () => {
    const rows = demoRows();
    const recent = rows.weeks.slice(-13);
    // +0.15 pp a week for a quarter: no single week jumps, but every recent change is up by far more than usual.
    const step = new Map(recent.map((w, k) => [w, 0.15 * (k + 1)]));
    const trending = {
      ...rows,
      macro: rows.macro.map((m) => (m.name === "interest_rate" && step.has(m.week) ? { ...m, value: m.value + step.get(m.week)! } : m)),
    };
    const r = report(trending).find((x) => x.feature === "interest_rate")!;
    expect(r.jump).toBeLessThan(DEFAULT_DRIFT_THRESHOLDS.jumpRatio);
    expect(r.status).toBe("drift");
    expect(r.reason).toMatch(/week-to-week changes are distributed differently/);
  });

  it("independent draws are judged by their values: much deeper recent discounts are drift", () => {
    const rows = demoRows();
    const cut = rows.weeks.at(-13)!;
    const deeper = { ...rows, promotions: rows.promotions.map((p) => (p.startDate >= cut ? { ...p, discountPct: p.discountPct + 25 } : p)) };
    const r = report(deeper).find((x) => x.feature === "promotion discount %")!;
    expect(r.basis).toBe("level");
    expect(r.status).toBe("drift");
  });

  it("media spend has its own, wider jump threshold: a burst 2.5× the largest before is a decision, not drift", () => {
    const rows = demoRows();
    const last = rows.weeks.at(-1)!;
    const burst = { ...rows, spend: rows.spend.map((s) => (s.channel === "search" && s.week === last ? { ...s, value: s.value + 1.5 * 58_710 } : s)) };
    const search = report(burst).find((r) => r.feature === "search spend")!;
    expect(search.jump).toBeGreaterThan(1.5);
    expect(search.jump).toBeLessThan(3);
    expect(search.status).not.toBe("drift");
    // Per-feature overrides win over the group's.
    const strict = buildDriftReport(buildDriftSamples(burst)!.samples, {
      ...DEFAULT_DRIFT_THRESHOLDS,
      overrides: { ...DEFAULT_DRIFT_THRESHOLDS.overrides, "search spend": { jumpRatio: 1.2 } },
    });
    expect(statusOf(strict, "search spend")).toBe("drift");
  });

  it("needs enough complete weeks", () => {
    const rows = demoRows();
    expect(buildDriftSamples({ ...rows, weeks: rows.weeks.slice(0, 22) })).toBeNull();
    expect(buildDriftSamples({ ...rows, weeks: rows.weeks.slice(0, 23) })).not.toBeNull();
  });
});

describe("weeklyChanges", () => {
  it("splits the differences so the change into the recent window is recent", () => {
    expect(weeklyChanges([1, 2, 4, 7, 11], 2)).toEqual({ reference: [1, 2], current: [3, 4] });
    expect(() => weeklyChanges([1, 2], 2)).toThrow(/weeklyChanges/);
  });
});
