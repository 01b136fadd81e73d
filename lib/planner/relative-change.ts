/**
 * A change as a percentage only where a percentage means something: against a positive base that is not tiny next
 * to the change. Against zero, a negative base (a loss) or a base the change dwarfs, "+1,413 %" says nothing a
 * reader can use — the absolute change is shown instead (null here).
 *
 * Rule: null when base ≤ 0, or when |value − base| > maxRatio × base (default 5, i.e. beyond ±500 %).
 *
 * @example relativeChange(110, 100) // 0.1
 * @example relativeChange(2_900, 190) // null: +1,426 % of a small profit
 */
export function relativeChange(value: number | null, base: number | null, maxRatio = 5): number | null {
  if (value === null || base === null || !Number.isFinite(value) || !Number.isFinite(base)) return null;
  if (base <= 0) return null;
  const change = (value - base) / base;
  return Math.abs(change) > maxRatio ? null : change;
}
