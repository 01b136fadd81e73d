/** One week of the decomposition chart: stacked parts that add up to the fitted revenue, plus actual and fitted. */
export type DecompositionRow = { date: string; actual: number; fitted: number; baseline: number; promotions: number; holidays: number; macro: number } & Record<
  string,
  number | string
>;

export type ControlGroup = "baseline" | "promotions" | "holidays" | "macro";

/**
 * Which stacked area a control term belongs to. Trend and seasonality are part of the organic baseline; the
 * runner names promotion columns `promotions_*` and holiday dummies `holiday: <name>` (the engine's own holiday
 * column is `holidays`); everything else the data supplies is an external (macro) driver.
 */
export function controlGroup(name: string): ControlGroup {
  if (name === "trend" || name.startsWith("season_")) return "baseline";
  if (name.startsWith("promotions") || name.startsWith("promo_")) return "promotions";
  if (name === "holidays" || name.startsWith("holiday")) return "holidays";
  return "macro";
}

/**
 * Shapes the engine's weekly decomposition (baseline = intercept + every control term) into stacked-chart rows:
 * baseline (intercept, trend, seasonality), promotions, holidays, macro, then one key per channel.
 * Macro terms are shown relative to their window average (that average moves into the baseline): an indicator's
 * level is absorbed by the intercept, so only its swings say anything. Promotions and holidays are measured
 * from zero (no promotion, no holiday). Every row still adds up to `fitted`.
 *
 * @example decompositionRows(result.decomposition, ["search"])[0].search
 */
export function decompositionRows(
  weeks: { date: string; actual: number; fitted: number; baseline: number; media: Record<string, number>; controls: Record<string, number> }[],
  channels: string[],
): DecompositionRow[] {
  const macroMean: Record<string, number> = {};
  if (weeks.length) {
    for (const name of Object.keys(weeks[0].controls)) {
      if (controlGroup(name) !== "macro") continue;
      macroMean[name] = weeks.reduce((s, w) => s + (w.controls[name] ?? 0), 0) / weeks.length;
    }
  }
  return weeks.map((w) => {
    const parts = { promotions: 0, holidays: 0, macro: 0 };
    for (const [name, v] of Object.entries(w.controls)) {
      const g = controlGroup(name);
      if (g === "macro") parts.macro += v - macroMean[name];
      else if (g !== "baseline") parts[g] += v;
    }
    const row: DecompositionRow = {
      date: w.date,
      actual: w.actual,
      fitted: w.fitted,
      baseline: w.baseline - parts.promotions - parts.holidays - parts.macro,
      ...parts,
    };
    for (const c of channels) row[c] = w.media[c] ?? 0;
    return row;
  });
}
