/**
 * The promo planner's business rules, in one place: the go/no-go rule and the margin assumed on incremental sales.
 * Engine defaults, the fit job, the page copy and the tooltips all read these, so a change here changes them all.
 */

/** Gross margin on incremental promo sales when none is given: 35 %. */
export const DEFAULT_PROMO_MARGIN = 0.35;

/** The smallest P(sells) that can be a go: 30 %. A high-ROI long shot is still mostly a wasted slot. */
export const MIN_P_SELLS = 0.3;

/** A policy share as the page writes it: 0.3 → "30 %". */
export function policyPercent(share: number): string {
  return `${Math.round(share * 100)} %`;
}
