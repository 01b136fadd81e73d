import { MIN_P_SELLS, policyPercent } from "./promo-policy";

/**
 * Limits and definitions shared by the promo schema, the discount sweep and the pages (kept free of model code so
 * the browser can import them).
 */

/** The allowed range of a planned promo's discount (the form, the API and the CSV accept 0–90 %). */
export const MAX_DISCOUNT_PCT = 90;

/** What "best discount" means, in words, for pages and reasons (one definition: sweepDiscounts). */
export const BEST_DISCOUNT_RULE = `the discount with the highest expected ROI among those with P(sells) ≥ ${policyPercent(MIN_P_SELLS)}, everything else unchanged`;
