import { describeEffect } from "../ml/describe-effect";
import type { PromoFeatures } from "./promo-context";
import type { DiscountCurvePoint } from "./discount-sweep";
import type { PromoModel } from "./train-promo-model";

export type PromoReason = {
  /** Driver group: discount, duration, category, region, promoType, season, holiday, baseline, concurrency. */
  feature: string;
  /** Contribution to the calibrated log-odds of selling (positive helps). */
  effect: number;
  text: string;
};

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Promo-trade acronyms that should not be sentence-cased. */
const ACRONYMS = new Set(["bogo", "bxgy", "gwp"]);

/** "personal_care" → "Personal care", "bogo" → "BOGO". */
export function humanizeLabel(label: string): string {
  if (ACRONYMS.has(label.toLowerCase())) return label.toUpperCase();
  const spaced = label.replace(/[_-]+/g, " ").trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

function formatMoney(v: number): string {
  return v >= 10_000 ? `${(v / 1000).toFixed(0)}k` : v >= 1000 ? `${(v / 1000).toFixed(1)}k` : v.toFixed(0);
}

function formatPct(v: number): string {
  return `${Number.isInteger(v) ? v : v.toFixed(1)} %`;
}

/**
 * One sentence per driver, phrased from the promo's own values and the sign of its effect. The discount sentence
 * names the same best discount as the decision card (the sweep's `best`: highest expected ROI among discounts
 * likely enough to sell), never a second "sweet spot" of its own.
 */
function phrase(group: string, effect: number, f: PromoFeatures, model: PromoModel, best: DiscountCurvePoint | null): string {
  const helps = effect >= 0;
  switch (group) {
    case "discount": {
      const selling = `Discount ${formatPct(f.discountPct)} ${helps ? "helps it sell" : "holds selling back"}`;
      if (best === null) return selling;
      if (Math.abs(f.discountPct - best.discountPct) < 2.5) return `${selling}; it is the best discount for expected ROI`;
      return `${selling}; ${formatPct(best.discountPct)} would give the best expected ROI`;
    }
    case "category": {
      const name = humanizeLabel(f.category);
      if (f.pastCategoryCount === 0 || f.pastCategorySellRate === null) return `No past ${name} promos to learn from`;
      return `${name} promos sold ${(100 * f.pastCategorySellRate).toFixed(0)} % of the time before (${f.pastCategoryCount} past promos)`;
    }
    case "duration":
      return `A ${f.durationDays}-day run (promos average ${model.reference.durationDays.toFixed(0)} days) ${helps ? "helps" : "hurts"}`;
    case "holiday":
      return f.holidayPeriod ? `Runs over ${f.holidayNames.slice(0, 2).join(", ")}` : "No holiday in the window";
    case "baseline":
      if (f.baselineDailyRevenue === null) return `No recent revenue history for ${humanizeLabel(f.region)}`;
      return `${humanizeLabel(f.region)} took ${formatMoney(f.baselineDailyRevenue)}/day in the 30 days before (usual ${formatMoney(model.reference.baselineDailyRevenue)})`;
    case "concurrency":
      return f.concurrentPromos === 0
        ? `No other promo already running in ${humanizeLabel(f.region)}`
        : `${f.concurrentPromos} other promo${f.concurrentPromos === 1 ? "" : "s"} already running in ${humanizeLabel(f.region)}`;
    case "region":
      return `Promos in ${humanizeLabel(f.region)} tend to sell ${helps ? "more" : "less"} often`;
    case "promoType":
      return `${humanizeLabel(f.promoType)} promos tend to sell ${helps ? "more" : "less"} often`;
    case "season":
      return `Starting in ${MONTHS[f.month - 1]} ${helps ? "helps" : "hurts"}`;
    default:
      return humanizeLabel(group);
  }
}

/**
 * The `count` drivers with the largest |contribution| to the log-odds of selling, phrased for
 * people. Contributions come from the classifier (coefficient × standardised value, or tree path
 * contributions), so they explain P(sells); the ROI also depends on the uplift model.
 */
export function explainPromo(
  model: PromoModel,
  contributions: Record<string, number>,
  features: PromoFeatures,
  best: DiscountCurvePoint | null,
  count = 3,
): PromoReason[] {
  return Object.entries(contributions)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
    .slice(0, count)
    .map(([feature, effect]) => ({
      feature,
      effect,
      text: `${phrase(feature, effect, features, model, best)} (${describeEffect(effect, { up: "raises the chance of selling", down: "lowers the chance of selling" })})`,
    }));
}
