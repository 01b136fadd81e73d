/**
 * Levels of a categorical variable worth a column: those seen at least `minCount` times, sorted
 * so the encoding is deterministic. Rare and unseen levels encode as all zeros (the "other"
 * baseline), which is also how a category first seen at scoring time is treated.
 *
 * @example fitOneHotLevels(["b", "a", "b", "c"], 2) // ["b"]
 */
export function fitOneHotLevels(values: readonly (string | null | undefined)[], minCount = 1): string[] {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== null && v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()]
    .filter(([, c]) => c >= minCount)
    .map(([level]) => level)
    .sort();
}

/**
 * Indicator vector for `value` over `levels` (no level dropped: the models here are penalised,
 * so the dummy trap's collinearity is harmless and every level keeps an interpretable weight).
 *
 * @example oneHotEncode(["a", "b"], "b") // [0, 1]
 */
export function oneHotEncode(levels: readonly string[], value: string | null | undefined): number[] {
  return levels.map((level) => (level === value ? 1 : 0));
}
