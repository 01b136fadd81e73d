/**
 * Spend per incremental activation: spend / (contribution / revenue per activation), the same definition as the
 * demo's `costPerIncrementalActivation`. A larger contribution means a lower cost, so the interval's ends swap:
 * the low cost comes from the high contribution. Null where the channel earned nothing (no activations to divide by)
 * or the revenue per activation is unknown.
 *
 * @example costPerActivation(1000, { contribution: 2000, low: 1000, high: 4000 }, 100) // { cpa: 50, low: 25, high: 100 }
 */
export function costPerActivation(
  spend: number,
  contribution: { contribution: number; low: number; high: number },
  revenuePerActivation: number | undefined,
): { cpa: number | null; low: number | null; high: number | null } {
  const of = (c: number) => (revenuePerActivation && revenuePerActivation > 0 && c > 0 ? spend / (c / revenuePerActivation) : null);
  return { cpa: of(contribution.contribution), low: of(contribution.high), high: of(contribution.low) };
}
