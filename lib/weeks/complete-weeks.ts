/**
 * The one week-window rule of Mixcast, used by the Overview KPIs, the data-quality report, the forecast inputs, the
 * mix-model inputs and drift monitoring:
 *
 *   **A week counts when demand AND spend are present for it** (at least one row of each for that Monday, anywhere
 *   in the dataset). A week that has one but not the other is *incomplete*: it is left out of KPIs and fits, and
 *   the page says so. A domain with no rows at all does not gate (a dataset without any spend can still be
 *   forecast; its weeks are complete on demand alone).
 *
 * Why: demand and spend arrive from different systems on different days. Demand imported for a week whose spend is
 * not in yet would otherwise count as a week of $0 spend — revenue per dollar jumps, the mix model sees a dark week
 * that never happened, and the forecast's spend regressor drops to zero at the origin. The usual case is *trailing*
 * incomplete weeks (after the last complete week); they become complete when the other file arrives.
 *
 * Each consumer then cuts its own window out of the complete weeks: the mix model keeps the longest unbroken run of
 * them (adstock needs consecutive weeks), the forecast keeps their main block of history (mainWeeklySpan), the
 * Overview compares the last 52 of them with the 52 before. Other domains (macro indicators, …) do not gate a week —
 * levels are carried forward — but the data-quality report lists weeks they miss (see domainGaps).
 *
 * Pure: weeks are ISO dates (`YYYY-MM-DD`, the Monday); inputs may be unsorted and repeat.
 */
import { weeksBetween } from "../csv/quality-report";

export type GatingDomain = "demand" | "spend";

export type IncompleteWeek = { week: string; missing: GatingDomain[] };

export type WeekWindow = {
  /** Weeks with demand and spend, ascending. */
  complete: string[];
  /** Weeks with demand or spend but not both, ascending, with what is missing. */
  incomplete: IncompleteWeek[];
  /** The incomplete weeks after the last complete week (all of them when no week is complete). */
  trailing: IncompleteWeek[];
};

/**
 * Splits the weeks of a dataset into complete and incomplete ones by the rule above.
 *
 * @param weeks the weeks that have at least one demand row and at least one spend row
 * @example completeWeeks({ demand: ["2026-01-05", "2026-01-12"], spend: ["2026-01-05"] })
 *   // { complete: ["2026-01-05"], incomplete: [{ week: "2026-01-12", missing: ["spend"] }], trailing: [same] }
 */
export function completeWeeks(weeks: { demand: Iterable<string>; spend: Iterable<string> }): WeekWindow {
  const demand = new Set(Array.from(weeks.demand, (w) => w.slice(0, 10)));
  const spend = new Set(Array.from(weeks.spend, (w) => w.slice(0, 10)));
  const all = [...new Set([...demand, ...spend])].sort();
  const complete: string[] = [];
  const incomplete: IncompleteWeek[] = [];
  for (const week of all) {
    const missing: GatingDomain[] = [];
    if (demand.size > 0 && !demand.has(week)) missing.push("demand");
    if (spend.size > 0 && !spend.has(week)) missing.push("spend");
    if (missing.length) incomplete.push({ week, missing });
    else complete.push(week);
  }
  const lastComplete = complete.at(-1);
  const trailing = lastComplete === undefined ? incomplete : incomplete.filter((w) => w.week > lastComplete);
  return { complete, incomplete, trailing };
}

/** Keeps the items whose week (first 10 characters of `week(item)`) is complete. */
export function keepCompleteWeeks<T>(items: T[], window: Pick<WeekWindow, "complete">, week: (item: T) => string): T[] {
  const ok = new Set(window.complete);
  return items.filter((item) => ok.has(week(item).slice(0, 10)));
}

/**
 * One line for a page or a run log, e.g. "1 incomplete week left out: 2026-11-23 (no spend yet)". Empty string when
 * every week is complete.
 */
export function describeIncompleteWeeks(incomplete: IncompleteWeek[], max = 3): string {
  if (incomplete.length === 0) return "";
  const what = (w: IncompleteWeek) => (w.missing.length === 2 ? "neither demand nor spend" : w.missing[0] === "spend" ? "no spend yet" : "no demand yet");
  const shown = incomplete.slice(0, max).map((w) => `${w.week} (${what(w)})`);
  const more = incomplete.length > max ? ` and ${incomplete.length - max} more` : "";
  return `${incomplete.length} incomplete week${incomplete.length === 1 ? "" : "s"} left out: ${shown.join(", ")}${more}`;
}

export type DomainGap = { domain: string; weeks: number; missing: string[] };

/**
 * Weeks present in one domain and missing in another: for each domain, the weeks of the reference span (every week
 * from the first to the last week that has demand or spend) in which it has no row at all. This is what the
 * per-series checks cannot see — a series that simply stops a week early looks complete on its own.
 *
 * @example domainGaps({ demand: ["2026-01-05", "2026-01-12"], spend: ["2026-01-05"], macro: ["2026-01-05", "2026-01-12"] })
 *   // [{ domain: "demand", weeks: 2, missing: [] }, { domain: "spend", weeks: 1, missing: ["2026-01-12"] }, { domain: "macro", weeks: 2, missing: [] }]
 */
export function domainGaps(domains: Record<string, Iterable<string>>): DomainGap[] {
  const sets = Object.entries(domains).map(([domain, weeks]) => [domain, new Set(Array.from(weeks, (w) => w.slice(0, 10)))] as const);
  const gating = sets.filter(([d]) => d === "demand" || d === "spend").flatMap(([, s]) => [...s]);
  const reference = gating.length
    ? weeksBetween(
        gating.reduce((a, b) => (a < b ? a : b)),
        gating.reduce((a, b) => (a > b ? a : b)),
      )
    : [];
  return sets.map(([domain, present]) => ({ domain, weeks: present.size, missing: reference.filter((w) => !present.has(w)) }));
}

/**
 * Consecutive Mondays collapsed into ranges, for listing missing weeks readably ("2026-11-23 to 2030-01-07, 164
 * weeks" instead of 164 dates).
 * @example weekRanges(["2026-01-05", "2026-01-12", "2026-02-02"]) // [{ first: "2026-01-05", last: "2026-01-12", weeks: 2 }, { first: "2026-02-02", last: "2026-02-02", weeks: 1 }]
 */
export function weekRanges(weeks: readonly string[]): { first: string; last: string; weeks: number }[] {
  const sorted = [...new Set(weeks.map((w) => w.slice(0, 10)))].sort();
  const out: { first: string; last: string; weeks: number }[] = [];
  for (const w of sorted) {
    const prev = out.at(-1);
    if (prev && Date.parse(`${w}T00:00:00Z`) - Date.parse(`${prev.last}T00:00:00Z`) === 7 * 86_400_000) {
      prev.last = w;
      prev.weeks++;
    } else out.push({ first: w, last: w, weeks: 1 });
  }
  return out;
}
