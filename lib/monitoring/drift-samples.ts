import type { DriftSample } from "./drift-report";

/**
 * The inputs drift monitoring looks at, from database-shaped rows (pure, so the demo can be checked without a
 * database). Weekly series — national spend and activations per channel, macro indicators — are laid on the
 * complete weeks (lib/weeks/complete-weeks.ts) and judged by their week-to-week changes; promotion discounts and
 * durations (by start week) and service wait times (by week of the interaction) are independent draws, judged by
 * their values. The recent window is the last `recentWeeks` complete weeks; the training window is every complete
 * week before it.
 */
export type DriftSourceRows = {
  /** Complete weeks, ascending (demand and spend both present). */
  weeks: string[];
  spend: { week: string; channel: string; value: number }[];
  activations: { week: string; channel: string; value: number }[];
  macro: { week: string; name: string; value: number }[];
  promotions: { startDate: string; discountPct: number; days: number }[];
  service: { week: string; waitMinutes: number }[];
};

export type DriftSamples = { referenceWeeks: [string, string]; recentWeeks: [string, string]; samples: DriftSample[] };

/** Fewer weeks than this in the training window and there is nothing to compare with. */
export const MIN_REFERENCE_WEEKS = 10;

const weekOf = (iso: string) => {
  // Monday of the ISO week of a date (service interactions and promotions start on any day).
  const t = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  const day = (new Date(t).getUTCDay() + 6) % 7;
  return new Date(t - day * 86_400_000).toISOString().slice(0, 10);
};

/** null when there are fewer than recentWeeks + MIN_REFERENCE_WEEKS complete weeks. */
export function buildDriftSamples(rows: DriftSourceRows, recentWeeks = 13): DriftSamples | null {
  const weeks = rows.weeks;
  if (weeks.length < recentWeeks + MIN_REFERENCE_WEEKS) return null;
  const index = new Map(weeks.map((w, i) => [w, i]));
  const cut = weeks[weeks.length - recentWeeks];
  const samples: DriftSample[] = [];

  // Flows: a week without a row had none (0).
  const flows = (list: { week: string; channel: string; value: number }[], group: string, suffix: string) => {
    for (const channel of [...new Set(list.map((r) => r.channel))].sort()) {
      const values = new Array<number>(weeks.length).fill(0);
      for (const r of list) {
        const i = r.channel === channel ? index.get(r.week.slice(0, 10)) : undefined;
        if (i !== undefined) values[i] += r.value;
      }
      samples.push({ feature: `${channel} ${suffix}`, group, basis: "weekly change", values, recentWeeks });
    }
  };
  flows(rows.spend, "media spend", "spend");
  flows(rows.activations, "demand", "activations");

  // Levels: a week without a value keeps the last known one.
  for (const name of [...new Set(rows.macro.map((m) => m.name))].sort()) {
    const known = new Array<number | undefined>(weeks.length).fill(undefined);
    for (const m of rows.macro) {
      const i = m.name === name ? index.get(m.week.slice(0, 10)) : undefined;
      if (i !== undefined) known[i] = m.value;
    }
    const first = known.find((v) => v !== undefined);
    if (first === undefined) continue;
    let last = first;
    samples.push({ feature: name, group: "macro", basis: "weekly change", values: known.map((v) => (last = v ?? last)), recentWeeks });
  }

  const first = weeks[0];
  const last = weeks[weeks.length - 1];
  const split = <T>(list: T[], week: (r: T) => string, value: (r: T) => number) => {
    const inWindow = list.filter((r) => week(r) >= first && week(r) <= last);
    return { reference: inWindow.filter((r) => week(r) < cut).map(value), current: inWindow.filter((r) => week(r) >= cut).map(value) };
  };
  samples.push({
    feature: "promotion discount %",
    group: "promotions",
    ...split(
      rows.promotions,
      (p) => weekOf(p.startDate),
      (p) => p.discountPct,
    ),
  });
  samples.push({
    feature: "promotion duration (days)",
    group: "promotions",
    ...split(
      rows.promotions,
      (p) => weekOf(p.startDate),
      (p) => p.days,
    ),
  });
  samples.push({
    feature: "service wait minutes",
    group: "service",
    ...split(
      rows.service,
      (s) => weekOf(s.week),
      (s) => s.waitMinutes,
    ),
  });

  return { referenceWeeks: [first, weeks[weeks.length - recentWeeks - 1]], recentWeeks: [cut, last], samples };
}
