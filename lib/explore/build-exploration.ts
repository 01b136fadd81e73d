import { eventWeekEffect, promotionWeekFlags } from "./event-week-effect";
import type { DriverRelationship, EventEffectRow, Exploration, ExplorationInput } from "./exploration-types";
import { fittedLines } from "./fitted-lines";
import { laggedCorrelations } from "./lagged-correlations";
import { pearsonCorrelation } from "./pearson-correlation";
import { seasonalProfile } from "./seasonal-profile";
import { spearmanCorrelationInterval } from "./spearman-correlation-interval";
import { strongestRelationships } from "./strongest-relationships";

/** Fewer paired weeks than this and a correlation says little; the driver is listed as skipped. */
export const MIN_WEEKS = 12;

/**
 * Everything the Explore page shows for one KPI and one filter, computed once per dataset version: per driver the
 * correlations (Pearson, Spearman, each with a 95 % interval), the lag view (0 … maxLag weeks) and the fitted lines;
 * the seasonal profile; holiday and promotion week effects; and the strongest relationships in plain language.
 * Pure: the caller reads the rows and caches the result.
 * @throws {Error} when a driver's values are not aligned with the weeks.
 */
export function buildExploration(input: ExplorationInput): Exploration {
  const { weeks, kpi } = input;
  const n = weeks.length;
  if (kpi.values.length !== n) throw new Error("buildExploration: KPI values are not aligned with the weeks");
  const drivers: DriverRelationship[] = [];
  const skipped: Exploration["skipped"] = [];
  for (const d of input.drivers) {
    if (d.values.length !== n) throw new Error(`buildExploration: driver "${d.key}" is not aligned with the weeks`);
    const x: number[] = [];
    const y: number[] = [];
    for (let i = 0; i < n; i++) {
      if (Number.isFinite(d.values[i]) && Number.isFinite(kpi.values[i])) {
        x.push(d.values[i]);
        y.push(kpi.values[i]);
      }
    }
    if (x.length < MIN_WEEKS) {
      skipped.push({ key: d.key, label: d.label, reason: `only ${x.length} weeks with a value` });
      continue;
    }
    if (x.every((v) => v === x[0])) {
      skipped.push({ key: d.key, label: d.label, reason: "the same value every week" });
      continue;
    }
    drivers.push({
      ...d,
      n: x.length,
      pearson: pearsonCorrelation(x, y),
      spearman: spearmanCorrelationInterval(x, y),
      lags: laggedCorrelations(
        weeks,
        kpi.values,
        d.values.map((v) => (Number.isFinite(v) ? v : Number.NaN)),
        input.maxLag ?? 8,
      ),
      lines: fittedLines(x, y),
    });
  }
  return {
    weeks,
    kpi,
    drivers,
    skipped,
    seasonality: seasonalProfile(weeks, kpi.values),
    events: eventEffects(input),
    relationships: strongestRelationships(drivers, kpi.label),
  };
}

function eventEffects(input: ExplorationInput): EventEffectRow[] {
  const { weeks, kpi } = input;
  const index = new Map(weeks.map((w, i) => [w, i]));
  const flagsOf = (list: string[]) => {
    const f = new Array<boolean>(weeks.length).fill(false);
    for (const w of list) {
      const i = index.get(w);
      if (i !== undefined) f[i] = true;
    }
    return f;
  };
  const holidayFlags = input.holidays.map((h) => ({ name: h.name, flags: flagsOf(h.weeks) })).filter((h) => h.flags.some(Boolean));
  const anyHoliday = weeks.map((_, i) => holidayFlags.some((h) => h.flags[i]));
  const rows: EventEffectRow[] = [];
  if (holidayFlags.length) {
    rows.push({
      key: "all-holidays",
      name: "Any holiday or event",
      kind: "all-holidays",
      description: "weeks holding any holiday or event vs ordinary weeks within 4 weeks of them",
      ...eventWeekEffect({ weeks, kpi: kpi.values, event: anyHoliday }),
    });
  }
  for (const h of [...holidayFlags].sort((a, b) => a.name.localeCompare(b.name))) {
    rows.push({
      key: `holiday:${h.name}`,
      name: h.name,
      kind: "holiday",
      description: `weeks holding ${h.name} vs weeks within 4 weeks of it that hold no holiday`,
      ...eventWeekEffect({ weeks, kpi: kpi.values, event: h.flags, excludeFromComparable: anyHoliday }),
    });
  }
  if (input.promotionsActive && input.promotionsActive.some((v) => v > 0)) {
    const p = promotionWeekFlags(input.promotionsActive);
    rows.push({
      key: "promotions",
      name: p.rule === "any" ? "Promotion weeks" : "Busiest promotion weeks",
      kind: "promotion",
      description:
        p.rule === "any"
          ? "weeks with a promotion running vs promotion-free weeks within 4 weeks of them (holiday weeks left out)"
          : `promotions run almost every week, so: weeks with ≥ ${p.threshold.toFixed(0)} promotions running (the busiest quarter) vs the other weeks within 4 weeks of them (holiday weeks left out)`,
      ...eventWeekEffect({ weeks, kpi: kpi.values, event: p.flags, excludeFromComparable: anyHoliday, excludeFromEvent: anyHoliday }),
    });
  }
  return rows;
}
