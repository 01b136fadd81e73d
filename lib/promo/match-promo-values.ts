import { matchKnown } from "../csv/cell-rules";
import type { PromoModel } from "./train-promo-model";
import { PLANNED_PROMO_FIELD_LABELS } from "./planned-promo-schema";
import type { PlannedPromo, PromotionRow } from "./types";

/**
 * Category, region and promo type of a planned promo must be values the model knows: an unknown one ("unicorns",
 * "mars") would be scored on the model's defaults and come back with a confident GO. Values are matched
 * case-insensitively (and ignoring spaces, hyphens and underscores: lib/csv/cell-rules.ts normalizeLabel), so
 * "Bakery,East,BOGO" and "bakery,east,bogo" are the same promo and get the same decision; the known spelling is
 * what gets scored and stored. Pure.
 */
export type PromoVocabulary = { category: string[]; region: string[]; promo_type: string[] };

export type PromoValueProblem = { index: number; field: keyof PromoVocabulary; value: string; reason: string };

const FIELDS = [
  ["category", "category"],
  ["region", "region"],
  ["promo_type", "promoType"],
] as const;

const MODEL_FEATURE: Record<keyof PromoVocabulary, string> = { category: "category", region: "region", promo_type: "promoType" };

/** The known values: every level the model's encoder learned, plus every value in the dataset's past promotions. */
export function promoVocabulary(
  model: Pick<PromoModel, "encoder">,
  promotions: readonly Pick<PromotionRow, "category" | "region" | "promoType">[],
): PromoVocabulary {
  const from = (field: keyof PromoVocabulary, pick: (p: Pick<PromotionRow, "category" | "region" | "promoType">) => string) => {
    const levels = model.encoder.categorical.find((c) => c.name === MODEL_FEATURE[field])?.levels ?? [];
    return [...new Set([...levels, ...promotions.map(pick)])].sort();
  };
  return { category: from("category", (p) => p.category), region: from("region", (p) => p.region), promo_type: from("promo_type", (p) => p.promoType) };
}

/**
 * @returns the promos with the known spelling of each value, or one problem per unknown value (index into `promos`)
 * @example matchPromoValues([{ ...promo, category: "Bakery" }], { category: ["bakery"], … }) // ok, category "bakery"
 */
export function matchPromoValues(
  promos: readonly PlannedPromo[],
  vocabulary: PromoVocabulary,
): { ok: true; promos: PlannedPromo[] } | { ok: false; problems: PromoValueProblem[] } {
  const problems: PromoValueProblem[] = [];
  const matched = promos.map((promo, index) => {
    const out = { ...promo };
    for (const [field, key] of FIELDS) {
      const known = vocabulary[field];
      const hit = matchKnown(promo[key], known);
      if (hit === null) {
        const list = known.slice(0, 12).join(", ") + (known.length > 12 ? ", …" : "");
        problems.push({
          index,
          field,
          value: promo[key],
          reason: `${PLANNED_PROMO_FIELD_LABELS[field]} "${promo[key]}" is not one the model knows; known: ${list || "(none)"}`,
        });
      } else out[key] = hit;
    }
    return out;
  });
  return problems.length ? { ok: false, problems } : { ok: true, promos: matched };
}
