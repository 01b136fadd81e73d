import { MIN_P_SELLS } from "./promo-policy";

export type PromoDecisionOptions = {
  /** Minimum expected ROI to go (default 0: the promo at least pays back its costs). */
  roiThreshold?: number;
  /** Minimum P(sells) to go (default MIN_P_SELLS, 30 %): a high-ROI long shot is still mostly a wasted slot. */
  minPSells?: number;
};

export type PromoDecision = "go" | "no-go";

/**
 * Go when expected ROI ≥ roiThreshold AND P(sells) ≥ minPSells.
 *
 * @example decidePromo({ roi: 0.17, pSells: 0.5 }) // "go"
 */
export function decidePromo(input: { roi: number; pSells: number }, options: PromoDecisionOptions = {}): PromoDecision {
  const roiThreshold = options.roiThreshold ?? 0;
  const minPSells = options.minPSells ?? MIN_P_SELLS;
  return input.roi >= roiThreshold && input.pSells >= minPSells ? "go" : "no-go";
}
