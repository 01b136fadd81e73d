import { predictBinaryClassifier } from "@/lib/ml/binary-classifier";
import { encodeFeatures } from "@/lib/ml/feature-encoder";
import type { PromoFeatures } from "./promo-context";
import { DISCOUNT_COLUMNS, promoFeatureValues } from "./promo-feature-spec";
import type { PromoModel } from "./train-promo-model";
import { predictUplift } from "./uplift-model";

/** Model row for a promo's features. */
export function encodePromoFeatures(model: PromoModel, features: PromoFeatures): number[] {
  return encodeFeatures(model.encoder, promoFeatureValues(features));
}

/** Column positions of the discount columns in the model row (what the sweep rewrites). */
export function discountColumnIndices(model: PromoModel): number[] {
  return DISCOUNT_COLUMNS.map((name) => {
    const i = model.encoder.columns.findIndex((c) => c.name === name);
    if (i < 0) throw new Error(`discountColumnIndices: the model has no column "${name}"`);
    return i;
  });
}

/** Calibrated P(sells) and expected daily uplift if it sells (currency/day) for one encoded row. */
export function predictPromoRow(model: PromoModel, row: readonly number[]): { pSells: number; dailyUplift: number } {
  return { pSells: predictBinaryClassifier(model.classifier, row), dailyUplift: predictUplift(model.uplift, row) };
}
