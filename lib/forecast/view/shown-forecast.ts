/**
 * Which stored forecast the page shows for a series: a person's override when that model was
 * fitted in this run, otherwise the reconciled (coherent) forecast, else the chosen model's.
 */
export type ShownForecast = { model: string; source: "override" | "reconciled" | "chosen"; overrideIgnored: string | null };

export function pickShownForecast(input: { chosen: string; override: string | null; available: string[]; reconciledModel: string }): ShownForecast {
  const { chosen, override, available, reconciledModel } = input;
  if (override && available.includes(override)) return { model: override, source: "override", overrideIgnored: null };
  const ignored = override && !available.includes(override) ? override : null;
  if (available.includes(reconciledModel)) return { model: reconciledModel, source: "reconciled", overrideIgnored: ignored };
  return { model: chosen, source: "chosen", overrideIgnored: ignored };
}

/**
 * Plan numbers for the forecast on screen: an override's own plan, the stored plan of the
 * reconciled forecast, or the chosen model's plan when no reconciled forecast was stored. Never
 * another forecast's plan: a total's own model differs from its bottom-up sum.
 */
export function planForShown(
  money: { models: Record<string, { plan: number[] }>; shownPlan?: number[] } | null,
  shown: ShownForecast,
  fitShownModel: string,
): number[] | null {
  if (!money) return null;
  if (shown.source === "override") return money.models[shown.model]?.plan ?? null;
  if (shown.source === "reconciled") return money.shownPlan ?? null;
  return money.models[fitShownModel]?.plan ?? null;
}
